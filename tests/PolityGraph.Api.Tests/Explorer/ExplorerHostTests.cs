using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolityGraph.Api.Explorer;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Api.Tests.Http;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Explorer;

/// <summary>
/// How the host serves the explorer, over real HTTP with a wwwroot of the test's own: the one page for /explore and
/// every view below it (deep links), the bundle's files, nothing else, and a page that says how to build it when
/// `make setup` has not.
/// </summary>
public sealed class ExplorerHostTests : IAsyncLifetime
{
    private readonly string webRoot = Directory.CreateTempSubdirectory("explorer-wwwroot-").FullName;
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = RepositoryRoot.Combine("api", "PolityGraph.Api"),
            WebRootPath = webRoot,
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TestSchema.Build());
        builder.Services.AddGraphQLEndpoint(builder.Configuration);
        app = builder.Build();
        app.MapGraphQL();
        app.MapExplorer();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(webRoot, recursive: true);
    }

    private void Build()
    {
        var folder = Directory.CreateDirectory(Path.Combine(webRoot, ExplorerPage.AssetFolder)).FullName;
        File.WriteAllText(Path.Combine(folder, "index.html"),
            """<html><head><meta name="graphql-endpoint" content="{{endpoint}}"><script type="module" src="{{assets}}/app.js"></script></head><body><div id="app"></div></body></html>""");
        File.WriteAllText(Path.Combine(folder, "app.js"), "console.log('explorer');");
        File.WriteAllText(Path.Combine(folder, "app.css"), "body { margin: 0 }");
    }

    [Fact]
    public async Task Before_make_setup_every_view_says_how_to_build_the_explorer_and_that_the_API_works()
    {
        var response = await client.GetAsync("/explore/person/person:dinh-tien-dung");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("make setup", body);
        Assert.Contains("api/explorer", body);
        Assert.Contains("href=\"/graphql\"", body);
    }

    [Fact]
    public async Task Once_built_it_is_served_without_a_restart()
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/explore")).StatusCode);
        Build();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/explore")).StatusCode);
    }

    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/")]
    [InlineData("/explore/search?q=dinh%20tien%20dung")]
    [InlineData("/explore/person/person:dinh-tien-dung")]
    [InlineData("/explore/body/body:hanoi-party-committee?on=2022-04-12")]
    [InlineData("/explore/path?from=person:a&to=person:b")]
    [InlineData("/explore/no/such/view")]
    public async Task Every_view_URL_gets_the_app_page_with_the_endpoint_and_asset_paths_filled_in(string url)
    {
        Build();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("content=\"/graphql\"", html);
        Assert.Contains("src=\"/explore/assets/app.js\"", html);
        Assert.DoesNotContain("{{", html);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Theory]
    [InlineData("app.js", "text/javascript", "console.log('explorer');")]
    [InlineData("app.css", "text/css", "body { margin: 0 }")]
    public async Task The_bundle_files_are_served_with_their_types(string file, string mediaType, string content)
    {
        Build();
        var response = await client.GetAsync($"/explore/assets/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(content, await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/explore/assets/missing.js")]
    [InlineData("/explore/assets/index.html")]
    [InlineData("/explore/assets/..%2F..%2Fappsettings.json")]
    public async Task Nothing_else_is_served_as_an_asset(string url)
    {
        Build();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}
