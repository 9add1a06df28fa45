using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

/// <summary>
/// The transactions a driver opens ahead of need for cancellable statements (TransactionReserve): a statement
/// taken into one costs a single round trip, the reserve refills itself off the caller's flow, stale or forgotten
/// transactions are never trusted, and a disposed driver leaves none open.
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

    [Fact]
    public async Task A_statement_still_runs_when_the_server_forgot_the_reserved_transactions()
    {
        await using var driver = neo4j.CreateDriver();
        using var cancellable = new CancellationTokenSource();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => driver.RunAsync("RETURN 1", null, cancellable.Token)));
        await UntilReservedAsync(driver, 1);
        // As after a server restart: every reserved transaction is gone on the server side.
        await using (var other = neo4j.CreateDriver(o => o.ReservedTransactions = 0))
            foreach (var location in driver.ReservedTransactionLocations)
                await RollBackAsync(other, location);

        var result = await driver.RunAsync("RETURN 'still answered' AS answer", null, cancellable.Token);

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
