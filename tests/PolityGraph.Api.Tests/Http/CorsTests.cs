using System.Net;

namespace PolityGraph.Api.Tests.Http;

/// <summary>CORS is off by default and, when origins are configured, allows exactly those.</summary>
public sealed class CorsTests
{
    private const string Allowed = "https://analyst.example.org";

    [Fact]
    public async Task Off_by_default()
    {
        await using var server = await TestGraphQLServer.StartAsync();

        var response = await server.Client.SendForResponseAsync(Preflight(Allowed));
        var post = await server.Client.SendForResponseAsync(PostFrom(Allowed));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, post.Status);
    }

    [Fact]
    public async Task A_configured_origin_passes_preflight_and_reads_responses()
    {
        await using var server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Cors:AllowedOrigins:0"] = Allowed });

        var preflight = await server.Client.SendForResponseAsync(Preflight(Allowed));
        var post = await server.Client.SendForResponseAsync(PostFrom(Allowed));

        Assert.True(preflight.Status is HttpStatusCode.NoContent or HttpStatusCode.OK, preflight.ToString());
        Assert.Equal(Allowed, Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Equal(Allowed, Assert.Single(post.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Server-Timing", string.Join(",", post.Headers.GetValues("Access-Control-Expose-Headers")));
    }

    [Fact]
    public async Task Another_origin_gets_no_access()
    {
        await using var server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Cors:AllowedOrigins:0"] = Allowed });

        var post = await server.Client.SendForResponseAsync(PostFrom("https://elsewhere.example.com"));

        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static HttpRequestMessage PostFrom(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("Origin", origin);
        return request;
    }
}
