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
    /// <summary>The request parameters as sent: a document, the id of a persisted one, or both (<see cref="PersistedOperations"/> checks them).</summary>
    public sealed record RequestParameters(
        string? Query,
        string? DocumentId,
        string? OperationName,
        IReadOnlyDictionary<string, object?>? Variables,
        IReadOnlyDictionary<string, object?>? Extensions)
    {
        public GraphQLRequest WithDocument(string query) => new(query, OperationName, Variables, Extensions);
    }

    /// <summary>A request's parameters, or the problem that stops it.</summary>
    public readonly record struct Outcome(RequestParameters? Request, HttpProblem? Problem)
    {
        public static implicit operator Outcome(RequestParameters request) => new(request, null);
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

    private static HttpProblem InvalidText(string parameter) => HttpProblem.BadRequest(
        $"The \"{parameter}\" parameter holds a lone UTF-16 surrogate escape (such as \\ud800 without its pair), which is not Unicode text. " +
        "Escape only complete characters (a high surrogate followed by a low one, e.g. \\ud83d\\ude00) or send the text as UTF-8.");

    /// <summary>GET: query (or documentId), operationName, and JSON-encoded variables and extensions in the query string.</summary>
    public Outcome ReadGet(HttpRequest request)
    {
        foreach (var (name, values) in request.Query)
            if (values.Count > 1 && name is "query" or "documentId" or "operationName" or "variables" or "extensions")
                return HttpProblem.BadRequest($"The \"{name}\" parameter is given {values.Count} times; give it once.");

        var operationName = request.Query["operationName"].ToString();
        if (ParseJsonObjectParameter(request.Query["variables"].ToString(), "variables", out var variables) is { } variablesProblem)
            return variablesProblem;
        if (ParseJsonObjectParameter(request.Query["extensions"].ToString(), "extensions", out var extensions) is { } extensionsProblem)
            return extensionsProblem;

        return Complete(request.Query["query"].ToString(), request.Query["documentId"].ToString(),
            operationName.Length == 0 ? null : operationName, variables, extensions,
            "a GET request needs ?query=<GraphQL document> or ?documentId=sha256:<hex>");
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

    private static readonly string[] Parameters = ["query", "documentId", "operationName", "variables", "extensions"];

    private Outcome FromJson(JsonElement root)
    {
        var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (ParameterNamed(property) is { } name) parameters[name] = property.Value;
        }

        if (OptionalString(parameters, "query", "a string holding a GraphQL document", out var query) is { } queryProblem) return queryProblem;
        if (OptionalString(parameters, "documentId", "a string such as \"sha256:<64 hex digits>\"", out var documentId) is { } idProblem) return idProblem;
        if (OptionalString(parameters, "operationName", "a string or null", out var operationName) is { } nameProblem) return nameProblem;
        if (OptionalObject(parameters, "variables", "a JSON object (a map of variable names to values) or null", out var variables) is { } variablesProblem)
            return variablesProblem;
        if (OptionalObject(parameters, "extensions", "a JSON object or null", out var extensions) is { } extensionsProblem)
            return extensionsProblem;
        return Complete(query, documentId, operationName, variables, extensions,
            "the body must be a JSON object such as {\"query\": \"{ __typename }\"} or {\"documentId\": \"sha256:...\"}");
    }

    // Other members are ignored (the spec allows them), even one whose name is no Unicode text (a lone surrogate escape).
    private static string? ParameterNamed(JsonProperty property)
    {
        try
        {
            return Parameters.FirstOrDefault(property.NameEquals);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static HttpProblem? OptionalString(Dictionary<string, JsonElement> parameters, string name, string expected, out string? value)
    {
        value = null;
        if (!parameters.TryGetValue(name, out var element) || element.ValueKind is JsonValueKind.Null) return null;
        if (element.ValueKind is not JsonValueKind.String)
            return HttpProblem.BadRequest($"The \"{name}\" parameter must be {expected}, not {Describe(element.ValueKind)}.");
        try
        {
            value = JsonValues.GetText(element);
            return null;
        }
        catch (InvalidJsonTextException)
        {
            return InvalidText(name);
        }
    }

    private static HttpProblem? OptionalObject(
        Dictionary<string, JsonElement> parameters, string name, string expected, out IReadOnlyDictionary<string, object?>? value)
    {
        value = null;
        if (!parameters.TryGetValue(name, out var element) || element.ValueKind is JsonValueKind.Null) return null;
        if (element.ValueKind is not JsonValueKind.Object)
            return HttpProblem.BadRequest($"The \"{name}\" parameter must be {expected}, not {Describe(element.ValueKind)}.");
        try
        {
            value = JsonValues.ToMap(element);
            return null;
        }
        catch (InvalidJsonTextException)
        {
            return InvalidText(name);
        }
    }

    private static Outcome Complete(string? query, string? documentId, string? operationName,
        IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? extensions, string example)
    {
        if (string.IsNullOrEmpty(query) && string.IsNullOrEmpty(documentId))
            return HttpProblem.BadRequest($"Missing the \"query\" parameter: {example}.");
        return new RequestParameters(string.IsNullOrEmpty(query) ? null : query, string.IsNullOrEmpty(documentId) ? null : documentId,
            operationName, variables, extensions);
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
        catch (InvalidJsonTextException)
        {
            return InvalidText(name);
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
