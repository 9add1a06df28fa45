using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

/// <summary>
/// The transactions a driver opens ahead of need for cancellable statements (TransactionReserve): a statement
/// taken into one costs a single round trip, the reserve refills itself off the caller's flow, reads give their
/// transaction back for the next read (and see what others committed meanwhile), a read that writes keeps nothing,
/// stale or forgotten transactions are never trusted, and a disposed driver leaves none open.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class TransactionReserveTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task A_cancellable_statement_in_a_reserved_transaction_is_one_round_trip_on_the_callers_flow()
    {
        var observer = new CallerRoundTrips();
        await using var driver = neo4j.CreateDriver(observer: observer);
        await driver.GetServerInfoAsync(); // endpoint discovery, not counted below
        using var cancellable = new CancellationTokenSource();

        var first = await observer.CountAsync(() => driver.RunAsync("RETURN 1 AS one", null, cancellable.Token));
        await UntilReservedAsync(driver, 1);
        var second = await observer.CountAsync(() => driver.RunAsync("RETURN 2 AS two", null, cancellable.Token));

        Assert.Equal(["begin", "run and commit"], first);   // nothing reserved yet: opened first, as before
        Assert.Equal(["run and commit"], second);          // the reserved one: a single round trip
        await UntilReservedAsync(driver, 1);                // and a replacement opened in the background
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_statement_still_runs_when_the_server_forgot_the_reserved_transactions(bool read)
    {
        await using var driver = neo4j.CreateDriver();
        using var cancellable = new CancellationTokenSource();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => driver.RunAsync("RETURN 1", null, cancellable.Token)));
        await UntilReservedAsync(driver, 1);
        // As after a server restart: every reserved transaction is gone on the server side.
        await using (var other = neo4j.CreateDriver(o => o.ReservedTransactions = 0))
            foreach (var location in driver.ReservedTransactionLocations)
                await RollBackAsync(other, location);

        var result = read
            ? await driver.RunReadAsync("RETURN 'still answered' AS answer", null, cancellable.Token)
            : await driver.RunAsync("RETURN 'still answered' AS answer", null, cancellable.Token);

        Assert.Equal("still answered", result.Records.Single()["answer"]);
    }

    [Fact]
    public async Task A_reserved_transaction_older_than_the_maximum_age_is_not_used()
    {
        var observer = new CallerRoundTrips();
        await using var driver = neo4j.CreateDriver(o => o.ReservedTransactionMaxAge = TimeSpan.FromMilliseconds(200), observer);
        await driver.GetServerInfoAsync();
        using var cancellable = new CancellationTokenSource();
        await driver.RunAsync("RETURN 1", null, cancellable.Token);
        await UntilReservedAsync(driver, 1);
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        var trips = await observer.CountAsync(() => driver.RunAsync("RETURN 1", null, cancellable.Token));

        Assert.Equal(["begin", "run and commit"], trips);
    }

    [Fact]
    public async Task Without_a_reserve_every_cancellable_statement_opens_its_own_transaction()
    {
        var observer = new CallerRoundTrips();
        await using var driver = neo4j.CreateDriver(o => o.ReservedTransactions = 0, observer);
        await driver.GetServerInfoAsync();
        using var cancellable = new CancellationTokenSource();
        for (var i = 0; i < 3; i++)
            Assert.Equal(["begin", "run and commit"], await observer.CountAsync(() => driver.RunAsync("RETURN 1", null, cancellable.Token)));
        Assert.Equal(0, driver.ReservedTransactions);
    }

    [Fact]
    public async Task Reads_in_turn_run_in_one_transaction_one_round_trip_each()
    {
        var observer = new CallerRoundTrips();
        await using var driver = neo4j.CreateDriver(observer: observer);
        await driver.GetServerInfoAsync();
        using var cancellable = new CancellationTokenSource();
        await driver.RunReadAsync("RETURN 1", null, cancellable.Token);
        await UntilReservedAsync(driver, 2); // the read's transaction given back, and the replacement its take opened
        var next = driver.ReservedTransactionLocations[0];

        for (var i = 0; i < 5; i++)
        {
            var trips = await observer.CountAsync(() => driver.RunReadAsync("RETURN $i AS i", new Dictionary<string, object?> { ["i"] = i }, cancellable.Token));
            Assert.Equal(["run and commit"], trips); // one round trip carrying the statement (POST {transaction}, no commit)
            Assert.Equal(next, driver.ReservedTransactionLocations[0]); // and the same transaction is next again
        }
    }

    [Fact]
    public async Task A_read_in_a_kept_transaction_sees_what_was_committed_after_it_opened()
    {
        await using var driver = neo4j.CreateDriver();
        using var cancellable = new CancellationTokenSource();
        var tag = new Dictionary<string, object?> { ["tag"] = Guid.NewGuid().ToString() };
        const string Count = "MATCH (n:ReserveProbe {tag: $tag}) RETURN count(n) AS count";
        Assert.Equal(0L, (await driver.RunReadAsync(Count, tag, cancellable.Token)).Records[0]["count"]);
        await UntilReservedAsync(driver, 2); // given back, and the replacement its take opened: no more will come
        var kept = driver.ReservedTransactionLocations[0];
        try
        {
            await driver.RunAsync("CREATE (:ReserveProbe {tag: $tag})", tag); // auto-commit, outside the reserve

            Assert.Equal(kept, driver.ReservedTransactionLocations[0]);
            Assert.Equal(1L, (await driver.RunReadAsync(Count, tag, cancellable.Token)).Records[0]["count"]);
        }
        finally
        {
            await driver.RunAsync("MATCH (n:ReserveProbe {tag: $tag}) DELETE n", tag);
        }
    }

    [Fact]
    public async Task A_read_that_writes_is_refused_and_nothing_it_wrote_is_kept()
    {
        await using var driver = neo4j.CreateDriver();
        using var cancellable = new CancellationTokenSource();
        var tag = new Dictionary<string, object?> { ["tag"] = Guid.NewGuid().ToString() };
        await driver.RunReadAsync("RETURN 1", null, cancellable.Token); // so that the next read runs in a kept transaction
        await UntilReservedAsync(driver, 2); // given back, and the replacement its take opened: no more will come

        var error = await Assert.ThrowsAsync<ReadStatementWroteException>(() =>
            driver.RunReadAsync("CREATE (n:ReserveProbe {tag: $tag}) RETURN n.tag AS tag", tag, cancellable.Token));
        await driver.RunReadAsync("RETURN 1", null, cancellable.Token); // the reserve still serves reads

        Assert.Equal(ReadStatementWroteException.ErrorCode, error.Code);
        Assert.Equal(0L, (await driver.RunAsync("MATCH (n:ReserveProbe {tag: $tag}) RETURN count(n) AS count", tag)).Records[0]["count"]);
    }

    [Fact]
    public async Task A_read_that_fails_is_not_given_back_and_the_next_read_still_runs()
    {
        await using var driver = neo4j.CreateDriver();
        using var cancellable = new CancellationTokenSource();
        await driver.RunReadAsync("RETURN 1", null, cancellable.Token);
        await UntilReservedAsync(driver, 2); // given back, and the replacement its take opened: no more will come
        var failing = driver.ReservedTransactionLocations[0];

        await Assert.ThrowsAsync<ClientException>(() => driver.RunReadAsync("RETURN 1 / 0 AS never", null, cancellable.Token));
        var result = await driver.RunReadAsync("RETURN 'next' AS answer", null, cancellable.Token);

        Assert.Equal("next", result.Records.Single()["answer"]);
        Assert.DoesNotContain(failing, driver.ReservedTransactionLocations); // Neo4j rolled it back: not used again
    }

    [Fact]
    public async Task A_cancelled_read_rolls_its_transaction_back_and_it_is_not_given_back()
    {
        await using var driver = neo4j.CreateDriver();
        var tag = new Dictionary<string, object?> { ["tag"] = Guid.NewGuid().ToString() };
        await driver.RunAsync("UNWIND range(1, 200) AS i CREATE (:ReserveProbe {tag: $tag, i: i})", tag);
        try
        {
            using var cancellation = new CancellationTokenSource();
            await driver.RunReadAsync("RETURN 1", null, cancellation.Token);
            await UntilReservedAsync(driver, 2); // given back, and the replacement its take opened: no more will come
            var cancelled = driver.ReservedTransactionLocations[0];
            // A read that would run for a long time, reading the store as it goes (so it notices it was stopped):
            // a 4-way cartesian product of 200 nodes, 1.6 billion rows.
            var slow = driver.RunReadAsync(
                "MATCH (a:ReserveProbe {tag: $tag}), (b:ReserveProbe {tag: $tag}), (c:ReserveProbe {tag: $tag}), (d:ReserveProbe {tag: $tag}) RETURN count(*) AS rows",
                tag, cancellation.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(300));

            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
            Assert.DoesNotContain(cancelled, driver.ReservedTransactionLocations);
            // Rolled back: once the statement has noticed, the server no longer knows the transaction.
            await using var other = neo4j.CreateDriver(o => o.ReservedTransactions = 0);
            string? code = null;
            for (var attempt = 0; attempt < 120 && code != "Neo.ClientError.Transaction.TransactionNotFound"; attempt++)
            {
                code = (await Assert.ThrowsAsync<ClientException>(() => CommitAsync(other, cancelled))).Code; // AccessedConcurrently while it stops
                await Task.Delay(250);
            }
            Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", code);
        }
        finally
        {
            await driver.RunAsync("MATCH (n:ReserveProbe {tag: $tag}) DELETE n", tag);
        }
    }

    [Fact]
    public async Task Disposing_the_driver_rolls_back_what_it_reserved()
    {
        IReadOnlyList<Uri> reserved;
        await using (var driver = neo4j.CreateDriver())
        {
            using var cancellable = new CancellationTokenSource();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => driver.RunAsync("RETURN 1", null, cancellable.Token)));
            await UntilReservedAsync(driver, 1);
            reserved = driver.ReservedTransactionLocations;
        }

        await using var other = neo4j.CreateDriver(o => o.ReservedTransactions = 0);
        foreach (var location in reserved)
        {
            var error = await Assert.ThrowsAsync<ClientException>(() => CommitAsync(other, location));
            Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", error.Code);
        }
    }

    private static async Task UntilReservedAsync(Neo4jHttpDriver driver, int count)
    {
        for (var i = 0; i < 200 && driver.ReservedTransactions < count; i++) await Task.Delay(25);
        Assert.True(driver.ReservedTransactions >= count, $"the reserve holds {driver.ReservedTransactions}, not {count}");
    }

    private static async Task RollBackAsync(Neo4jHttpDriver driver, Uri location)
    {
        var transaction = HttpTransaction.Opened(driver.Http, driver.Options.Uri, location);
        await transaction.RollbackAsync();
    }

    private static async Task CommitAsync(Neo4jHttpDriver driver, Uri location)
    {
        var transaction = HttpTransaction.Opened(driver.Http, driver.Options.Uri, location);
        await transaction.CommitAsync([new Statement("RETURN 1")], CancellationToken.None);
    }

    /// <summary>The round trips made on the caller's async flow, named as the driver's metrics name them.</summary>
    private sealed class CallerRoundTrips : IStatementObserver
    {
        private readonly AsyncLocal<List<string>?> current = new();

        public async Task<List<string>> CountAsync(Func<Task> work)
        {
            var trips = current.Value = [];
            await work();
            current.Value = null;
            return trips;
        }

        public void OnCompleted(StatementsCompleted completed) =>
            current.Value?.Add(completed.Statements > 0 ? "run and commit" : "begin");
    }
}
