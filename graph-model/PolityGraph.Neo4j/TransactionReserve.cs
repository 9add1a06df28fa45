using System.Collections.Concurrent;
using System.Diagnostics;

namespace PolityGraph.Neo4j;

/// <summary>
/// Open transactions kept for statements that may have to be stopped in Neo4j, so that each costs one round trip.
/// Such a statement must run in a transaction whose address is known before it starts (see
/// <see cref="Neo4jHttpDriver.RunAsync"/>); opening one is a round trip of its own (POST to the endpoint), which on
/// the seed data was as long as the API's whole share of a request.
/// <list type="bullet">
/// <item>A read (<see cref="Neo4jHttpDriver.RunReadAsync"/>) runs in a reserved transaction with
/// <c>POST {transaction}</c> and gives it back: reads leave nothing to commit, so one transaction serves read after
/// read. Neo4j reads committed data, so a read in a transaction opened earlier still sees every write committed
/// before it starts. Sequential reads then cost Neo4j what auto-commit ones do (measured: 0.48 against 0.40 ms of
/// Neo4j CPU a statement), where a fresh transaction a statement cost 1.06 ms (a begin and a commit each).</item>
/// <item>A statement that may write (<see cref="Neo4jHttpDriver.RunAsync"/>) commits the transaction it takes
/// (<c>POST {transaction}/commit</c>).</item>
/// <item>A take that empties the reserve opens a replacement in the background, so the reserve grows to the number
/// of statements running at once, up to <see cref="Neo4jOptions.ReservedTransactions"/>.</item>
/// </list>
/// <para>
/// Neo4j rolls back an HTTP transaction left idle past its timeout (<c>dbms.rest.transaction.idle_timeout</c> in
/// 3.x, <c>server.http.transaction_idle_timeout</c> in 5.x, 60 s by default). A transaction older than
/// <see cref="Neo4jOptions.ReservedTransactionMaxAge"/> (counted from its opening, however often it was used, so that
/// no transaction stays open for long) is rolled back instead of used or given back; one the server forgot anyway
/// (a restart, a shorter timeout) answers <c>TransactionNotFound</c> before running anything, and the driver empties
/// the reserve and opens its own.
/// </para>
/// </summary>
internal sealed class TransactionReserve(CypherHttpClient http, Neo4jOptions options) : IAsyncDisposable
{
    /// <summary>An open transaction: its address and when it was opened.</summary>
    public readonly record struct Reserved(Uri Location, long OpenedAt);

    // Last in, first out: the transaction given back last is used next, so the reserve's other transactions age
    // out unused when fewer statements run at once than before.
    private readonly ConcurrentStack<Reserved> reserve = new();
    private readonly CancellationTokenSource stopping = new();
    private int opening;

    /// <summary>Transactions ready to take (for tests and diagnostics).</summary>
    public int Count => reserve.Count;

    /// <summary>Their addresses, next to be taken first (for tests that make the server forget them).</summary>
    internal IReadOnlyList<Uri> Locations => reserve.Select(reserved => reserved.Location).ToList();

    /// <summary>
    /// An open transaction young enough to use, or null; older ones are rolled back on the way. A take that leaves
    /// the reserve empty opens a replacement in the background.
    /// </summary>
    public Reserved? TryTake(Uri endpoint)
    {
        Reserved? taken = null;
        while (reserve.TryPop(out var reserved))
        {
            if (IsYoung(reserved)) { taken = reserved; break; }
            InBackground(() => RollBackAsync(reserved.Location));
        }
        if (reserve.IsEmpty) Replenish(endpoint);
        return taken;
    }

    /// <summary>Opens a transaction now, on the caller's flow (nothing reserved), so that it has an address before its statement.</summary>
    public async Task<Reserved> OpenAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var (_, location) = await http.SendStatementsAsync(HttpMethod.Post, endpoint, [], cancellationToken).ConfigureAwait(false);
        return location is null
            ? throw new Neo4jException("PolityGraph.InvalidResponse", $"Neo4j at {http.BaseUri} opened a transaction without a Location header.")
            : new Reserved(http.Resolve(location.ToString()), Stopwatch.GetTimestamp());
    }

    /// <summary>
    /// Takes back a transaction a read left open: kept for the next statement while young and while there is room,
    /// else rolled back (and, when that leaves the reserve empty, replaced in the background).
    /// </summary>
    public void GiveBack(Reserved reserved, Uri endpoint)
    {
        if (IsYoung(reserved) && reserve.Count < options.ReservedTransactions && !stopping.IsCancellationRequested)
        {
            reserve.Push(reserved);
            return;
        }
        InBackground(() => RollBackAsync(reserved.Location));
        if (reserve.IsEmpty) Replenish(endpoint);
    }

    /// <summary>Rolls back a transaction whose statement failed, was cancelled or wrote when it should only have read; awaited, never throws.</summary>
    public async Task DiscardAsync(Reserved reserved)
    {
        try
        {
            await RollBackAsync(reserved.Location, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Already gone (Neo4j rolls back a transaction whose statement failed), or the server is unreachable:
            // then it rolls the transaction back itself after its idle timeout.
        }
    }

    /// <summary>Forgets every reserved transaction: the server no longer knows one of them, so likely none.</summary>
    public void Clear() => reserve.Clear();

    private bool IsYoung(Reserved reserved) => Stopwatch.GetElapsedTime(reserved.OpenedAt) < options.ReservedTransactionMaxAge;

    /// <summary>Opens one more transaction in the background, unless the reserve and those being opened are already full.</summary>
    private void Replenish(Uri endpoint)
    {
        if (Interlocked.Increment(ref opening) + reserve.Count > options.ReservedTransactions || stopping.IsCancellationRequested)
        {
            Interlocked.Decrement(ref opening);
            return;
        }
        InBackground(async () =>
        {
            try
            {
                reserve.Push(await OpenAsync(endpoint, stopping.Token).ConfigureAwait(false));
            }
            finally
            {
                Interlocked.Decrement(ref opening);
            }
        });
    }

    private Task RollBackAsync(Uri location) => RollBackAsync(location, stopping.Token);

    private async Task RollBackAsync(Uri location, CancellationToken cancellationToken) =>
        await http.SendStatementsAsync(HttpMethod.Delete, location, null, cancellationToken).ConfigureAwait(false);

    // Off the caller's async flow: the round trip belongs to no request's Server-Timing, trace or cancellation.
    // A failure (Neo4j down, the driver disposed) costs only the reserve: the next statement opens its own.
    private static void InBackground(Func<Task> work)
    {
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(async () =>
            {
                try
                {
                    await work().ConfigureAwait(false);
                }
                catch (Exception e) when (e is Neo4jException or OperationCanceledException or ObjectDisposedException)
                {
                }
            });
    }

    /// <summary>Rolls back what is still reserved, so that a stopped host leaves no idle transactions behind.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        var left = new List<Task>();
        while (reserve.TryPop(out var reserved))
            left.Add(http.SendStatementsAsync(HttpMethod.Delete, reserved.Location, null, CancellationToken.None));
        try
        {
            await Task.WhenAll(left).WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or TimeoutException)
        {
            // The server is gone or slow: it rolls them back itself after its idle timeout.
        }
        stopping.Dispose();
    }
}
