using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolityGraph.Api.Tests.Http;

/// <summary>GET /graphql from a browser gets GraphiQL, served whole by this server (needs `make setup`).</summary>
public sealed partial class GraphiQLPageTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task A_browser_gets_the_page_with_the_configured_example_query()
    {
        var response = await fixture.Client.GetGraphQLAsync("/graphql", BrowserAccept);

        Assert.True(response.Status == HttpStatusCode.OK, $"{response} (has `make setup` built api/graphiql?)");
        Assert.Equal("text/html", response.MediaType);
        var config = JsonDocument.Parse(ConfigScript().Match(response.Body).Groups[1].Value).RootElement;
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.Equal("{ hello people { name } }", config.GetProperty("defaultQuery").GetString());
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere()
    {
        var response = await fixture.Client.GetGraphQLAsync("/graphql", BrowserAccept);

        var references = AssetReference().Matches(response.Body).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.StartsWith("/graphql/graphiql/", reference));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
    }

    [Fact]
    public async Task Every_asset_the_page_names_is_served()
    {
        var page = await fixture.Client.GetGraphQLAsync("/graphql", BrowserAccept);

        foreach (Match match in AssetReference().Matches(page.Body))
        {
            var asset = await fixture.Client.GetGraphQLAsync(match.Groups[1].Value, accept: null);
            Assert.True(asset.Status == HttpStatusCode.OK, $"{match.Groups[1].Value}: {(int)asset.Status}");
            Assert.True(asset.Body.Length > 10, $"{match.Groups[1].Value} is empty");
            Assert.Matches(match.Groups[1].Value.EndsWith(".css") ? "text/css" : "javascript", asset.MediaType);
        }
    }

    [Theory]
    [InlineData("/graphql/graphiql/index.html")]          // only through the endpoint, with its settings filled in
    [InlineData("/graphql/graphiql/missing.js")]
    [InlineData("/graphql/graphiql/..%2Fappsettings.json")]
    [InlineData("/graphql/graphiql/%2E%2E%2F%2E%2E%2Fappsettings.json")]
    public async Task Anything_else_under_the_assets_path_is_not_found(string path)
    {
        var response = await fixture.Client.GetGraphQLAsync(path, accept: null);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Fact]
    public async Task A_GET_link_with_a_query_still_opens_the_IDE_in_a_browser()
    {
        var response = await fixture.Client.GetGraphQLAsync("/graphql?query=%7Bhello%7D", BrowserAccept);

        Assert.Equal("text/html", response.MediaType);
    }

    [GeneratedRegex("""<script id="graphiql-config" type="application/json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ConfigScript();

    [GeneratedRegex("""(?:src|href)="([^"]+)""")]
    private static partial Regex AssetReference();
}
