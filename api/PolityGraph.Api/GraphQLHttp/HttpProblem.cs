using Microsoft.AspNetCore.Http;
using PolityGraph.GraphQL;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// A request refused by the HTTP layer before the engine saw it. It is answered with a GraphQL-shaped body
/// ({"errors":[{"message", "extensions":{"code"}}]}) so every client can show the reason the same way.
/// </summary>
public sealed record HttpProblem(int StatusCode, string Code, string Message)
{
    /// <summary>For 405: the methods that would have worked.</summary>
    public string? Allow { get; init; }

    public static HttpProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    public static HttpProblem PayloadTooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
        $"The request body is larger than the limit of {limit} bytes. Send a smaller document or fewer variables.");

    public static HttpProblem UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, message);

    public static HttpProblem NotAcceptable(string message) => new(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, message);

    public static HttpProblem MethodNotAllowed(string message, string allow) =>
        new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, message) { Allow = allow };
}
