using PolityGraph.Neo4j;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// Wraps the real driver and counts the statements the API sends, so tests can assert "one statement per
/// root field" whatever the nesting. Everything is forwarded unchanged.
/// </summary>
public sealed class CountingDriver(INeo4jDriver inner) : INeo4jDriver
{
    private readonly List<string> statements = new();

    public IReadOnlyList<string> Statements
    {
        get { lock (statements) return statements.ToList(); }
    }

    public void Reset()
    {
        lock (statements) statements.Clear();
    }

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        lock (statements) statements.Add(cypher);
        return inner.RunAsync(cypher, parameters, cancellationToken);
    }

    public Task<T> ExecuteReadAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        lock (statements) statements.Add("(read transaction)");
        return inner.ExecuteReadAsync(work, cancellationToken);
    }

    public Task<T> ExecuteWriteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        lock (statements) statements.Add("(write transaction)");
        return inner.ExecuteWriteAsync(work, cancellationToken);
    }

    public Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => inner.BeginTransactionAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the fixture owns the inner driver
}
