using System.Text.Json.Nodes;
using PolityGraph.Neo4j;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// Relay connections: people are ordered by their folded name (searchKey) then id, so the four people read
/// Đinh Tiến Dũng, Hoàng Trung Hải, Nguyễn Thị Tuyến, Vương Đình Huệ.
/// </summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class ConnectionTests(HandMadeGraph graph)
{
    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } nodes { id }";

    private async Task<JsonNode> People(string arguments) =>
        (await graph.QueryAsync($"{{ people{arguments} {{ {Page} }} }}")).Ok()["people"]!;

    private static string Names(JsonNode connection) => string.Join(",", connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!));

    [Fact]
    public async Task Forward_pages_walk_the_whole_list_once()
    {
        var first = await People("(first: 2)");
        Assert.Equal("Đinh Tiến Dũng,Hoàng Trung Hải", Names(first));
        Assert.Equal(4, (int)first["totalCount"]!);
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)first["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal((string)first["edges"]![0]!["cursor"]!, (string)first["pageInfo"]!["startCursor"]!);
        Assert.Equal((string)first["edges"]![1]!["cursor"]!, (string)first["pageInfo"]!["endCursor"]!);
        Assert.Equal(["person:dinh-tien-dung", "person:hoang-trung-hai"], first["nodes"]!.AsArray().Select(n => (string)n!["id"]!));

        var second = await People($"(first: 2, after: \"{first["pageInfo"]!["endCursor"]}\")");
        Assert.Equal("Nguyễn Thị Tuyến,Vương Đình Huệ", Names(second));
        Assert.False((bool)second["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(4, (int)second["totalCount"]!);
    }

    [Fact]
    public async Task Backward_pages_come_in_list_order()
    {
        var last = await People("(last: 3)");
        Assert.Equal("Hoàng Trung Hải,Nguyễn Thị Tuyến,Vương Đình Huệ", Names(last));
        Assert.True((bool)last["pageInfo"]!["hasPreviousPage"]!);
        Assert.False((bool)last["pageInfo"]!["hasNextPage"]!);

        var before = await People($"(last: 5, before: \"{last["pageInfo"]!["startCursor"]}\")");
        Assert.Equal("Đinh Tiến Dũng", Names(before));
        Assert.False((bool)before["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)before["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task After_and_before_together_bound_a_window()
    {
        var all = await People("");
        var cursors = all["edges"]!.AsArray().Select(e => (string)e!["cursor"]!).ToList();
        var window = await People($"(after: \"{cursors[0]}\", before: \"{cursors[3]}\")");
        Assert.Equal("Hoàng Trung Hải,Nguyễn Thị Tuyến", Names(window));
        Assert.True((bool)window["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)window["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Cursors_are_short_whatever_the_order()
    {
        foreach (var order in new[] { "", "(order: [{ name: DESC }])", "(order: [{ tenuresCount: DESC }, { name: ASC }])" })
            foreach (var edge in (await People(order))["edges"]!.AsArray())
                Assert.InRange(((string)edge!["cursor"]!).Length, 8, 20);
    }

    [Fact]
    public async Task A_cursor_keeps_its_place_when_items_come_and_go_before_it_and_is_refused_once_its_item_is_gone()
    {
        await using var driver = new Neo4jHttpDriver(graph.Instance.Options);
        await driver.RunAsync("CREATE (:Person {id: 'person:zz-passing', name: 'Zz Passing', aliases: [], searchKey: 'zz passing'})");
        try
        {
            var all = await People("");
            var hai = (string)all["edges"]![1]!["cursor"]!; // Hoàng Trung Hải
            var passing = (string)all["edges"]![4]!["cursor"]!;
            await driver.RunAsync("CREATE (:Person {id: 'person:aa-newcomer', name: 'Aa Newcomer', aliases: [], searchKey: 'aa newcomer'})");
            Assert.Equal("Nguyễn Thị Tuyến,Vương Đình Huệ,Zz Passing", Names(await People($"(after: \"{hai}\")")));

            await driver.RunAsync("MATCH (p:Person {id: 'person:zz-passing'}) DETACH DELETE p");
            var response = await graph.QueryAsync($"{{ people(last: 2, before: \"{passing}\") {{ totalCount nodes {{ id }} }} }}");
            var error = Assert.Single(response.Result.Errors);
            Assert.Equal("BAD_CURSOR", error.Extensions!["code"]);
            Assert.Contains("before: the PersonConnection item this cursor points at is no longer in the graph", error.Message);
            Assert.Single(response.Statements);
        }
        finally
        {
            await driver.RunAsync("MATCH (p:Person) WHERE p.id IN ['person:zz-passing', 'person:aa-newcomer'] DETACH DELETE p");
        }
    }

    [Fact]
    public async Task First_zero_gives_an_empty_page_that_still_counts()
    {
        var empty = await People("(first: 0)");
        Assert.Equal(4, (int)empty["totalCount"]!);
        Assert.Empty(empty["edges"]!.AsArray());
        Assert.True((bool)empty["pageInfo"]!["hasNextPage"]!);
        Assert.Null(empty["pageInfo"]!["startCursor"]);
    }

    [Theory]
    [InlineData("dinh tien dung", "Đinh Tiến Dũng")]
    [InlineData("ĐINH", "Đinh Tiến Dũng,Vương Đình Huệ")] // case and diacritics ignored, anywhere in the name
    [InlineData("Huệ", "Vương Đình Huệ")] // aliases count too
    [InlineData("nobody", "")]
    public async Task People_search_ignores_case_and_diacritics(string search, string expected)
    {
        var data = (await graph.QueryAsync("query($s: String) { people(search: $s) { totalCount edges { node { name } } } }", new { s = search })).Ok();
        Assert.Equal(expected, Names(data["people"]!));
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Length, (int)data["people"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("bodies", "hanoi party", "body:hanoi-party-committee,body:hanoi-standing-committee")] // English name
    [InlineData("bodies", "bchtw", "body:central-committee")] // abbreviation
    [InlineData("bodies", "thành ủy hà nội", "body:hanoi-party-committee,body:hanoi-standing-committee")]
    [InlineData("positions", "standing deputy", "position:standing-deputy-secretary-hanoi-party-committee")]
    [InlineData("positions", "bi thu", "position:secretary-hanoi-party-committee,position:standing-deputy-secretary-hanoi-party-committee")]
    [InlineData("events", "hoi nghi", "event:2023-01-11-hanoi-party-committee-plenum-11")]
    [InlineData("resolutions", "28-nq", "resolution:28-nq-tw-2022")]
    public async Task Search_covers_every_searchable_connection(string field, string search, string expectedIds)
    {
        var data = (await graph.QueryAsync($"query($s: String) {{ {field}(search: $s) {{ nodes {{ id }} }} }}", new { s = search })).Ok();
        Assert.Equal(expectedIds, string.Join(",", data[field]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Sources_are_ordered_by_publication_date()
    {
        var data = (await graph.QueryAsync("{ sources { totalCount nodes { id } edges { node { publishedOn } } } }")).Ok();
        JsonAssert.Equal("""
            {"sources": {"totalCount": 3, "nodes": [{"id": "source:article-two"}, {"id": "source:article-three"}, {"id": "source:article-one"}],
              "edges": [{"node": {"publishedOn": "2018-01-18"}}, {"node": {"publishedOn": "2020-08-05"}}, {"node": {"publishedOn": "2023-04-12"}}]}}
            """, data);
    }

    [Theory]
    [InlineData("(first: -1)", "first must not be negative")]
    [InlineData("(last: -3)", "last must not be negative")]
    [InlineData("(first: 1001)", "first must be at most 1000")]
    [InlineData("(first: 1, last: 1)", "not both")]
    [InlineData("(after: \"garbage\")", "is not a cursor of PersonConnection")]
    [InlineData("(before: \"WyJ4Il0\")", "is not a cursor of PersonConnection")]
    public async Task Bad_paging_arguments_are_clear_errors(string arguments, string message)
    {
        var response = await graph.QueryAsync($"{{ people{arguments} {{ totalCount }} }}");
        var error = Assert.Single(response.Result.Errors);
        Assert.Contains(message, error.Message);
        Assert.Empty(response.Statements);
    }

    [Fact]
    public async Task A_cursor_from_another_connection_is_refused()
    {
        var bodies = (await graph.QueryAsync("{ bodies(first: 1) { pageInfo { endCursor } } }")).Ok();
        var response = await graph.QueryAsync($"{{ people(after: \"{bodies["bodies"]!["pageInfo"]!["endCursor"]}\") {{ totalCount }} }}");
        Assert.Contains("is not a cursor of PersonConnection", Assert.Single(response.Result.Errors).Message);
        Assert.Equal("BAD_CURSOR", response.Result.Errors[0].Extensions!["code"]);
    }
}
