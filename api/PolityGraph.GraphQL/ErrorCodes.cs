namespace PolityGraph.GraphQL;

/// <summary>
/// Every value of <c>extensions.code</c> the server gives, so that clients can branch on them and each has one
/// spelling. The engine's own, the HTTP layer's (refused requests), and the API's (bad arguments, the graph).
/// </summary>
public static class ErrorCodes
{
    // The HTTP layer: refused before the engine saw the request.
    public const string BadRequest = "BAD_REQUEST";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string Timeout = "TIMEOUT";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    /// <summary>A persisted operation's id that is well formed but unknown.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    /// <summary>Both a document and a documentId, and the document does not hash to the id.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    /// <summary>Document text sent to a server that runs persisted operations only.</summary>
    public const string PersistedQueryRequired = "PERSISTED_QUERY_REQUIRED";

    // The engine.
    public const string ExecutionCancelled = "EXECUTION_CANCELLED";
    public const string ComplexityLimitExceeded = "COMPLEXITY_LIMIT_EXCEEDED";

    // The API's resolvers.
    /// <summary>An argument the schema's types allow but the API cannot use (a negative page size).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary>A cursor that is not one of this list's.</summary>
    public const string BadCursor = "BAD_CURSOR";
    /// <summary>A lookup by a non-unique key matched several nodes.</summary>
    public const string Ambiguous = "AMBIGUOUS";
    /// <summary>Neo4j could not be reached or was busy: nothing is wrong with the request.</summary>
    public const string GraphUnavailable = "SERVICE_UNAVAILABLE";
    /// <summary>Neo4j refused a statement the API compiled: a bug on the server's side.</summary>
    public const string GraphError = "GRAPH_ERROR";
}
