using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

[Collection(Neo4jServerFixture.Collection)]
public sealed class TransactionTests(Neo4jServerFixture neo4j)
{
    private readonly string marker = Guid.NewGuid().ToString();

    private Dictionary<string, object?> Marker => new() { ["marker"] = marker };

    private async Task<long> CountMarkedAsync() =>
        (long)(await neo4j.Driver.RunAsync("MATCH (n:TxProbe {marker: $marker}) RETURN count(n) AS c", Marker)).Records[0]["c"]!;

    [Fact]
    public async Task Committed_writes_are_visible_afterwards()
    {
        await using (var tx = await neo4j.Driver.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:TxProbe {marker: $marker})", Marker);
            await tx.RunAsync("CREATE (:TxProbe {marker: $marker})", Marker);
            await tx.CommitAsync();
        }

        Assert.Equal(2, await CountMarkedAsync());
        await neo4j.Driver.RunAsync("MATCH (n:TxProbe {marker: $marker}) DELETE n", Marker);
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_nothing()
    {
        await using var tx = await neo4j.Driver.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:TxProbe {marker: $marker})", Marker);
        var seenInside = (await tx.RunAsync("MATCH (n:TxProbe {marker: $marker}) RETURN count(n) AS c", Marker)).Records[0]["c"];

        await tx.RollbackAsync();

        Assert.Equal(1L, seenInside);
        Assert.Equal(0, await CountMarkedAsync());
    }

    [Fact]
    public async Task Disposing_without_commit_rolls_back()
    {
        await using (var tx = await neo4j.Driver.BeginTransactionAsync())
            await tx.RunAsync("CREATE (:TxProbe {marker: $marker})", Marker);

        Assert.Equal(0, await CountMarkedAsync());
    }

    [Fact]
    public async Task Uncommitted_writes_are_invisible_to_other_transactions()
    {
        await using var tx = await neo4j.Driver.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:TxProbe {marker: $marker})", Marker);

        Assert.Equal(0, await CountMarkedAsync());
    }

    [Fact]
    public async Task A_batch_runs_in_one_request_and_returns_one_result_per_statement_in_order()
    {
        var counting = new CountingObserver();
        await using var driver = neo4j.CreateDriver(observer: counting);
        await using var tx = await driver.BeginTransactionAsync();

        var results = await tx.RunAsync([
            new Statement("CREATE (n:TxProbe {marker: $marker, step: 1}) RETURN n.step AS step", Marker),
            new Statement("MATCH (n:TxProbe {marker: $marker}) SET n.step = 2 RETURN n.step AS step", Marker),
            new Statement("RETURN $word AS word", new Dictionary<string, object?> { ["word"] = "Bộ Chính trị" }),
        ]);

        Assert.Equal([1L, 2L, "Bộ Chính trị"], results.Select(r => r.Records.Single()[0]));
        Assert.Equal(3, counting.Statements);
        // Discovery (GET /, GET /db/data/) may precede it; the batch itself is one round trip.
        Assert.Equal(1, counting.RequestsWithStatements);
    }

    [Fact]
    public async Task ExecuteWrite_commits_what_the_work_returns()
    {
        var created = await neo4j.Driver.ExecuteWriteAsync(async tx =>
            (await tx.RunAsync("CREATE (n:TxProbe {marker: $marker}) RETURN n.marker AS m", Marker)).Records[0]["m"]);

        Assert.Equal(marker, created);
        Assert.Equal(1, await CountMarkedAsync());
        await neo4j.Driver.RunAsync("MATCH (n:TxProbe {marker: $marker}) DELETE n", Marker);
    }

    [Fact]
    public async Task ExecuteWrite_rolls_back_when_the_work_throws_and_does_not_retry_it()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => neo4j.Driver.ExecuteWriteAsync<int>(async tx =>
        {
            attempts++;
            await tx.RunAsync("CREATE (:TxProbe {marker: $marker})", Marker);
            throw new InvalidOperationException("the caller changed its mind");
        }));

        Assert.Equal(1, attempts);
        Assert.Equal(0, await CountMarkedAsync());
    }

    [Fact]
    public async Task A_failed_statement_ends_the_transaction_on_the_server_and_nothing_is_kept()
    {
        await using var tx = await neo4j.Driver.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:TxProbe {marker: $marker})", Marker);

        await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 1 / 0"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync("RETURN 1"));
        Assert.Contains("rolled back", error.Message);
        Assert.Equal(0, await CountMarkedAsync());
    }

    [Fact]
    public async Task Committing_twice_is_a_programming_error()
    {
        await using var tx = await neo4j.Driver.BeginTransactionAsync();
        await tx.RunAsync("RETURN 1");
        await tx.CommitAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync());
    }

    [Fact]
    public async Task A_deadlock_is_retried_until_both_writers_succeed()
    {
        // Two writers lock the same two nodes in opposite order: Neo4j aborts one with
        // Neo.TransientError.Transaction.DeadlockDetected, and ExecuteWrite must run it again.
        await neo4j.Driver.RunAsync("CREATE (:TxProbe {marker: $marker, name: 'a', v: 0}), (:TxProbe {marker: $marker, name: 'b', v: 0})", Marker);
        var bothHoldFirstLock = new Barrier(2);
        var attempts = 0;

        Task<bool> Writer(string first, string second) => neo4j.Driver.ExecuteWriteAsync(async tx =>
        {
            var attempt = Interlocked.Increment(ref attempts);
            await tx.RunAsync("MATCH (n:TxProbe {marker: $marker, name: $name}) SET n.v = n.v + 1",
                new Dictionary<string, object?> { ["marker"] = marker, ["name"] = first });
            if (attempt <= 2) await Task.Run(() => bothHoldFirstLock.SignalAndWait(TimeSpan.FromSeconds(30)));
            await tx.RunAsync("MATCH (n:TxProbe {marker: $marker, name: $name}) SET n.v = n.v + 1",
                new Dictionary<string, object?> { ["marker"] = marker, ["name"] = second });
            return true;
        });

        await Task.WhenAll(Writer("a", "b"), Writer("b", "a"));

        var values = await neo4j.Driver.RunAsync("MATCH (n:TxProbe {marker: $marker}) RETURN n.v AS v", Marker);
        await neo4j.Driver.RunAsync("MATCH (n:TxProbe {marker: $marker}) DELETE n", Marker);
        Assert.Equal([2L, 2L], values.Records.Select(r => r["v"]));
        Assert.True(attempts >= 3, $"expected a retry after the deadlock, saw {attempts} attempts");
    }

    private sealed class CountingObserver : IStatementObserver
    {
        private int statements;
        private int requestsWithStatements;
        public int Statements => statements;
        public int RequestsWithStatements => requestsWithStatements;

        public void OnCompleted(StatementsCompleted completed)
        {
            Interlocked.Add(ref statements, completed.Statements);
            if (completed.Statements > 0) Interlocked.Increment(ref requestsWithStatements);
        }
    }
}
