using Microsoft.Extensions.Logging;
using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Execution;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Keeps internals out of answers. A field error raised as a <see cref="GraphQLException"/> was written for
/// clients and stands (its cause, if any, is logged); any other exception is a bug or a failure below the API
/// whose message may name addresses, Cypher, types or paths: the client gets a stable message with code
/// INTERNAL_SERVER_ERROR at the same path, and the log gets the exception.
/// </summary>
public static class ErrorMasking
{
    public const string UnexpectedMessage = "An unexpected error occurred while resolving this field.";

    public static ExecutionResult Apply(ExecutionResult result, ILogger logger, string method, string operationName)
    {
        if (result.Errors.Count == 0 || result.IsRequestError) return result;
        List<GraphQLError>? masked = null;
        for (var i = 0; i < result.Errors.Count; i++)
        {
            var error = result.Errors[i];
            var replacement = Mask(error, logger, method, operationName);
            if (ReferenceEquals(replacement, error) && masked is null) continue;
            masked ??= [.. result.Errors.Take(i)];
            masked.Add(replacement);
        }
        if (masked is null) return result;
        var copy = ExecutionResult.FromData(result.Data, masked);
        foreach (var (key, value) in result.Extensions) copy.Extensions[key] = value;
        return copy;
    }

    private static GraphQLError Mask(GraphQLError error, ILogger logger, string method, string operationName)
    {
        var original = error.OriginalError;
        if (original is AggregateException { InnerExceptions.Count: 1 } aggregate) original = aggregate.InnerExceptions[0];
        switch (original)
        {
            case null:
                return error;
            case GraphQLException graphQL:
                if (graphQL.InnerException is { } cause)
                    GraphQLRequestLog.FieldFailed(logger, cause, method, operationName, PathOf(error), error.Message);
                return error;
            default:
                GraphQLRequestLog.FieldFailed(logger, original, method, operationName, PathOf(error), error.Message);
                return new GraphQLError(UnexpectedMessage, error.Locations, error.Path,
                    new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError });
        }
    }

    private static string PathOf(GraphQLError error) => error.Path is null ? "" : string.Join(".", error.Path);
}
