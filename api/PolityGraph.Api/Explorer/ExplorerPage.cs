using System.Net;

namespace PolityGraph.Api.Explorer;

/// <summary>
/// The explorer's one HTML page (the same for every view: the app routes in the browser) and its bundled
/// script and styles from wwwroot/explorer. Nothing comes from the internet, and the Content-Security-Policy
/// makes sure of it. Until `make setup` has built the bundle, a page says how to build it.
/// </summary>
public sealed class ExplorerPage(IWebHostEnvironment environment, string path, string graphQLPath)
{
    public const string AssetFolder = "explorer";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    private readonly BuiltFrontEnd bundle = new(environment.WebRootFileProvider, AssetFolder, template => template
        .Replace("{{assets}}", WebUtility.HtmlEncode($"{path}/assets"), StringComparison.Ordinal)
        .Replace("{{endpoint}}", WebUtility.HtmlEncode(graphQLPath), StringComparison.Ordinal));

    public async Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        response.ContentType = "text/html; charset=utf-8";
        if (Page() is not { } html)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await response.WriteAsync(NotBuilt);
            return;
        }
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await response.WriteAsync(html);
    }

    /// <summary>One of the bundle's files (app.js, app.css), by name; 404 for anything else.</summary>
    public IResult Asset(string file) => bundle.Asset(file);

    private string? Page() => bundle.Page();

    private string NotBuilt =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
        <body>
        <main>
        <h1>The explorer is not built</h1>
        <p><code>wwwroot/{AssetFolder}/index.html</code> is missing. Run <code>make setup</code>
        (it runs <code>npm ci</code> and <code>npm run build</code> in <code>api/explorer</code>), then reload this page.</p>
        <p>The data itself is served: GraphQL at <a href="{WebUtility.HtmlEncode(graphQLPath)}">{WebUtility.HtmlEncode(graphQLPath)}</a>.</p>
        </main>
        </body></html>
        """;
}
