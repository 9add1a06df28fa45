using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Tests.Support;

/// <summary>
/// Passes everything to a real driver and counts the requests sent inside explicit transactions (each
/// <see cref="ITransaction.RunAsync(IReadOnlyList{Statement}, CancellationToken)"/> is one HTTP round trip
/// to the open transaction) and whether a transaction was committed.
/// </summary>
public sealed class RequestCountingDriver(INeo4jDriver inner) : INeo4jDriver
{
    private int requests;
    private int commits;

    /// <summary>Requests sent into explicit transactions so far.</summary>
    public int Requests => Volatile.Read(ref requests);

    public int Commits => Volatile.Read(ref commits);

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        inner.RunAsync(cypher, parameters, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.ExecuteReadAsync(work, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        inner.ExecuteWriteAsync(work, cancellationToken);

    public async Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        new CountingTransaction(await inner.BeginTransactionAsync(cancellationToken), this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the fixture's driver outlives the test

    private sealed class CountingTransaction(ITransaction inner, RequestCountingDriver owner) : ITransaction
    {
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner.requests);
            return inner.RunAsync(cypher, parameters, cancellationToken);
        }

        public Task<IReadOnlyList<QueryResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner.requests);
            return inner.RunAsync(statements, cancellationToken);
        }

        public Task ForEachRecordAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, Action<PolityGraph.Neo4j.Record> onRecord,
            CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner.requests);
            return inner.ForEachRecordAsync(cypher, parameters, onRecord, cancellationToken);
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await inner.CommitAsync(cancellationToken);
            Interlocked.Increment(ref owner.commits);
        }

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
