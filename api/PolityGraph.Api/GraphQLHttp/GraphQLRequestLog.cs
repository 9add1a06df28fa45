using Microsoft.Extensions.Logging;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// One structured log line per GraphQL request: operation, status, duration, errors, Cypher work.
/// Source-generated, so a disabled level costs nothing and the fields stay queryable in any log sink.
/// </summary>
public static partial class GraphQLRequestLog
{
    [LoggerMessage(EventId = 4000, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} answered {StatusCode} in {DurationMs:0.0} ms with {ErrorCount} errors ({CypherStatements} Cypher statements, {CypherMs:0.0} ms)")]
    public static partial void Completed(ILogger logger, string method, string operationName, int statusCode,
        double durationMs, int errorCount, int cypherStatements, double cypherMs);

    [LoggerMessage(EventId = 4001, EventName = "GraphQLRequestRefused", Level = LogLevel.Information,
        Message = "GraphQL {Method} refused with {StatusCode} {ErrorCode} in {DurationMs:0.0} ms: {Reason}")]
    public static partial void Refused(ILogger logger, string method, int statusCode, string errorCode, double durationMs, string reason);

    [LoggerMessage(EventId = 4002, EventName = "GraphQLRequestTimedOut", Level = LogLevel.Warning,
        Message = "GraphQL {Method} {OperationName} stopped by the execution timeout of {TimeoutMs} ms")]
    public static partial void TimedOut(ILogger logger, string method, string operationName, double timeoutMs);

    [LoggerMessage(EventId = 4003, EventName = "GraphQLRequestAborted", Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} abandoned by the client after {DurationMs:0.0} ms")]
    public static partial void Aborted(ILogger logger, string method, string operationName, double durationMs);

    [LoggerMessage(EventId = 4004, EventName = "GraphQLExecutorFailed", Level = LogLevel.Error,
        Message = "GraphQL {Method} {OperationName}: the executor threw")]
    public static partial void ExecutorFailed(ILogger logger, Exception exception, string method, string operationName);

    [LoggerMessage(EventId = 4005, EventName = "GraphQLFieldFailed", Level = LogLevel.Warning,
        Message = "GraphQL {Method} {OperationName}: field {Path} failed; the client was told \"{ClientMessage}\"")]
    public static partial void FieldFailed(ILogger logger, Exception exception, string method, string operationName, string path, string clientMessage);
}
