using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Serves GraphiQL from wwwroot/graphiql (built by `make setup` from api/graphiql): the page, with the
/// endpoint and example query written into it, and its scripts and styles. Nothing comes from the internet,
/// and the Content-Security-Policy makes sure of it.
/// </summary>
public sealed class GraphiQLPage
{
    public const string AssetFolder = "graphiql";

    // GraphiQL sets inline styles and loads its fonts from data: URIs; everything else must be ours.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly IFileProvider files;
    private readonly string assetsUrl;
    private readonly string config;
    private string? page; // rendered once found; looked for again until then, so `make setup` needs no restart

    public GraphiQLPage(IWebHostEnvironment environment, IOptions<GraphQLEndpointOptions> endpoint, IOptions<GraphiQLOptions> graphiQL)
    {
        files = environment.WebRootFileProvider;
        var path = endpoint.Value.Path;
        assetsUrl = $"{path}/{AssetFolder}";
        // JsonSerializer's default encoder escapes <, > and &, so the settings cannot close the <script> they sit in.
        config = JsonSerializer.Serialize(new { endpoint = path, defaultQuery = graphiQL.Value.DefaultQuery });
    }

    /// <summary>True when `make setup` has built the front-end into wwwroot.</summary>
    public bool IsBuilt => Page() is not null;

    public async Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.Vary = HeaderNames.Accept;
        if (Page() is not { } html)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                $"GraphiQL is not built: wwwroot/{AssetFolder}/index.html is missing. Run `make setup` (npm ci and npm run build in api/graphiql). " +
                "The GraphQL endpoint itself works: POST application/json to this URL.");
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypeNames.Html + "; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        await response.WriteAsync(html);
    }

    /// <summary>One of the IDE's files (scripts, styles), by name; 404 for anything else.</summary>
    public IResult Asset(string file)
    {
        if (file.Contains("..", StringComparison.Ordinal) || file.Contains('/') || file.Contains('\\'))
            return Results.NotFound();
        var info = files.GetFileInfo($"{AssetFolder}/{file}");
        if (!info.Exists || info.IsDirectory || file == "index.html") return Results.NotFound();
        if (!ContentTypes.TryGetContentType(file, out var contentType)) contentType = "application/octet-stream";
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastModified.ToUnixTimeSeconds():x}\"");
        return Results.File(info.CreateReadStream(), contentType, lastModified: info.LastModified, entityTag: etag);
    }

    private string? Page() => page ??= Render();

    private string? Render()
    {
        var template = files.GetFileInfo($"{AssetFolder}/index.html");
        if (!template.Exists) return null;
        using var stream = template.CreateReadStream();
        using var text = new StreamReader(stream);
        return text.ReadToEnd()
            .Replace("{{assets}}", System.Net.WebUtility.HtmlEncode(assetsUrl), StringComparison.Ordinal)
            .Replace("{{config}}", config, StringComparison.Ordinal);
    }
}
