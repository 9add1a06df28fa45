namespace PolityGraph.Api.GraphQLHttp;

/// <summary>What the endpoint can answer with (GraphQL over HTTP, "Accept" and "Legacy watershed").</summary>
public enum ResponseMediaType
{
    /// <summary>application/graphql-response+json: status codes tell request errors (400) from executed requests (200).</summary>
    GraphQLResponseJson,

    /// <summary>application/json, for clients from before the GraphQL-over-HTTP spec: 200 for every well-formed request.</summary>
    Json,

    /// <summary>text/html: the GraphiQL page, only for GET.</summary>
    Html,
}

public static class MediaTypeNames
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>The Content-Type header value we send; we always write UTF-8.</summary>
    public static string ContentType(this ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        ResponseMediaType.Json => Json + "; charset=utf-8",
        ResponseMediaType.Html => Html + "; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(mediaType)),
    };
}
