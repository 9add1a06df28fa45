using System.Collections.Concurrent;
using System.Diagnostics;

namespace PolityGraph.Neo4j;

/// <summary>
/// Transactions opened ahead of need, so that a statement that may have to be stopped in Neo4j costs one round
/// trip, not two. Such a statement must run in a transaction whose address is known before it starts (see
/// <see cref="Neo4jHttpDriver.RunAsync"/>); opening one is a round trip of its own (POST to the endpoint), which on
/// the seed data was as long as the API's whole share of a request. Taken from here, the statement goes straight
/// to <c>POST {transaction}/commit</c>; each take opens a replacement in the background, so the reserve grows to the
/// number of statements running at once, up to <see cref="Neo4jOptions.ReservedTransactions"/>.
/// <para>
/// An open transaction that has run nothing holds no locks and no snapshot in Neo4j; the server rolls it back
/// after its idle timeout (<c>dbms.rest.transaction.idle_timeout</c> in 3.x, <c>server.http.transaction_idle_timeout</c>
/// in 5.x, 60 s by default). Transactions older than <see cref="Neo4jOptions.ReservedTransactionMaxAge"/> are
/// never used but rolled back; one the server forgot anyway (a restart, a shorter timeout) answers
/// <c>TransactionNotFound</c> before running anything, and the driver empties the reserve and opens its own.
/// </para>
/// </summary>
internal sealed class TransactionReserve(CypherHttpClient http, Neo4jOptions options) : IAsyncDisposable
{
    private readonly record struct Opened(Uri Location, long OpenedAt);

    private readonly ConcurrentQueue<Opened> reserve = new();
    private readonly CancellationTokenSource stopping = new();
    private int opening;

    /// <summary>Transactions ready to take (for tests and diagnostics).</summary>
    public int Count => reserve.Count;

    /// <summary>Their addresses, oldest first (for tests that make the server forget them).</summary>
    internal IReadOnlyList<Uri> Locations => reserve.Select(opened => opened.Location).ToList();

    /// <summary>The address of an open transaction young enough to use, or null; older ones are rolled back on the way.</summary>
    public Uri? TryTake()
    {
        while (reserve.TryDequeue(out var opened))
        {
            if (Stopwatch.GetElapsedTime(opened.OpenedAt) < options.ReservedTransactionMaxAge) return opened.Location;
            InBackground(() => RollBackAsync(opened.Location));
        }
        return null;
    }

    /// <summary>Opens one more transaction in the background, unless the reserve and those being opened are already full.</summary>
    public void Replenish(Uri endpoint)
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
                var (_, location) = await http.SendStatementsAsync(HttpMethod.Post, endpoint, [], stopping.Token).ConfigureAwait(false);
                if (location is not null) reserve.Enqueue(new Opened(http.Resolve(location.ToString()), Stopwatch.GetTimestamp()));
            }
            finally
            {
                Interlocked.Decrement(ref opening);
            }
        });
    }

    /// <summary>Forgets every reserved transaction: the server no longer knows one of them, so likely none.</summary>
    public void Clear()
    {
        while (reserve.TryDequeue(out _)) { }
    }

    private async Task RollBackAsync(Uri location) =>
        await http.SendStatementsAsync(HttpMethod.Delete, location, null, stopping.Token).ConfigureAwait(false);

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
        while (reserve.TryDequeue(out var opened))
            left.Add(http.SendStatementsAsync(HttpMethod.Delete, opened.Location, null, CancellationToken.None));
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
