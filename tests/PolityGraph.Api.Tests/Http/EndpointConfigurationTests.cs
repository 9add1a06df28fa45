using System.Net;
using Microsoft.Extensions.Options;

namespace PolityGraph.Api.Tests.Http;

/// <summary>Settings change behaviour as documented, and settings that cannot work stop the start-up.</summary>
public sealed class EndpointConfigurationTests
{
    [Theory]
    [InlineData("GraphQL:MaxDepth", "0", "GraphQL:MaxDepth")]
    [InlineData("GraphQL:MaxComplexity", "-1", "GraphQL:MaxComplexity")]
    [InlineData("GraphQL:MaxRequestBodyBytes", "10", "GraphQL:MaxRequestBodyBytes")]
    [InlineData("GraphQL:ExecutionTimeout", "00:00:00", "GraphQL:ExecutionTimeout")]
    [InlineData("GraphQL:Path", "graphql", "GraphQL:Path")]
    [InlineData("GraphQL:Cors:AllowedOrigins:0", "https://example.org/path", "AllowedOrigins")]
    [InlineData("GraphiQL:DefaultQuery", " ", "GraphiQL:DefaultQuery")]
    public async Task Invalid_settings_stop_the_start_up_naming_the_setting(string key, string value, string named)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => TestGraphQLServer.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, failure.Message);
    }

    [Fact]
    public async Task Limits_come_from_configuration()
    {
        await using var server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:MaxDepth"] = "3",
            ["GraphQL:MaxRequestBodyBytes"] = "2048",
        });

        var shallow = await server.Client.PostJsonAsync(new { query = "{ people { friends { name } } }" });
        var deep = await server.Client.PostJsonAsync(new { query = "{ people { friends { friends { name } } } }" });
        var large = await server.Client.PostJsonAsync(new { query = "{ hello }", variables = new { padding = new string('x', 3000) } });

        Assert.True(shallow.Status == HttpStatusCode.OK, shallow.ToString());
        Assert.True(deep.Status == HttpStatusCode.BadRequest, deep.ToString());
        Assert.True(large.Status == HttpStatusCode.RequestEntityTooLarge, large.ToString());
        Assert.Contains("2048 bytes", large.FirstErrorMessage);
    }

    [Fact]
    public async Task The_endpoint_path_is_configurable()
    {
        await using var server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Path"] = "/api/graphql" });

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.ContentType = new("application/json");
        var response = await server.Client.SendForResponseAsync(request);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
    }

    [Fact]
    public async Task Without_the_GraphiQL_build_a_browser_is_told_how_to_build_it_and_the_API_still_answers()
    {
        var emptyWebRoot = Directory.CreateTempSubdirectory("polity-graph-wwwroot-").FullName;
        try
        {
            await using var server = await TestGraphQLServer.StartAsync(webRoot: emptyWebRoot);

            var page = await server.Client.GetGraphQLAsync("/graphql", accept: "text/html");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
            Assert.Contains("make setup", page.Body);
            await server.Client.AssertStillServesAsync();
        }
        finally
        {
            Directory.Delete(emptyWebRoot, recursive: true);
        }
    }

    [Fact]
    public async Task GraphiQL_can_be_turned_off()
    {
        await using var server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?> { ["GraphiQL:Enabled"] = "false" });

        var response = await server.Client.GetGraphQLAsync("/graphql", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }
}
