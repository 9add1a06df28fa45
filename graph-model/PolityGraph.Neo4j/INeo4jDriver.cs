namespace PolityGraph.Neo4j;

// The seam every caller uses. Shaped like Neo4j.Driver's IDriver/IAsyncSession so the official
// driver can replace our HTTP client where it is obtainable: run a statement, or run a unit of
// work inside a read or write transaction (retried as a whole on transient errors).

/// <summary>A Cypher statement with its parameters. Values are never spliced into the text.</summary>
public sealed record Statement(string Cypher, IReadOnlyDictionary<string, object?>? Parameters = null);

public interface INeo4jDriver : IAsyncDisposable
{
    /// <summary>Product version and edition (from dbms.components()), endpoint path in use. Cached after the first call.</summary>
    Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs one statement in an auto-commit transaction.</summary>
    Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one statement that only reads. A driver may run it in a transaction it keeps open for other reads and
    /// never commits, so a statement that writes is refused and nothing it wrote is kept. By default, <see cref="RunAsync"/>.
    /// </summary>
    Task<QueryResult> RunReadAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(cypher, parameters, cancellationToken);

    /// <summary>Runs a unit of work in a read transaction; retried with backoff on Neo.TransientError.*.</summary>
    Task<T> ExecuteReadAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>Runs a unit of work in a write transaction; committed when it returns, rolled back when it throws.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction. Dispose without commit rolls back.</summary>
    Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}

public interface ITransaction : IAsyncDisposable
{
    Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Sends several statements in one HTTP round trip; one result per statement, in order.</summary>
    Task<IReadOnlyList<QueryResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one statement and hands its records to <paramref name="onRecord"/> one at a time, as they are read from the
    /// answer, so that a result of many rows is never held whole. Fails as <see cref="RunAsync(string, IReadOnlyDictionary{string, object?}?, CancellationToken)"/>
    /// does; records handed out before Neo4j reported an error were handed out all the same. By default, that method and then each record.
    /// </summary>
    async Task ForEachRecordAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, Action<Record> onRecord,
        CancellationToken cancellationToken = default)
    {
        foreach (var record in (await RunAsync(cypher, parameters, cancellationToken).ConfigureAwait(false)).Records) onRecord(record);
    }

    Task CommitAsync(CancellationToken cancellationToken = default);
    Task RollbackAsync(CancellationToken cancellationToken = default);
}

/// <param name="Version">e.g. "3.1.1" or "5.20.0".</param>
/// <param name="Edition">"community" or "enterprise".</param>
public sealed record ServerInfo(string Version, string Edition, Uri Endpoint)
{
    public int MajorVersion => int.Parse(Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Rows of one statement. Values are plain .NET: null, bool, long, double, string,
/// List&lt;object?&gt; and Dictionary&lt;string, object?&gt; (nodes and relationships arrive as their property maps).
/// </summary>
public sealed record QueryResult(IReadOnlyList<string> Keys, IReadOnlyList<Record> Records);

public sealed class Record(IReadOnlyList<string> keys, IReadOnlyList<object?> values)
{
    public IReadOnlyList<string> Keys { get; } = keys;
    public IReadOnlyList<object?> Values { get; } = values;
    public object? this[int index] => Values[index];
    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Keys.Count; i++)
                if (Keys[i] == key) return Values[i];
            throw new KeyNotFoundException($"The record has no column '{key}'. Columns: {string.Join(", ", Keys)}.");
        }
    }
}
