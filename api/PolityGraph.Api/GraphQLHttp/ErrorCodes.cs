namespace PolityGraph.Api.GraphQLHttp;

/// <summary>Values of extensions.code on errors the HTTP layer produces, so clients can branch on them.</summary>
public static class ErrorCodes
{
    public const string Timeout = "TIMEOUT";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
