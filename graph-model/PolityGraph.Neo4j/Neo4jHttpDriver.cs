namespace PolityGraph.Neo4j;

/// <summary>
/// <see cref="INeo4jDriver"/> over Neo4j's transactional Cypher HTTP endpoint (3.x, 4.x, 5.x).
/// Thread-safe; create one per application and share it: it holds one pooled HttpClient.
/// </summary>
public sealed class Neo4jHttpDriver : INeo4jDriver
{
    private const string ComponentsCypher =
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition";

    private readonly CypherHttpClient http;
    private readonly TransactionReserve? reserve;
    private readonly SemaphoreSlim discovery = new(1, 1);
    private Uri? transactionEndpoint;
    private ServerInfo? serverInfo;

    /// <param name="observer">Told the duration of every round trip, e.g. to sum a request's Cypher time.</param>
    public Neo4jHttpDriver(Neo4jOptions options, IStatementObserver? observer = null)
    {
        options.Validate();
        Options = options;
        http = new CypherHttpClient(options, observer);
        reserve = options.ReservedTransactions > 0 ? new TransactionReserve(http, options) : null;
    }

    public Neo4jOptions Options { get; }

    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        if (serverInfo is { } known) return known;
        var endpoint = await TransactionEndpointAsync(cancellationToken).ConfigureAwait(false);
        var result = await RunAsync(ComponentsCypher, null, cancellationToken).ConfigureAwait(false);
        var kernel = result.Records.FirstOrDefault(r => (string?)r["name"] == "Neo4j Kernel") ?? result.Records.FirstOrDefault()
            ?? throw new DatabaseException("PolityGraph.NoComponents", "dbms.components() returned no rows.");
        var version = kernel["versions"] is List<object?> { Count: > 0 } versions ? Convert.ToString(versions[0]) ?? "" : "";
        var edition = Convert.ToString(kernel["edition"]) ?? "";
        // Only success is cached: a server that was down is asked again next time.
        return serverInfo = new ServerInfo(version, edition, endpoint);
    }

    /// <summary>
    /// Runs one statement and commits. A statement that can be cancelled runs in a transaction opened before it
    /// starts, so that when the token fires, or the driver's RequestTimeout runs out, the transaction is rolled back
    /// by its address and Neo4j stops the statement; an auto-commit request abandoned by its client would run on in
    /// Neo4j to the end, holding its locks. The transaction comes from the <see cref="TransactionReserve"/> when it
    /// has one, so the statement costs one round trip as an auto-commit one does; else it is opened here first.
    /// </summary>
    public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        Retry.RunAsync(Options, async () =>
        {
            var endpoint = await TransactionEndpointAsync(cancellationToken).ConfigureAwait(false);
            Statement[] statements = [new Statement(cypher, parameters)];
            if (!cancellationToken.CanBeCanceled)
            {
                var (results, _) = await http.SendStatementsAsync(
                    HttpMethod.Post, new Uri(endpoint.ToString().TrimEnd('/') + "/commit"), statements, cancellationToken).ConfigureAwait(false);
                return results[0];
            }
            return await InReservedOrNewAsync(endpoint,
                reserved => RunAndCommitAsync(HttpTransaction.Opened(http, endpoint, reserved.Location), statements, cancellationToken),
                () => RunAndCommitAsync(new HttpTransaction(http, endpoint), statements, cancellationToken)).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Runs one statement that only reads, in a transaction of the <see cref="TransactionReserve"/> that stays open
    /// for the next read: one round trip, and no transaction opened or committed for it. A cancelled or timed-out
    /// read rolls its transaction back, which stops it in Neo4j, as <see cref="RunAsync"/> does. A statement that
    /// writes is refused after the fact (<see cref="ReadStatementWroteException"/>) and rolled back: nothing it
    /// wrote is kept. Without a reserve, or with a token that cannot be cancelled, this is <see cref="RunAsync"/>.
    /// </summary>
    public Task<QueryResult> RunReadAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        if (reserve is null || !cancellationToken.CanBeCanceled) return RunAsync(cypher, parameters, cancellationToken);
        var statement = new Statement(cypher, parameters);
        return Retry.RunAsync(Options, async () =>
        {
            var endpoint = await TransactionEndpointAsync(cancellationToken).ConfigureAwait(false);
            return await InReservedOrNewAsync(endpoint,
                reserved => ReadInAsync(reserved, endpoint, statement, cancellationToken),
                async () => await ReadInAsync(await reserve.OpenAsync(endpoint, cancellationToken).ConfigureAwait(false), endpoint, statement, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// Runs in a transaction the reserve holds for this endpoint, when it has one; when the server has forgotten it
    /// (restarted, or a shorter idle timeout) before the statement ran in it, the others are likely gone too: the
    /// reserve is cleared and the statement runs in a new transaction, as without a reserve.
    /// </summary>
    private async Task<QueryResult> InReservedOrNewAsync(Uri endpoint, Func<TransactionReserve.Reserved, Task<QueryResult>> inReserved, Func<Task<QueryResult>> inNew)
    {
        if (reserve?.TryTake(endpoint) is { } reserved)
        {
            try
            {
                return await inReserved(reserved).ConfigureAwait(false);
            }
            catch (ClientException e) when (e.Code == TransactionNotFound)
            {
                reserve.Clear();
            }
        }
        return await inNew().ConfigureAwait(false);
    }

    private async Task<QueryResult> ReadInAsync(TransactionReserve.Reserved transaction, Uri endpoint, Statement statement, CancellationToken cancellationToken)
    {
        QueryResult result;
        try
        {
            result = await http.SendReadAsync(transaction.Location, statement, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e is ClientException or DatabaseException or TransientException && e is not ReadStatementWroteException)
        {
            throw; // Neo4j rolled the transaction back itself when the statement failed
        }
        catch
        {
            // Cancelled, timed out, unreachable, or it wrote: roll back, which also stops a statement still running.
            await reserve!.DiscardAsync(transaction).ConfigureAwait(false);
            throw;
        }
        reserve!.GiveBack(transaction, endpoint);
        return result;
    }

    private const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";

    private static async Task<QueryResult> RunAndCommitAsync(HttpTransaction transaction, Statement[] statements, CancellationToken cancellationToken)
    {
        // Disposing a transaction that did not commit rolls it back: a DELETE, whatever stopped the statement.
        await using (transaction.ConfigureAwait(false))
        {
            await transaction.BeginAsync(cancellationToken).ConfigureAwait(false);
            return (await transaction.CommitAsync(statements, cancellationToken).ConfigureAwait(false))[0];
        }
    }

    // Over HTTP a read and a write transaction are the same request; the two names keep callers
    // portable to the official driver, which routes reads to followers in a cluster.
    public Task<T> ExecuteReadAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(work, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(work, cancellationToken);

    public async Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        new HttpTransaction(http, await TransactionEndpointAsync(cancellationToken).ConfigureAwait(false));

    private Task<T> ExecuteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken) =>
        Retry.RunAsync(Options, async () =>
        {
            var transaction = new HttpTransaction(http, await TransactionEndpointAsync(cancellationToken).ConfigureAwait(false));
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction).ConfigureAwait(false);
                if (transaction.IsOpen) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);

    private async ValueTask<Uri> TransactionEndpointAsync(CancellationToken cancellationToken)
    {
        if (transactionEndpoint is { } known) return known;
        await discovery.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return transactionEndpoint ??= await EndpointDiscovery
                .FindTransactionEndpointAsync(http, Options.Database, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            discovery.Release();
        }
    }

    /// <summary>Transactions opened ahead of need and not yet used (see <see cref="TransactionReserve"/>).</summary>
    public int ReservedTransactions => reserve?.Count ?? 0;

    internal IReadOnlyList<Uri> ReservedTransactionLocations => reserve?.Locations ?? [];

    internal CypherHttpClient Http => http;

    public async ValueTask DisposeAsync()
    {
        if (reserve is not null) await reserve.DisposeAsync().ConfigureAwait(false);
        http.Dispose();
        discovery.Dispose();
    }
}
