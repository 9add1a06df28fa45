namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// The response of one request (spec 7.1): data (absent for request errors), errors, extensions.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly IReadOnlyList<GraphQLError> NoErrors = Array.Empty<GraphQLError>();

    private ExecutionResult(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors, bool isRequestError)
    {
        Data = data;
        Errors = errors ?? NoErrors;
        IsRequestError = isRequestError;
    }

    /// <summary>The result map in response-key order; null when execution failed before or at the root.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>
    /// True when the request failed before execution (syntax, validation, variable coercion, unknown or
    /// ambiguous operation): the response carries no "data" entry, and HTTP answers 400.
    /// </summary>
    public bool IsRequestError { get; }

    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();

    /// <summary>An executed request: data (possibly null after null propagation to the root) and field errors.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors = null) =>
        new(data, errors, isRequestError: false);

    /// <summary>A request that failed before execution started.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) =>
        new(null, errors, isRequestError: true);

    public static ExecutionResult FromRequestError(GraphQLError error) => FromRequestErrors(new[] { error });
}
