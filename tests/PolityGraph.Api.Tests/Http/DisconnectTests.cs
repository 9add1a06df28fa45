using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PolityGraph.Neo4j;
using PolityGraph.Testing;
using Xunit.Abstractions;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// A client that hangs up mid-query stops the query in Neo4j, not only in the API, over real HTTP to the real
/// host on a Neo4j of its own. The graph is made so that one GraphQL query keeps Neo4j busy for minutes while
/// returning almost nothing (600 holders of one post, three times over, the innermost list filtered to nothing);
/// the host's complexity limit is lifted so that it runs. Neo4j 3.1 Community cannot list running queries, but
/// its transaction endpoint tells an unknown transaction (rolled back or committed) from one a request is using:
/// the test waits until the API's transaction is busy running the statement, hangs up, and then finds that
/// transaction gone and none of the API's busy. That a rollback stops a running statement is CancellationTests' proof in
/// PolityGraph.Neo4j.Tests; Neo4j's CPU time before and after is printed as a figure.
/// </summary>
public sealed class DisconnectTests(ITestOutputHelper output) : IAsyncLifetime
{
    private Neo4jInstance neo4j = null!;
    private HttpClient neo4jHttp = null!;

    private const string Query = """
        { body(id: "body:disconnect") { members { person { tenures { position { holders { person { tenures { position {
            holders(on: "1800-01-01") { from } } } } } } } } } } }
        """;

    public async Task InitializeAsync()
    {
        neo4j = await Neo4jInstance.StartThrowawayAsync();
        await using (var driver = new Neo4jHttpDriver(neo4j.Options))
            await driver.RunAsync("""
                CREATE (b:Body {id: 'body:disconnect', name: 'Disconnect', kind: 'OTHER'})
                CREATE (p:Position {id: 'position:disconnect', title: 'Member'})-[:IN_BODY]->(b)
                WITH p UNWIND range(1, 600) AS i
                CREATE (:Person {id: 'person:d' + i, name: 'Person ' + i, aliases: []})-[:HELD {attestedOn: ['2020-01-01'], evidenceSources: [], evidenceQuotes: []}]->(p)
                """);
        neo4jHttp = new HttpClient { BaseAddress = neo4j.Options.Uri };
        neo4jHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{neo4j.Options.User}:{neo4j.Options.Password}")));
    }

    public async Task DisposeAsync()
    {
        neo4jHttp?.Dispose();
        if (neo4j is not null) await neo4j.DisposeAsync();
    }

    [Fact]
    public async Task A_query_whose_client_disconnects_stops_in_Neo4j()
    {
        await using var api = await ApiProcess.StartAsync(neo4j.Options, new Dictionary<string, string>
        {
            ["GraphQL__MaxComplexity"] = "2000000000",
            ["GraphQL__ExecutionTimeout"] = "00:30:00",
            ["Neo4j__RequestTimeout"] = "00:30:00",
        });
        using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        // Transaction ids grow by one; the API's are above this one. Taken before the first request, since the
        // driver opens transactions ahead of need (TransactionReserve): the query may run in one opened then.
        var before = await OpenAndCloseATransactionAsync();
        // A first request, so that the host has built its schema and found Neo4j's endpoint.
        using (var warm = await client.PostAsync("/graphql", Json("""{ body(id: "body:disconnect") { name } }""")))
            Assert.Contains("Disconnect", await warm.Content.ReadAsStringAsync());

        using var hangUp = new CancellationTokenSource();
        var request = client.PostAsync("/graphql", Json(Query), hangUp.Token);
        var running = await TransactionInUseAfterAsync(before, request);
        var busy = await NeoCpuOverAsync(TimeSpan.FromSeconds(4));

        hangUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        // The transaction that ran the statement is unknown to Neo4j (rolled back), and no transaction the API opened
        // is running anything. The only ones left open are idle: opened ahead of need, holding nothing.
        var stillThere = new List<string>();
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var after = await OpenAndCloseATransactionAsync();
            stillThere.Clear();
            for (var id = before + 1; id < after; id++)
                if (await ProbeAsync(id) is var state && state != "Neo.ClientError.Transaction.TransactionNotFound" && (id == running || state != "open"))
                    stillThere.Add($"{id}: {state}");
            if (stillThere.Count == 0) break;
            await Task.Delay(500);
        }
        Assert.True(stillThere.Count == 0, $"transactions of the API still open in Neo4j after the client left: {string.Join("; ", stillThere)}");
        var idle = await NeoCpuOverAsync(TimeSpan.FromSeconds(4));
        output.WriteLine($"transaction {running} ran the statement; Neo4j CPU in 4 s: {busy.TotalSeconds:0.00} s while it ran, {idle.TotalSeconds:0.00} s after the client left");
        Assert.Contains("abandoned by the client", api.Output);
    }

    /// <summary>The id of the API's transaction once Neo4j says a request is using it (the statement runs).</summary>
    private async Task<long> TransactionInUseAfterAsync(long before, Task request)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            // First a pause: a probe of the reserved transaction the API is about to take would collide with it.
            await Task.Delay(500);
            Assert.False(request.IsCompleted, "the query finished before the client could leave");
            for (var id = before + 1; id <= before + 8; id++)
                if ((await ProbeAsync(id)).Contains("Concurrent", StringComparison.OrdinalIgnoreCase)) return id;
        }
        throw new Xunit.Sdk.XunitException("the API's transaction never started running the statement");
    }

    /// <summary>Neo4j's error code for a request in transaction <paramref name="id"/>, or "open" when it is open and idle.</summary>
    private async Task<string> ProbeAsync(long id)
    {
        using var response = await neo4jHttp.PostAsync($"/db/data/transaction/{id}", Json(null));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errors") is { } errors && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("code").GetString()!
            : "open";
    }

    private async Task<long> OpenAndCloseATransactionAsync()
    {
        using var opened = await neo4jHttp.PostAsync("/db/data/transaction", Json(null));
        var location = opened.Headers.Location ?? throw new InvalidOperationException("Neo4j opened a transaction without a Location");
        using var _ = await neo4jHttp.DeleteAsync(location.AbsolutePath);
        return long.Parse(location.AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    // A GraphQL body for a query, or Neo4j's empty list of statements.
    private static StringContent Json(string? query) => new(
        query is null ? """{"statements":[]}""" : JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    private async Task<TimeSpan> NeoCpuOverAsync(TimeSpan span)
    {
        var before = NeoCpu();
        await Task.Delay(span);
        return NeoCpu() - before;
    }

    // utime + stime of the Neo4j JVM, from /proc/<pid>/stat, in clock ticks of 1/100 s.
    private TimeSpan NeoCpu()
    {
        var pid = File.ReadAllText(Path.Combine(neo4j.Directory, "run", "neo4j.pid")).Trim();
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
