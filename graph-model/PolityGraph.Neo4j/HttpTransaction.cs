namespace PolityGraph.Neo4j;

/// <summary>
/// An explicit transaction over the transactional HTTP endpoint. The first request opens it
/// (POST to the endpoint, carrying the first statements, so a short unit of work costs no extra
/// round trip); the Location header names it; POST {location}/commit commits and DELETE rolls back.
/// Neo4j itself rolls a transaction back when a request in it fails. A DELETE also terminates a
/// statement the transaction is still running (measured on 3.1: the statement's locks are released
/// at once), which is how a cancelled statement stops in Neo4j rather than only in the client.
/// </summary>
internal sealed class HttpTransaction(CypherHttpClient http, Uri endpoint) : ITransaction
{
    private enum State { NotStarted, Open, Committed, RolledBack }

    private State state = State.NotStarted;
    private Uri? location;

    public bool IsOpen => state is State.NotStarted or State.Open;

    /// <summary>A transaction opened earlier (by <see cref="TransactionReserve"/>), known by its address.</summary>
    public static HttpTransaction Opened(CypherHttpClient http, Uri endpoint, Uri location) =>
        new(http, endpoint) { location = location, state = State.Open };

    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        (await RunAsync([new Statement(cypher, parameters)], cancellationToken).ConfigureAwait(false))[0];

    public Task<IReadOnlyList<QueryResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default) =>
        SendAsync(statements, onRecord: null, cancellationToken);

    public Task ForEachRecordAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, Action<Record> onRecord,
        CancellationToken cancellationToken = default) =>
        SendAsync([new Statement(cypher, parameters)], onRecord, cancellationToken);

    private async Task<IReadOnlyList<QueryResult>> SendAsync(IReadOnlyList<Statement> statements, Action<Record>? onRecord, CancellationToken cancellationToken)
    {
        EnsureOpen("run statements in");
        try
        {
            var (results, newLocation) = await http.SendStatementsAsync(HttpMethod.Post, location ?? endpoint, statements, cancellationToken, onRecord)
                .ConfigureAwait(false);
            if (location is null)
            {
                location = newLocation is null
                    ? throw new Neo4jException("PolityGraph.InvalidResponse", $"Neo4j at {http.BaseUri} opened a transaction without a Location header.")
                    : http.Resolve(newLocation.ToString());
                state = State.Open;
            }
            return results;
        }
        catch (Neo4jException e) when (e is not ServiceUnavailableException)
        {
            state = State.RolledBack;
            throw;
        }
    }

    /// <summary>Opens the transaction without running anything, so that it has an address before its first statement.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (location is not null) return;
        await RunAsync([], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the last statements and commits in one round trip (POST {location}/commit).</summary>
    public async Task<IReadOnlyList<QueryResult>> CommitAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        EnsureOpen("commit");
        if (location is null) throw new InvalidOperationException("Begin the transaction before committing statements in it.");
        try
        {
            var (results, _) = await http.SendStatementsAsync(HttpMethod.Post, new Uri(location + "/commit"), statements, cancellationToken).ConfigureAwait(false);
            state = State.Committed;
            return results;
        }
        catch (Neo4jException e) when (e is not ServiceUnavailableException)
        {
            state = State.RolledBack;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen("commit");
        if (location is null)
        {
            state = State.Committed; // nothing ran: nothing to commit
            return;
        }
        try
        {
            await http.SendStatementsAsync(HttpMethod.Post, new Uri(location + "/commit"), null, cancellationToken).ConfigureAwait(false);
            state = State.Committed;
        }
        catch (Neo4jException e) when (e is not ServiceUnavailableException)
        {
            state = State.RolledBack;
            throw;
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen("roll back");
        var opened = location;
        state = State.RolledBack;
        if (opened is null) return;
        try
        {
            await http.SendStatementsAsync(HttpMethod.Delete, opened, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientException e) when (e.Code == "Neo.ClientError.Transaction.TransactionNotFound")
        {
            // Already gone (expired, or rolled back by the server after an error): the goal is reached.
        }
    }

    /// <summary>Rolls back what was not committed. Never throws: disposal runs on error paths.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!IsOpen) return;
        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // The server is unreachable or forgot the transaction: it times out server-side.
        }
    }

    private void EnsureOpen(string action)
    {
        if (!IsOpen)
            throw new InvalidOperationException($"Cannot {action} a transaction that was already {(state == State.Committed ? "committed" : "rolled back")}.");
    }
}
