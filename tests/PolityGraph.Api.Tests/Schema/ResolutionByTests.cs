namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// resolution(by: ResolutionBy), a @oneOf input beside id: and code:, on the hand-made graph: it stands for the
/// argument of the same name (one statement, as before); validation and coercion enforce exactly one key.
/// </summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class ResolutionByTests(HandMadeGraph graph)
{
    [Theory]
    [InlineData("""{ resolution(by: { code: "28-NQ/TW" }) { id } }""", "resolution:28-nq-tw-2022")]
    [InlineData("""{ resolution(by: { id: "resolution:15-nq-tw-2007" }) { id } }""", "resolution:15-nq-tw-2007")]
    [InlineData("""{ resolution(by: { code: "99-NQ/TW" }) { id } }""", null)]
    [InlineData("""{ resolution(by: { code: "15-NQ/TW" }, id: "resolution:15-nq-tw-2007") { id } }""", "resolution:15-nq-tw-2007")]
    public async Task By_finds_what_the_argument_of_the_same_name_finds_in_one_statement(string query, string? expectedId)
    {
        var response = await graph.QueryAsync(query);
        var data = response.Ok();
        Assert.Equal(expectedId, (string?)data["resolution"]?["id"]);
        Assert.Single(response.Statements);
    }

    [Fact]
    public async Task By_takes_a_variable()
    {
        var data = (await graph.QueryAsync("query($by: ResolutionBy!) { resolution(by: $by) { id } }", new { by = new { code = "28-nq/tư" } })).Ok();
        Assert.Equal("resolution:28-nq-tw-2022", (string?)data["resolution"]?["id"]);
    }

    [Theory]
    [InlineData("""{ resolution(by: { id: "resolution:15-nq-tw-2007", code: "15-NQ/TW" }) { id } }""", "OneOf Input Object \"ResolutionBy\" must specify exactly one key.")]
    [InlineData("""{ resolution(by: {}) { id } }""", "OneOf Input Object \"ResolutionBy\" must specify exactly one key.")]
    [InlineData("""{ resolution(by: { code: null }) { id } }""", "Field \"ResolutionBy.code\" must be non-null.")]
    public async Task Not_exactly_one_key_is_a_validation_error_before_any_Cypher(string query, string message)
    {
        var response = await graph.QueryAsync(query);
        Assert.True(response.Result.IsRequestError);
        Assert.Equal(message, Assert.Single(response.Result.Errors).Message);
        Assert.Empty(response.Statements);
    }

    [Fact]
    public async Task A_variable_with_two_keys_is_a_request_error()
    {
        var response = await graph.QueryAsync("query($by: ResolutionBy) { resolution(by: $by) { id } }", new { by = new { id = "resolution:15-nq-tw-2007", code = "15-NQ/TW" } });
        Assert.True(response.Result.IsRequestError);
        Assert.Contains("Exactly one key must be specified for OneOf type \"ResolutionBy\"", Assert.Single(response.Result.Errors).Message);
    }

    [Fact]
    public async Task By_and_the_argument_it_stands_for_together_are_a_clear_error()
    {
        var response = await graph.QueryAsync("""{ resolution(by: { code: "28-NQ/TW" }, code: "15-NQ/TW") { id } }""");
        var error = Assert.Single(response.Result.Errors);
        Assert.Equal("BAD_USER_INPUT", error.Extensions!["code"]);
        Assert.Contains("not both", error.Message);
        Assert.Empty(response.Statements);
    }

    [Fact]
    public async Task Introspection_shows_ResolutionBy_as_oneOf()
    {
        var data = (await graph.QueryAsync("""{ __type(name: "ResolutionBy") { isOneOf inputFields { name } } }""")).Ok();
        JsonAssert.Equal("""{"__type": {"isOneOf": true, "inputFields": [{"name": "id"}, {"name": "code"}]}}""", data);
    }
}
