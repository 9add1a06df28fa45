using PolityGraph.Neo4j;

namespace PolityGraph.Benchmarks.Api;

/// <summary>Forwards to the real driver and keeps the statements sent: the exact Cypher the API runs for a query.</summary>
public sealed class StatementCapture(INeo4jDriver inner) : INeo4jDriver
{
    public List<Statement> Captured { get; } = new();

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        lock (Captured) Captured.Add(new Statement(cypher, parameters));
        return inner.RunAsync(cypher, parameters, cancellationToken);
    }

    public Task<T> ExecuteReadAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) => inner.ExecuteReadAsync(work, cancellationToken);
    public Task<T> ExecuteWriteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) => inner.ExecuteWriteAsync(work, cancellationToken);
    public Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => inner.BeginTransactionAsync(cancellationToken);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
