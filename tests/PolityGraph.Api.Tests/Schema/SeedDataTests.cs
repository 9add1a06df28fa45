namespace PolityGraph.Api.Tests.Schema;

/// <summary>Analyst questions answered from the real seed data: what the five articles say.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class SeedDataTests(SeedGraph graph)
{
    [Fact]
    public async Task Dinh_Tien_Dung_is_Secretary_of_the_Hanoi_Party_Committee_per_the_first_article()
    {
        var data = (await graph.QueryAsync("""
            { officeholders(position: "position:secretary-hanoi-party-committee", on: "2022-04-12") {
                person { name } attestedOn evidence { quote source { id } } } }
            """)).Ok();
        var tenure = Assert.Single(data["officeholders"]!.AsArray())!;
        Assert.Equal("Đinh Tiến Dũng", (string)tenure["person"]!["name"]!);
        Assert.Contains(tenure["evidence"]!.AsArray(), e =>
            (string)e!["source"]!["id"]! == "source:hanoi-working-session-central-6" && ((string)e["quote"]!).Contains("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng"));
    }

    [Fact]
    public async Task The_query_GraphiQL_opens_with_answers_from_the_seed_data()
    {
        var data = (await graph.QueryAsync(PolityGraph.Schema.ExampleQueries.WhoHeldThePost)).Ok();
        var tenure = Assert.Single(data["officeholders"]!.AsArray())!;
        Assert.Equal("Đinh Tiến Dũng", (string)tenure["person"]!["name"]!);
        Assert.Equal("Secretary of the Hanoi Party Committee", (string)tenure["position"]!["titleEn"]!);
        Assert.NotEmpty(tenure["evidence"]!.AsArray());
    }

    [Fact]
    public async Task The_Hanoi_secretaries_oldest_first()
    {
        var data = (await graph.QueryAsync("""{ officeholders(position: "position:secretary-hanoi-party-committee") { person { name } } }""")).Ok();
        Assert.Equal(["Hoàng Trung Hải", "Vương Đình Huệ", "Đinh Tiến Dũng"], data["officeholders"]!.AsArray().Select(t => (string)t!["person"]!["name"]!));
    }

    [Fact]
    public async Task Resolution_28_by_its_code_was_discussed_at_the_plenum()
    {
        var data = (await graph.QueryAsync("""{ resolution(code: "28-NQ/TW") { id issuedOn term discussedAt { id } } }""")).Ok();
        Assert.Equal("resolution:28-nq-tw-2022", (string)data["resolution"]!["id"]!);
        Assert.Equal("2022-11-17", (string)data["resolution"]!["issuedOn"]!);
        Assert.Contains(data["resolution"]!["discussedAt"]!.AsArray(), e => (string)e!["id"]! == "event:2023-01-11-hanoi-party-committee-xvii-plenum-11");
    }

    [Fact]
    public async Task A_source_cited_by_several_quotes_is_listed_once()
    {
        var data = (await graph.QueryAsync("""{ resolution(code: "15-NQ/TW") { sources { id } } }""")).Ok();
        var ids = data["resolution"]!["sources"]!.AsArray().Select(s => (string)s!["id"]!).ToList();
        Assert.Equal(ids.Distinct().Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Search_without_diacritics_finds_the_person()
    {
        var data = (await graph.QueryAsync("""{ people(search: "dinh tien dung") { totalCount nodes { id name } } }""")).Ok();
        JsonAssert.Equal("""{"people": {"totalCount": 1, "nodes": [{"id": "person:dinh-tien-dung", "name": "Đinh Tiến Dũng"}]}}""", data);
    }

    [Fact]
    public async Task The_plenum_presenters_and_what_they_spoke_on_in_one_statement()
    {
        var response = await graph.QueryAsync("""
            { event(id: "event:2023-01-11-hanoi-party-committee-xvii-plenum-11") {
                title hosts { name } participants { role person { name } about { code title } evidence { quote } } } }
            """);
        var e = response.Ok()["event"]!;
        Assert.NotEmpty(e["participants"]!.AsArray());
        Assert.Contains(e["participants"]!.AsArray(), p => (string)p!["person"]!["name"]! == "Nguyễn Thị Tuyến");
        Assert.Single(response.Statements);
    }

    [Fact]
    public async Task Every_page_of_people_together_is_every_person_once()
    {
        var total = (int)(await graph.QueryAsync("{ people { totalCount } }")).Ok()["people"]!["totalCount"]!;
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await graph.QueryAsync("query($a: String) { people(first: 3, after: $a) { pageInfo { hasNextPage endCursor } nodes { id } } }", new { a = after })).Ok()["people"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        } while (after is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Two_Hanoi_secretaries_are_linked_through_their_post()
    {
        var data = (await graph.QueryAsync("""
            { path(from: "person:vuong-dinh-hue", to: "person:dinh-tien-dung", maxHops: 4) { length steps { relationship } } }
            """)).Ok();
        Assert.Equal(2, (int)data["path"]!["length"]!);
    }
}
