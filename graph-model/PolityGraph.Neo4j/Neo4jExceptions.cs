namespace PolityGraph.Neo4j;

// The same classification as Neo4j's status codes (Neo.{Classification}.{Category}.{Title}) and the
// official drivers' exception types, so callers can switch drivers without rewriting catch blocks.

/// <summary>An error Neo4j reported, with its status code, e.g. Neo.ClientError.Statement.SyntaxError.</summary>
public class Neo4jException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>Whether running the same work again may succeed (transient errors only).</summary>
    public virtual bool IsRetriable => false;

    /// <summary>The typed exception for a Neo4j status code.</summary>
    public static Neo4jException FromCode(string code, string message) => code switch
    {
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new AuthenticationException(code, message),
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new ClientException(code, message),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(code, message),
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new DatabaseException(code, message),
        _ => new Neo4jException(code, message),
    };
}

/// <summary>The request was wrong (syntax, constraint violation, bad parameter): retrying will not help.</summary>
public class ClientException(string code, string message) : Neo4jException(code, message);

/// <summary>Wrong user or password, or not allowed (Neo.ClientError.Security.*).</summary>
public sealed class AuthenticationException(string code, string message) : ClientException(code, message);

/// <summary>A temporary condition (deadlock, lock timeout, database not yet available): the work may be retried.</summary>
public sealed class TransientException(string code, string message) : Neo4jException(code, message)
{
    public override bool IsRetriable => true;
}

/// <summary>The database failed to do something it should have been able to do.</summary>
public sealed class DatabaseException(string code, string message) : Neo4jException(code, message);

/// <summary>The server could not be reached or did not answer in time.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null)
    : Neo4jException("PolityGraph.ServiceUnavailable", message, inner);

/// <summary>
/// A statement run as a read (<see cref="INeo4jDriver.RunReadAsync"/>) changed the graph. Its transaction was rolled
/// back, so nothing it wrote was kept: run writes with <see cref="INeo4jDriver.RunAsync"/> or a write transaction.
/// </summary>
public sealed class ReadStatementWroteException() : ClientException(ErrorCode,
    "A statement run as a read changed the graph; it was rolled back. Run writes with RunAsync or ExecuteWriteAsync.")
{
    public const string ErrorCode = "PolityGraph.ReadStatementWrote";
}
