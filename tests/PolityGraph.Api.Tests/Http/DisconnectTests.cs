using System.Globalization;
using System.Text;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// A client that hangs up mid-query stops the query in Neo4j, not only in the API, over real HTTP to the real
/// host. The graph is made so that one GraphQL query keeps Neo4j's CPU busy for minutes while returning almost
/// nothing (600 holders of one post, three times over, the innermost list filtered to nothing), and the host's
/// complexity limit is lifted so that it runs. Neo4j 3.1 Community cannot list running queries, so the proof is
/// its process's CPU time: measured while the query runs, then after the client left, over windows of the same
/// length; a query left running would keep it as busy as before.
/// </summary>
public sealed class DisconnectTests : IAsyncLifetime
{
    private static readonly TimeSpan window = TimeSpan.FromSeconds(4);
    private Neo4jInstance neo4j = null!;

    private const string Query = """
        { body(id: "body:disconnect") { members { person { tenures { position { holders { person { tenures { position {
            holders(on: "1800-01-01") { from } } } } } } } } } } }
        """;

    public async Task InitializeAsync()
    {
        neo4j = await Neo4jInstance.StartThrowawayAsync();
        await using var driver = new Neo4jHttpDriver(neo4j.Options);
        await driver.RunAsync("""
            CREATE (b:Body {id: 'body:disconnect', name: 'Disconnect', kind: 'OTHER'})
            CREATE (p:Position {id: 'position:disconnect', title: 'Member'})-[:IN_BODY]->(b)
            WITH p UNWIND range(1, 600) AS i
            CREATE (:Person {id: 'person:d' + i, name: 'Person ' + i, aliases: []})-[:HELD {attestedOn: ['2020-01-01'], evidenceSources: [], evidenceQuotes: []}]->(p)
            """);
    }

    public async Task DisposeAsync()
    {
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
        using var hangUp = new CancellationTokenSource();
        var body = new StringContent($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(Query)}}}""", Encoding.UTF8, "application/json");
        var request = client.PostAsync("/graphql", body, hangUp.Token);

        await Task.Delay(TimeSpan.FromSeconds(3)); // the statement reaches Neo4j and gets going
        var busy = await NeoCpuOverAsync(window);
        Assert.False(request.IsCompleted, $"the query finished before the client could leave: {(request.IsCompletedSuccessfully ? await request.Result.Content.ReadAsStringAsync() : request.Exception?.Message)}");

        hangUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await Task.Delay(TimeSpan.FromSeconds(2)); // the host notices, rolls the transaction back, Neo4j stops the statement
        var after = await NeoCpuOverAsync(window);

        Assert.True(busy > TimeSpan.FromSeconds(0.3), $"the query did not keep Neo4j busy ({busy.TotalSeconds:0.00} CPU-s in {window.TotalSeconds} s), so this test cannot tell");
        Assert.True(after < busy / 4,
            $"Neo4j used {after.TotalSeconds:0.00} CPU-s in {window.TotalSeconds} s after the client left, against {busy.TotalSeconds:0.00} while the query ran: the statement is still running");
        Assert.Contains("abandoned by the client", api.Output);
    }

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
