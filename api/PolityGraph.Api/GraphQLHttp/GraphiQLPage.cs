using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
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

    private readonly BuiltFrontEnd bundle;

    public GraphiQLPage(IWebHostEnvironment environment, IOptions<GraphQLEndpointOptions> endpoint, IOptions<GraphiQLOptions> graphiQL)
    {
        var path = endpoint.Value.Path;
        var assetsUrl = $"{path}/{AssetFolder}";
        // JsonSerializer's default encoder escapes <, > and &, so the settings cannot close the <script> they sit in.
        var config = JsonSerializer.Serialize(new { endpoint = path, defaultQuery = graphiQL.Value.DefaultQuery });
        bundle = new BuiltFrontEnd(environment.WebRootFileProvider, AssetFolder, template => template
            .Replace("{{assets}}", System.Net.WebUtility.HtmlEncode(assetsUrl), StringComparison.Ordinal)
            .Replace("{{config}}", config, StringComparison.Ordinal));
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
    public IResult Asset(string file) => bundle.Asset(file);

    private string? Page() => bundle.Page();
}
