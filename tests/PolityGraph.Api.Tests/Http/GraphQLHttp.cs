using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PolityGraph.Api.Tests.Http;

/// <summary>One HTTP exchange with the endpoint, as the tests look at it.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string? Charset, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public JsonElement Data => Json.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public string FirstErrorMessage => Errors.Count > 0 ? Errors[0].GetProperty("message").GetString()! : "(no errors)";

    public string? FirstErrorCode =>
        Errors.Count > 0 && Errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public override string ToString() => $"{(int)Status} {MediaType}: {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}

public static class GraphQLHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static Task<GraphQLResponse> PostJsonAsync(this HttpClient client, object body, string? accept = GraphQLResponseJson) =>
        client.PostRawAsync(JsonSerializer.Serialize(body), "application/json", accept);

    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendForResponseAsync(request);
    }

    public static async Task<GraphQLResponse> GetGraphQLAsync(this HttpClient client, string pathAndQuery, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendForResponseAsync(request);
    }

    public static async Task<GraphQLResponse> SendForResponseAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentType?.CharSet, response.Headers, response.Content.Headers, body);
    }

    /// <summary>The good query every refusal test sends next: the server must still answer it.</summary>
    public static async Task AssertStillServesAsync(this HttpClient client)
    {
        var response = await client.PostJsonAsync(new { query = "{ hello }" });
        Assert.True(response.Status == HttpStatusCode.OK, $"the server stopped serving: {response}");
        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
    }
}
