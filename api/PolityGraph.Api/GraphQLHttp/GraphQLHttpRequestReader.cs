using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Reads the GraphQL request parameters (GraphQL over HTTP, "Request Parameters") from a POST body or a GET
/// query string, or says precisely what is wrong with them.
/// </summary>
public sealed class GraphQLHttpRequestReader(GraphQLEndpointOptions options)
{
    /// <summary>A request's parameters, or the problem that stops it.</summary>
    public readonly record struct Outcome(GraphQLRequest? Request, HttpProblem? Problem)
    {
        public static implicit operator Outcome(GraphQLRequest request) => new(request, null);
        public static implicit operator Outcome(HttpProblem problem) => new(null, problem);
    }

    /// <summary>POST: an application/json body (UTF-8), streamed through the JSON parser with a size limit.</summary>
    public async Task<Outcome> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (CheckContentType(request.ContentType) is { } contentTypeProblem) return contentTypeProblem;
        // A compressed body would reach the JSON parser as binary and fail with a misleading message.
        var encoding = request.Headers.ContentEncoding.ToString();
        if (encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
            return HttpProblem.UnsupportedMediaType($"The Content-Encoding '{encoding}' is not supported; send the JSON body uncompressed.");

        var limit = options.MaxRequestBodyBytes;
        if (request.ContentLength > limit) return HttpProblem.PayloadTooLarge(limit);
        if (request.ContentLength == 0)
            return HttpProblem.BadRequest("The request body is empty. Send a JSON object such as {\"query\": \"{ __typename }\"}.");

        JsonDocument document;
        try
        {
            var body = new LengthLimitedStream(request.Body, limit);
            document = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth }, cancellationToken);
        }
        catch (RequestBodyTooLargeException)
        {
            return HttpProblem.PayloadTooLarge(limit);
        }
        catch (JsonException exception)
        {
            return HttpProblem.BadRequest($"The request body could not be parsed as JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return HttpProblem.BadRequest($"The request body must be a JSON object with a \"query\" string, not {Describe(root.ValueKind)}.");
            return FromJson(root);
        }
    }

    /// <summary>GET: query, operationName, and JSON-encoded variables and extensions in the query string.</summary>
    public Outcome ReadGet(HttpRequest request)
    {
        foreach (var (name, values) in request.Query)
            if (values.Count > 1 && name is "query" or "operationName" or "variables" or "extensions")
                return HttpProblem.BadRequest($"The \"{name}\" parameter is given {values.Count} times; give it once.");

        var query = request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query))
            return HttpProblem.BadRequest("Missing the \"query\" parameter: a GET request needs ?query=<GraphQL document>.");

        var operationName = request.Query["operationName"].ToString();
        if (ParseJsonObjectParameter(request.Query["variables"].ToString(), "variables", out var variables) is { } variablesProblem)
            return variablesProblem;
        if (ParseJsonObjectParameter(request.Query["extensions"].ToString(), "extensions", out var extensions) is { } extensionsProblem)
            return extensionsProblem;

        return new GraphQLRequest(query, operationName.Length == 0 ? null : operationName, variables, extensions);
    }

    private static HttpProblem? CheckContentType(string? contentType)
    {
        const string expected = "Send the request as application/json (UTF-8), e.g. Content-Type: application/json.";
        if (string.IsNullOrWhiteSpace(contentType))
            return HttpProblem.UnsupportedMediaType($"The request has no Content-Type. {expected}");
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
            return HttpProblem.UnsupportedMediaType($"The Content-Type '{contentType}' cannot be parsed. {expected}");
        if (!mediaType.MediaType.Equals(MediaTypeNames.Json, StringComparison.OrdinalIgnoreCase))
            return HttpProblem.UnsupportedMediaType($"The Content-Type '{mediaType.MediaType}' is not supported. {expected}");
        var charset = mediaType.Charset.Value;
        if (!string.IsNullOrEmpty(charset) && !AcceptNegotiation.IsUtf8(charset))
            return HttpProblem.UnsupportedMediaType($"The charset '{charset}' is not supported; JSON requests must be UTF-8.");
        return null;
    }

    private Outcome FromJson(JsonElement root)
    {
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;

        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind is JsonValueKind.Null) break;
                    if (value.ValueKind is not JsonValueKind.String)
                        return HttpProblem.BadRequest($"The \"query\" parameter must be a string holding a GraphQL document, not {Describe(value.ValueKind)}.");
                    query = value.GetString();
                    break;
                case "operationName":
                    if (value.ValueKind is JsonValueKind.Null) break;
                    if (value.ValueKind is not JsonValueKind.String)
                        return HttpProblem.BadRequest($"The \"operationName\" parameter must be a string or null, not {Describe(value.ValueKind)}.");
                    operationName = value.GetString();
                    break;
                case "variables":
                    if (value.ValueKind is JsonValueKind.Null) break;
                    if (value.ValueKind is not JsonValueKind.Object)
                        return HttpProblem.BadRequest($"The \"variables\" parameter must be a JSON object (a map of variable names to values) or null, not {Describe(value.ValueKind)}.");
                    variables = JsonValues.ToMap(value);
                    break;
                case "extensions":
                    if (value.ValueKind is JsonValueKind.Null) break;
                    if (value.ValueKind is not JsonValueKind.Object)
                        return HttpProblem.BadRequest($"The \"extensions\" parameter must be a JSON object or null, not {Describe(value.ValueKind)}.");
                    extensions = JsonValues.ToMap(value);
                    break;
            }
        }

        if (string.IsNullOrEmpty(query))
            return HttpProblem.BadRequest("Missing the \"query\" parameter: the body must be a JSON object such as {\"query\": \"{ __typename }\"}.");
        return new GraphQLRequest(query, operationName, variables, extensions);
    }

    private HttpProblem? ParseJsonObjectParameter(string text, string name, out IReadOnlyDictionary<string, object?>? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Null) return null;
            if (root.ValueKind != JsonValueKind.Object)
                return HttpProblem.BadRequest($"The \"{name}\" parameter must be a JSON object, not {Describe(root.ValueKind)}.");
            value = JsonValues.ToMap(root);
            return null;
        }
        catch (JsonException exception)
        {
            return HttpProblem.BadRequest($"The \"{name}\" parameter is not valid JSON: {exception.Message}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
