namespace PolityGraph.Api.Tests.Schema;

/// <summary>Query.node, nodes, person, body, position, resolution, event, source: lookups by id (and code).</summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class LookupTests(HandMadeGraph graph)
{
    [Theory]
    [InlineData("person", "person:dinh-tien-dung", "name", "Đinh Tiến Dũng")]
    [InlineData("body", "body:hanoi-party-committee", "nameEn", "Hanoi Party Committee")]
    [InlineData("position", "position:secretary-hanoi-party-committee", "titleEn", "Secretary of the Hanoi Party Committee")]
    [InlineData("resolution", "resolution:28-nq-tw-2022", "code", "28-NQ/TƯ")]
    [InlineData("event", "event:2023-01-11-hanoi-party-committee-plenum-11", "kind", "PLENUM")]
    [InlineData("source", "source:article-two", "publisher", "Kinhtedothi")]
    public async Task A_lookup_by_id_returns_the_entity(string field, string id, string property, string expected)
    {
        var data = (await graph.QueryAsync($"query($id: ID!) {{ x: {field}(id: $id) {{ id {property} }} }}", new { id })).Ok();
        Assert.Equal(id, (string)data["x"]!["id"]!);
        Assert.Equal(expected, (string)data["x"]![property]!);
    }

    [Theory]
    [InlineData("person", "person:nobody")]
    [InlineData("person", "body:hanoi-party-committee")] // an id of another type is not a person
    [InlineData("body", "not-an-id")]
    [InlineData("event", "event:")]
    public async Task An_unknown_id_is_null_not_an_error(string field, string id)
    {
        var response = await graph.QueryAsync($"query($id: ID!) {{ x: {field}(id: $id) {{ id }} }}", new { id });
        JsonAssert.Equal("""{"x": null}""", response.Ok());
    }

    [Theory]
    [InlineData("person:dinh-tien-dung", """{"node": {"__typename": "Person", "id": "person:dinh-tien-dung", "name": "Đinh Tiến Dũng"}}""")]
    [InlineData("body:central-committee", """{"node": {"__typename": "Body", "id": "body:central-committee", "abbreviation": "BCHTW"}}""")]
    [InlineData("source:article-one", """{"node": {"__typename": "Source", "id": "source:article-one"}}""")]
    [InlineData("person:nobody", """{"node": null}""")]
    [InlineData("planet:earth", """{"node": null}""")]
    public async Task Node_finds_any_entity_by_its_type_prefixed_id(string id, string expected)
    {
        var response = await graph.QueryAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Person { name } ... on Body { abbreviation } } }", new { id });
        JsonAssert.Equal(expected, response.Ok());
    }

    [Fact]
    public async Task Nodes_keeps_the_order_of_the_ids_with_null_for_each_unknown_one()
    {
        var response = await graph.QueryAsync("""
            { nodes(ids: ["event:2023-04-12-working-group-1-hanoi", "person:nobody", "body:hanoi-party-committee", "x:y", "person:vuong-dinh-hue"]) {
                __typename id ... on Event { date } ... on Body { kind } ... on Person { aliases } } }
            """);
        JsonAssert.Equal("""
            {"nodes": [
              {"__typename": "Event", "id": "event:2023-04-12-working-group-1-hanoi", "date": "2023-04-12"},
              null,
              {"__typename": "Body", "id": "body:hanoi-party-committee", "kind": "PARTY_COMMITTEE"},
              null,
              {"__typename": "Person", "id": "person:vuong-dinh-hue", "aliases": ["Huệ"]}]}
            """, response.Ok());
        Assert.Single(response.Statements);
    }

    [Theory]
    [InlineData("28-NQ/TW", "resolution:28-nq-tw-2022")] // stored as 28-NQ/TƯ, the articles' spelling
    [InlineData("28-nq/tư", "resolution:28-nq-tw-2022")]
    [InlineData(" 28-NQ/TW", "resolution:28-nq-tw-2022")]
    [InlineData("99-NQ/TW", null)]
    public async Task Resolution_by_code_ignores_case_spaces_and_the_TU_TW_spelling(string code, string? expectedId)
    {
        var data = (await graph.QueryAsync("query($code: String) { resolution(code: $code) { id } }", new { code })).Ok();
        Assert.Equal(expectedId, (string?)data["resolution"]?["id"]);
    }

    [Fact]
    public async Task Resolution_by_a_code_two_resolutions_share_is_an_error_listing_both_ids()
    {
        var response = await graph.QueryAsync("""{ resolution(code: "15-NQ/TW") { id } }""");
        var error = Assert.Single(response.Result.Errors);
        Assert.Contains("resolution:15-nq-tw-2007", error.Message);
        Assert.Contains("resolution:hanoi-15-2017", error.Message);
        Assert.Equal("AMBIGUOUS", error.Extensions!["code"]);
        JsonAssert.Equal("""{"resolution": null}""", response.Data);
    }

    [Fact]
    public async Task Resolution_by_id_and_code_must_agree()
    {
        var both = (await graph.QueryAsync("""{ a: resolution(id: "resolution:15-nq-tw-2007", code: "15-NQ/TW") { id } b: resolution(id: "resolution:28-nq-tw-2022", code: "15-NQ/TW") { id } }""")).Ok();
        JsonAssert.Equal("""{"a": {"id": "resolution:15-nq-tw-2007"}, "b": null}""", both);
    }

    [Fact]
    public async Task Resolution_without_id_or_code_is_a_clear_error()
    {
        var response = await graph.QueryAsync("{ resolution { id } }");
        var error = Assert.Single(response.Result.Errors);
        Assert.Contains("needs one of: id, code", error.Message);
        Assert.Empty(response.Statements);
    }
}
