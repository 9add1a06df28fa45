using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// Every kind of bad request, over real HTTP: each gets a clear GraphQL-shaped error with the right status,
/// and the server answers a good query right after it.
/// </summary>
public sealed class RefusedRequestTests(HttpServerFixture fixture, ITestOutputHelper output) : IClassFixture<HttpServerFixture>
{
    private const string Json = "application/json";
    private const string Hello = """{"query":"{ hello }"}""";

    public sealed record Case(Func<HttpClient, Task<GraphQLResponse>> Send, HttpStatusCode Status, string? Code, string MessagePart, bool Located = false);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["malformed JSON"] = new(c => c.PostRawAsync("""{"query": "{ hello }" """, Json), HttpStatusCode.BadRequest, "BAD_REQUEST", "could not be parsed as JSON"),
        ["body is a JSON array"] = new(c => c.PostRawAsync($"[{Hello}]", Json), HttpStatusCode.BadRequest, "BAD_REQUEST", "must be a JSON object"),
        ["empty body"] = new(c => c.PostRawAsync("", Json), HttpStatusCode.BadRequest, "BAD_REQUEST", "body is empty"),
        ["JSON nested deeper than the limit"] = new(c => c.PostRawAsync(
            """{"query":"{ hello }","variables":{"v":""" + new string('[', 100) + new string(']', 100) + "}}", Json),
            HttpStatusCode.BadRequest, "BAD_REQUEST", "depth"),
        ["wrong content type"] = new(c => c.PostRawAsync(Hello, "text/plain"), HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "text/plain"),
        ["no content type"] = new(c => c.PostRawAsync(Hello, null), HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "no Content-Type"),
        ["charset other than UTF-8"] = new(c => c.PostRawAsync(Hello, "application/json; charset=iso-8859-1"), HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "iso-8859-1"),
        ["compressed body"] = new(SendGzippedAsync, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Content-Encoding 'gzip'"),
        ["missing query"] = new(c => c.PostJsonAsync(new { variables = new { } }), HttpStatusCode.BadRequest, "BAD_REQUEST", "Missing the \"query\" parameter"),
        ["query is a number"] = new(c => c.PostJsonAsync(new { query = 42 }), HttpStatusCode.BadRequest, "BAD_REQUEST", "\"query\" parameter must be a string"),
        ["variables is a string"] = new(c => c.PostJsonAsync(new { query = "{ hello }", variables = "{}" }), HttpStatusCode.BadRequest, "BAD_REQUEST", "\"variables\" parameter must be a JSON object"),
        ["operationName is a number"] = new(c => c.PostJsonAsync(new { query = "{ hello }", operationName = 1 }), HttpStatusCode.BadRequest, "BAD_REQUEST", "\"operationName\" parameter must be a string"),
        ["unknown operationName"] = new(c => c.PostJsonAsync(new { query = "query A { hello }", operationName = "B" }), HttpStatusCode.BadRequest, null, "\"B\""),
        ["several operations, no operationName"] = new(c => c.PostJsonAsync(new { query = "query A { hello } query B { hello }" }), HttpStatusCode.BadRequest, null, "operation name"),
        ["syntax error"] = new(c => c.PostJsonAsync(new { query = "{ hello" }), HttpStatusCode.BadRequest, null, "Syntax Error", Located: true),
        ["unknown field"] = new(c => c.PostJsonAsync(new { query = "{ goodbye }" }), HttpStatusCode.BadRequest, null, "Cannot query field \"goodbye\"", Located: true),
        ["oversized body with Content-Length"] = new(c => c.PostJsonAsync(new { query = "{ hello }", variables = new { padding = new string('x', 300 * 1024) } }),
            HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE", "262144 bytes"),
        ["oversized chunked body"] = new(SendChunkedAsync, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE", "262144 bytes"),
        ["huge list variable: 1,000,000 items"] = new(c => c.PostJsonAsync(new
            {
                query = "query Sum($values: [Int!]!) { sum(values: $values) }",
                variables = new { values = Enumerable.Repeat(1, 1_000_000) },
            }), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE", "limit"),
        ["over-deep query"] = new(c => c.PostJsonAsync(new { query = Nested(depth: 20) }), HttpStatusCode.BadRequest, null, "depth", Located: true),
        ["over-complex query"] = new(c => c.PostJsonAsync(new { query = "{ people(first: 100) { friends(first: 100) { friends(first: 100) { name } } } }" }),
            HttpStatusCode.BadRequest, "COMPLEXITY_LIMIT_EXCEEDED", "complexity", Located: true),
        ["more tokens than the parser allows"] = new(c => c.PostJsonAsync(new { query = "{ " + string.Concat(Enumerable.Repeat("a ", 25_000)) + "}" }),
            HttpStatusCode.BadRequest, null, "token"),
        ["variable of the wrong type"] = new(c => c.PostJsonAsync(new
            {
                query = "query Sum($values: [Int!]!) { sum(values: $values) }",
                variables = new { values = new object[] { 1, "two" } },
            }), HttpStatusCode.BadRequest, null, "$values", Located: true),
        ["missing required variable"] = new(c => c.PostJsonAsync(new { query = "query Sum($values: [Int!]!) { sum(values: $values) }" }),
            HttpStatusCode.BadRequest, null, "$values", Located: true),
        ["mutation over GET"] = new(c => c.GetGraphQLAsync("/graphql?query=" + Uri.EscapeDataString("mutation { rename(name: \"x\") }")),
            HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", "POST"),
        ["PUT"] = new(c => c.SendForResponseAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent(Hello, Encoding.UTF8, Json) }),
            HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", "GET and POST"),
        ["Accept names nothing we produce"] = new(c => c.PostRawAsync(Hello, Json, accept: "text/csv"), HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE", "text/csv"),
        ["Accept asks for a charset other than UTF-8"] = new(c => c.PostRawAsync(Hello, Json, accept: "application/json; charset=iso-8859-1"),
            HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE", "iso-8859-1"),
        ["GET without a query"] = new(c => c.GetGraphQLAsync("/graphql"), HttpStatusCode.BadRequest, "BAD_REQUEST", "Missing the \"query\" parameter"),
        ["GET with variables that are not JSON"] = new(c => c.GetGraphQLAsync("/graphql?query=%7Bhello%7D&variables=%7Bnope"), HttpStatusCode.BadRequest, "BAD_REQUEST", "\"variables\" parameter is not valid JSON"),
        ["GET with the query given twice"] = new(c => c.GetGraphQLAsync("/graphql?query=%7Bhello%7D&query=%7Bhello%7D"), HttpStatusCode.BadRequest, "BAD_REQUEST", "given 2 times"),
        ["execution timeout"] = new(c => c.PostJsonAsync(new { query = "{ slow(milliseconds: 20000) }" }), HttpStatusCode.GatewayTimeout, "TIMEOUT", "execution timeout of 1 s"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_request_gets_a_clear_error_and_the_server_keeps_serving(string name)
    {
        var expected = Cases[name];

        var response = await expected.Send(fixture.Client);
        output.WriteLine(response.ToString());

        Assert.True(expected.Status == response.Status, $"expected {(int)expected.Status}, got {response}");
        Assert.False(response.HasData, $"a refused request has no data entry: {response}");
        // The HTTP layer gives exactly one error; the engine may find more (an over-deep query is also over-complex).
        var error = response.Errors.FirstOrDefault(e => e.GetProperty("message").GetString()!.Contains(expected.MessagePart, StringComparison.OrdinalIgnoreCase));
        Assert.True(error.ValueKind == JsonValueKind.Object, $"no error mentions '{expected.MessagePart}': {response}");
        if (expected.Code is not null)
        {
            Assert.Single(response.Errors);
            Assert.Equal(expected.Code, response.FirstErrorCode);
        }
        if (expected.Located) Assert.True(error.TryGetProperty("locations", out _), $"the error has no locations: {response}");
        if (expected.Status == HttpStatusCode.MethodNotAllowed) Assert.NotEmpty(response.ContentHeaders.Allow);
        Assert.Equal("utf-8", response.Charset);

        await fixture.Client.AssertStillServesAsync();
    }

    [Fact]
    public async Task Mutation_over_GET_names_POST_in_the_Allow_header()
    {
        var response = await fixture.Client.GetGraphQLAsync("/graphql?query=" + Uri.EscapeDataString("mutation { rename(name: \"x\") }"));

        Assert.Equal(["POST"], response.ContentHeaders.Allow);
    }

    [Fact]
    public async Task The_same_mutation_over_POST_runs()
    {
        var response = await fixture.Client.PostJsonAsync(new { query = "mutation { rename(name: \"x\") }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("x", response.Data.GetProperty("rename").GetString());
    }

    // people { friends { friends { ... { name } } } }, `depth` selection sets deep.
    private static string Nested(int depth) =>
        "{ people " + string.Concat(Enumerable.Repeat("{ friends ", depth - 2)) + "{ name }" + new string('}', depth - 2) + " }";

    private static async Task<GraphQLResponse> SendGzippedAsync(HttpClient client)
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(Hello));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(compressed.ToArray()) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", Json);
        request.Content.Headers.ContentEncoding.Add("gzip");
        return await client.SendForResponseAsync(request);
    }

    private static async Task<GraphQLResponse> SendChunkedAsync(HttpClient client)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = "{ hello }", variables = new { padding = new string('x', 300 * 1024) } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", Json);
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Accept", GraphQLHttp.GraphQLResponseJson);
        return await client.SendForResponseAsync(request);
    }
}
