using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

[Collection(Neo4jServerFixture.Collection)]
public sealed class DriverTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task The_server_is_Neo4j_3_1_1_community_on_the_3x_endpoint()
    {
        var info = await neo4j.Driver.GetServerInfoAsync();

        Assert.Equal("3.1.1", info.Version);
        Assert.Equal("community", info.Edition);
        Assert.Equal(3, info.MajorVersion);
        Assert.Equal("/db/data/transaction", info.Endpoint.AbsolutePath);
        Assert.Equal(neo4j.Options.Uri.Authority, info.Endpoint.Authority);
    }

    [Fact]
    public async Task Fifty_concurrent_statements_all_succeed_with_their_own_answers()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var result = await neo4j.Driver.RunAsync("UNWIND range(1, $n) AS x RETURN $n AS n, count(x) AS c",
                new Dictionary<string, object?> { ["n"] = (long)i + 1 });
            return (Sent: i + 1L, Record: result.Records.Single());
        }));

        Assert.All(answers, a =>
        {
            Assert.Equal(a.Sent, a.Record["n"]);
            Assert.Equal(a.Sent, a.Record["c"]);
        });
    }

    [Fact]
    public async Task Fifty_concurrent_write_transactions_all_commit()
    {
        var marker = Guid.NewGuid().ToString();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => neo4j.Driver.ExecuteWriteAsync(tx =>
            tx.RunAsync("CREATE (:ConcurrencyProbe {marker: $marker, i: $i})",
                new Dictionary<string, object?> { ["marker"] = marker, ["i"] = (long)i }))));

        var result = await neo4j.Driver.RunAsync(
            "MATCH (n:ConcurrencyProbe {marker: $marker}) RETURN count(DISTINCT n.i) AS distinctIds",
            new Dictionary<string, object?> { ["marker"] = marker });
        await neo4j.Driver.RunAsync("MATCH (n:ConcurrencyProbe {marker: $marker}) DELETE n", new Dictionary<string, object?> { ["marker"] = marker });
        Assert.Equal(50L, result.Records.Single()["distinctIds"]);
    }

    [Fact]
    public async Task The_observer_hears_every_round_trip_with_its_statements()
    {
        var observer = new RecordingObserver();
        await using var driver = neo4j.CreateDriver(observer: observer);
        await driver.GetServerInfoAsync(); // discovery and dbms.components() first
        observer.Clear();

        await driver.RunAsync("RETURN 1");
        await using (var tx = await driver.BeginTransactionAsync())
        {
            await tx.RunAsync([new Statement("RETURN 1"), new Statement("RETURN 2")]);
            await tx.CommitAsync();
        }

        // One auto-commit request; then the transaction's statements, and its bare commit.
        Assert.Equal([1, 2, 0], observer.Completed.Select(c => c.Statements));
        Assert.All(observer.Completed, c => Assert.True(c.Succeeded && c.Duration > TimeSpan.Zero));
    }

    [Fact]
    public async Task A_cancellable_statement_runs_in_a_transaction_opened_first()
    {
        var observer = new RecordingObserver();
        // Without a reserve of transactions opened ahead (TransactionReserveTests), which would add its own begins.
        await using var driver = neo4j.CreateDriver(o => o.ReservedTransactions = 0, observer);
        await driver.GetServerInfoAsync();
        observer.Clear();
        using var cancellation = new CancellationTokenSource();

        var result = await driver.RunAsync("RETURN 41 + 1 AS answer", null, cancellation.Token);

        Assert.Equal(42L, result.Records[0]["answer"]);
        // Opening the transaction carries no statement; the statement goes with the commit.
        Assert.Equal([0, 1], observer.Completed.Select(c => c.Statements));
    }

    [Fact]
    public async Task A_failed_statement_is_reported_as_failed()
    {
        var observer = new RecordingObserver();
        await using var driver = neo4j.CreateDriver(observer: observer);
        await driver.GetServerInfoAsync();
        observer.Clear();

        await Assert.ThrowsAsync<ClientException>(() => driver.RunAsync("RETURN nonsense("));

        Assert.False(Assert.Single(observer.Completed).Succeeded);
    }

    private sealed class RecordingObserver : IStatementObserver
    {
        private readonly List<StatementsCompleted> completed = [];

        public IReadOnlyList<StatementsCompleted> Completed
        {
            get { lock (completed) return completed.ToList(); }
        }

        public void Clear()
        {
            lock (completed) completed.Clear();
        }

        public void OnCompleted(StatementsCompleted round)
        {
            lock (completed) completed.Add(round);
        }
    }
}
