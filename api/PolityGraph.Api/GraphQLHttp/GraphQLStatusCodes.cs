using Microsoft.AspNetCore.Http;
using PolityGraph.GraphQL.Execution;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// The status code of an executed or refused GraphQL request (GraphQL over HTTP, "Response" sections).
/// application/json: 200 for every well-formed request, whatever errors the result holds, because older
/// clients read the body, not the status. application/graphql-response+json: a result without data
/// (syntax, validation or variable errors) is 400; a result with data, even null, is 200.
/// </summary>
public static class GraphQLStatusCodes
{
    public static int For(ExecutionResult result, ResponseMediaType mediaType) =>
        result.IsRequestError && mediaType == ResponseMediaType.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;

    /// <summary>
    /// A request stopped by the execution timeout has no usable data: 504 for clients that read status codes
    /// (the server gave up, the request itself was fine), 200 for application/json clients.
    /// </summary>
    public static int ForTimeout(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK;
}
