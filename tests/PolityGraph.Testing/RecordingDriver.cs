using PolityGraph.Neo4j;

namespace PolityGraph.Testing;

/// <summary>
/// The one pass-through driver of the tests and benchmarks: forwards everything to a real driver unchanged,
/// records the statements sent through it (Cypher and parameters; a unit of work as "(read transaction)" or
/// "(write transaction)"), and leaves the real driver open when disposed, since whoever made it disposes it.
/// Lets tests assert "one statement per root field" and benchmarks replay the exact Cypher the API runs.
/// </summary>
public sealed class RecordingDriver(INeo4jDriver inner) : INeo4jDriver
{
    private readonly List<Statement> statements = [];

    /// <summary>Everything sent so far, in order.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get { lock (statements) return statements.ToList(); }
    }

    /// <summary>The Cypher text of <see cref="Statements"/>.</summary>
    public IReadOnlyList<string> Cypher => Statements.Select(s => s.Cypher).ToList();

    public void Reset()
    {
        lock (statements) statements.Clear();
    }

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        Record(new Statement(cypher, parameters));
        return inner.RunAsync(cypher, parameters, cancellationToken);
    }

    public Task<QueryResult> RunReadAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        Record(new Statement(cypher, parameters));
        return inner.RunReadAsync(cypher, parameters, cancellationToken);
    }

    public Task<T> ExecuteReadAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        Record(new Statement("(read transaction)"));
        return inner.ExecuteReadAsync(work, cancellationToken);
    }

    public Task<T> ExecuteWriteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        Record(new Statement("(write transaction)"));
        return inner.ExecuteWriteAsync(work, cancellationToken);
    }

    public Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => inner.BeginTransactionAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Record(Statement statement)
    {
        lock (statements) statements.Add(statement);
    }
}
