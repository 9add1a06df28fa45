using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

/// <summary>
/// A cancelled statement stops in Neo4j, not only in the client: RunAsync with a cancellable token runs the
/// statement in a transaction it opened first, and rolls that transaction back by its address when the token
/// fires, which terminates the statement. Shown with a lock: the slow statement first writes a node, and a
/// second writer can touch that node only once the slow statement's transaction has ended. Left running, the
/// slow statement (a 4-way cartesian product of 200 nodes, 1.6 billion rows) would hold the lock far longer than
/// the writer waits.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class CancellationTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    private readonly string marker = Guid.NewGuid().ToString();

    private Dictionary<string, object?> Marker => new() { ["marker"] = marker };

    private const string Slow =
        "MATCH (l:CancelLock {marker: $marker}) SET l.holder = 'slow' " +
        "WITH l MATCH (a:CancelRow {marker: $marker}), (b:CancelRow {marker: $marker}), (c:CancelRow {marker: $marker}), (d:CancelRow {marker: $marker}) " +
        "RETURN count(*) AS rows";

    private const string Writer = "MATCH (l:CancelLock {marker: $marker}) SET l.holder = $holder RETURN l.holder AS holder";

    public async Task InitializeAsync() =>
        await neo4j.Driver.RunAsync(
            "CREATE (:CancelLock {marker: $marker}) WITH 1 AS one UNWIND range(1, 200) AS i CREATE (:CancelRow {marker: $marker, i: i})", Marker);

    public async Task DisposeAsync() =>
        await neo4j.Driver.RunAsync("MATCH (n) WHERE (n:CancelLock OR n:CancelRow) AND n.marker = $marker DETACH DELETE n", Marker);

    [Fact]
    public async Task A_cancelled_statement_releases_what_it_held_in_Neo4j()
    {
        using var cancellation = new CancellationTokenSource();
        var slow = neo4j.Driver.RunAsync(Slow, Marker, cancellation.Token);
        await WaitUntilTheLockIsHeldAsync(slow);

        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
        // The slow statement's transaction is gone: the lock is free long before the statement could have finished.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var result = await neo4j.Driver.RunAsync(Writer, WithHolder("after"), patience.Token);
        Assert.Equal("after", result.Records[0]["holder"]);
    }

    [Fact]
    public async Task A_statement_stopped_by_the_request_timeout_releases_what_it_held_too()
    {
        await using var impatient = neo4j.CreateDriver(options => options.RequestTimeout = TimeSpan.FromSeconds(15));
        using var untilTheTestEnds = new CancellationTokenSource();
        var slow = impatient.RunAsync(Slow, Marker, untilTheTestEnds.Token);
        await WaitUntilTheLockIsHeldAsync(slow);

        await Assert.ThrowsAsync<ServiceUnavailableException>(() => slow);

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var result = await neo4j.Driver.RunAsync(Writer, WithHolder("after"), patience.Token);
        Assert.Equal("after", result.Records[0]["holder"]);
    }

    /// <summary>
    /// Until a writer cannot get the node within a second, the slow statement has not taken it yet. Each probe
    /// that gives up is itself a cancelled statement, rolled back the same way.
    /// </summary>
    private async Task WaitUntilTheLockIsHeldAsync(Task slow)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            Assert.False(slow.IsCompleted, "the slow statement ended before it was cancelled");
            using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await neo4j.Driver.RunAsync(Writer, WithHolder("probe"), probe.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        Assert.Fail("the slow statement never took its lock");
    }

    private Dictionary<string, object?> WithHolder(string holder) => new() { ["marker"] = marker, ["holder"] = holder };
}
