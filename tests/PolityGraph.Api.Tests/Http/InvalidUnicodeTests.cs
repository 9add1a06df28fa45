using System.Net;
using System.Text;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// Issue 13's reproducers: a lone UTF-16 surrogate escape is valid JSON but not Unicode text; in any parameter
/// (and in keys) it is a 400 BAD_REQUEST naming the parameter, as is invalid UTF-8, never a 500 with an empty body.
/// </summary>
public sealed class InvalidUnicodeTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    [Theory]
    [InlineData("""{"query":"{ __typename }","operationName":"\ud800"}""", "operationName")]
    [InlineData("""{"query":"{ __typename }\udc00"}""", "query")]
    [InlineData("""{"query":"query($v: String) { hello(name: $v) }","variables":{"v":"a\ud800b"}}""", "variables")]
    [InlineData("""{"query":"query($v: [String]) { __typename }","variables":{"v":["\udfff\ud800"]}}""", "variables")]
    [InlineData("""{"query":"{ __typename }","variables":{"\ud83d":1}}""", "variables")]
    [InlineData("""{"query":"{ __typename }","extensions":{"trace":"\udbff"}}""", "extensions")]
    [InlineData("""{"documentId":"sha256:\ud800"}""", "documentId")]
    public async Task A_lone_surrogate_escape_is_BAD_REQUEST_naming_the_parameter(string body, string parameter)
    {
        var response = await fixture.Client.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.Contains($"\"{parameter}\" parameter holds a lone UTF-16 surrogate", response.FirstErrorMessage);
        await fixture.Client.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_surrogate_pair_escape_is_text_and_runs()
    {
        var response = await fixture.Client.PostRawAsync("""{"query":"query($v: String) { hello(name: $v) }","variables":{"v":"\ud83d\ude00"}}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, 😀!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task An_unknown_member_with_a_lone_surrogate_in_its_name_is_ignored_like_any_unknown_member()
    {
        var response = await fixture.Client.PostRawAsync("""{"\ud800":1,"query":"{ hello }"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded as UTF-8
    [InlineData(new byte[] { 0xC0, 0xAF })]       // overlong
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xE2, 0x82 })]       // truncated
    public async Task Invalid_UTF8_in_the_body_is_BAD_REQUEST(byte[] bad)
    {
        byte[] body = [.. "{\"query\":\"{ hello(name: \\\""u8, .. bad, .. "\\\") }\"}"u8];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var response = await fixture.Client.SendForResponseAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("variables", "%7B%22v%22%3A%22%5Cud800%22%7D")] // {"v":"\ud800"}
    [InlineData("extensions", "%7B%22%5Cudc00%22%3A1%7D")]     // {"\udc00":1}
    public async Task A_lone_surrogate_escape_in_a_GET_parameter_is_BAD_REQUEST(string parameter, string encoded)
    {
        var response = await fixture.Client.GetGraphQLAsync($"/graphql?query=%7B%20hello%20%7D&{parameter}={encoded}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains($"\"{parameter}\" parameter holds a lone UTF-16 surrogate", response.FirstErrorMessage);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_GraphQL_string_escape_is_a_located_syntax_error()
    {
        var response = await fixture.Client.PostRawAsync("""{"query":"{ hello(name: \"\\ud800\") }"}""", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Invalid Unicode escape sequence", response.FirstErrorMessage);
        Assert.Equal(Encoding.UTF8.GetByteCount(response.Body), Encoding.UTF8.GetBytes(response.Body).Length);
    }
}
