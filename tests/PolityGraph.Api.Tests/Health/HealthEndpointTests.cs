using System.Net;
using System.Text.Json;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Health;

/// <summary>A Neo4j instance for these tests alone: they stop and start it, which must not disturb other tests' server.</summary>
public sealed class DedicatedNeo4j : IAsyncLifetime
{
    public Neo4jInstance Instance { get; private set; } = null!;

    public async Task InitializeAsync() => Instance = await Neo4jInstance.StartThrowawayAsync();

    public async Task DisposeAsync()
    {
        if (Instance is not null) await Instance.DisposeAsync();
    }
}

/// <summary>/healthz of the real host process over real HTTP.</summary>
public sealed class HealthEndpointTests(DedicatedNeo4j dedicated) : IClassFixture<DedicatedNeo4j>, IAsyncLifetime
{
    private readonly Neo4jInstance neo4j = dedicated.Instance;
    private ApiProcess api = null!;

    public async Task InitializeAsync() => api = await ApiProcess.StartAsync(neo4j.Options);

    public async Task DisposeAsync()
    {
        if (api is not null) await api.DisposeAsync();
    }

    [Fact]
    public async Task Reports_ok_with_the_Neo4j_version_then_unavailable_while_Neo4j_is_stopped_then_ok_again()
    {
        var (status, body) = await GetHealthAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("3.1.1", body.GetProperty("neo4j").GetProperty("version").GetString());
        Assert.Equal("community", body.GetProperty("neo4j").GetProperty("edition").GetString());

        await neo4j.StopAsync();
        try
        {
            (status, body) = await GetHealthAsync();
        }
        finally
        {
            await neo4j.StartAsync(); // whatever happens, the next test finds it running
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        // A stable reason for clients; the address and the socket error go to the log only.
        Assert.Equal(HealthEndpoints.UnreachableReason, body.GetProperty("reason").GetString());
        Assert.DoesNotContain(neo4j.Options.Uri.Authority, body.ToString());
        await WaitForLogAsync(neo4j.Options.Uri.Authority);

        (status, body) = await GetHealthAsync();
        Assert.True(status == HttpStatusCode.OK, $"after Neo4j restarted: {status} {body}\n{api.Output}");
        Assert.Equal("3.1.1", body.GetProperty("neo4j").GetProperty("version").GetString());
    }

    [Fact]
    public async Task While_Neo4j_is_stopped_GraphQL_answers_SERVICE_UNAVAILABLE_and_only_the_log_names_the_address()
    {
        const string Query = """{"query":"{ person(id: \"person:x\") { name } people(first: 1) { edges { node { id } } } }"}""";
        await neo4j.StopAsync();
        string body;
        try
        {
            using var content = new StringContent(Query, System.Text.Encoding.UTF8, "application/json");
            using var response = await api.Client.PostAsync("/graphql", content);
            body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            await neo4j.StartAsync();
        }
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error =>
        {
            Assert.Equal("SERVICE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(PolityGraph.Schema.Execution.GraphQueryRunner.UnavailableMessage, error.GetProperty("message").GetString());
        });
        Assert.DoesNotContain(neo4j.Options.Uri.Authority, body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(neo4j.Options.Uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), body);
        await WaitForLogAsync(neo4j.Options.Uri.Authority);
        // A freshly restarted Neo4j answers its first queries slowly on a loaded machine: leave it warm for the next test.
        for (var i = 0; i < 60 && (await GetHealthAsync()).Status != HttpStatusCode.OK; i++) await Task.Delay(1000);
    }

    private async Task WaitForLogAsync(string text)
    {
        for (var i = 0; i < 50 && !api.Output.Contains(text, StringComparison.Ordinal); i++) await Task.Delay(100);
        Assert.Contains(text, api.Output);
    }

    [Fact]
    public async Task A_wrong_password_is_unavailable_with_the_reason_and_the_host_keeps_serving()
    {
        // Not the real user: Neo4j locks a user out for a few seconds after repeated failures,
        // which would turn the other test's first check into a 503.
        await using var misconfigured = await ApiProcess.StartAsync(new Neo4jOptions
        {
            Uri = neo4j.Options.Uri, User = "analyst", Password = "wrong",
        });

        for (var i = 0; i < 3; i++)
        {
            using var response = await misconfigured.Client.GetAsync("/healthz");
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(HealthEndpoints.CredentialsReason, body.GetProperty("reason").GetString());
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync()
    {
        using var response = await api.Client.GetAsync("/healthz");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }
}

/// <summary>/healthz when Neo4j hangs: no real Neo4j needed, a socket that never answers.</summary>
public sealed class HealthEndpointTimeoutTests
{
    [Fact]
    public async Task Answers_503_within_its_timeout_when_Neo4j_accepts_connections_but_never_answers()
    {
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts into the backlog, never reads or answers
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var stuck = await ApiProcess.StartAsync(
            new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Password = "x" },
            new Dictionary<string, string> { ["Health__Neo4jTimeout"] = "00:00:01" });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var response = await stuck.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }
}

/// <summary>Settings that cannot work stop the host at start-up, naming the setting, instead of failing per request.</summary>
public sealed class Neo4jSettingsTests
{
    [Theory]
    [InlineData("bolt://127.0.0.1:7687", "HTTP API")]
    [InlineData("ftp://127.0.0.1:7474", "http://")]
    public async Task A_Neo4j_URI_the_client_cannot_use_stops_the_host_with_the_reason(string uri, string reason)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ApiProcess.StartAsync(new Neo4jOptions { Uri = new Uri(uri) }));

        Assert.Contains("exited during start-up", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
