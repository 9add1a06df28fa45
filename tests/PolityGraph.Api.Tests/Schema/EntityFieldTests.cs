using System.Text.Json.Nodes;
using PolityGraph.Api.Tests.Examples;
using Snapshooter.Xunit;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// Every field of Person, Tenure, Position, Body, Resolution, Event, Participation, Source and Evidence.
/// Whole answers are Snapshooter snapshots in __snapshots__/ beside this file.
/// </summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class EntityFieldTests(HandMadeGraph graph)
{
    [Fact]
    public async Task Person_reads_name_aliases_sources_and_tenures_with_evidence()
    {
        var data = (await graph.QueryAsync("""
            { person(id: "person:dinh-tien-dung") {
                id name aliases
                sources { id title }
                tenures { from to attestedOn person { name } position { title body { name } }
                          evidence { quote source { id publishedOn } } } } }
            """)).Ok();
        Snapshot.Match(AnswerJson.Format(data));
    }

    [Fact]
    public async Task Person_participations_carry_role_event_about_in_order_and_evidence()
    {
        var data = (await graph.QueryAsync("""
            { person(id: "person:dinh-tien-dung") { participations {
                role person { id } event { id date } about { id code } evidence { quote source { id } } } } }
            """)).Ok();
        var participations = data["person"]!["participations"]!.AsArray().OrderBy(p => (string)p!["event"]!["date"]!).ToList();
        Assert.Equal(2, participations.Count);
        Snapshot.Match(AnswerJson.Format(new JsonArray([.. participations.Select(p => p!.DeepClone())])));
    }

    [Fact]
    public async Task Position_reads_title_titleEn_body_and_holders()
    {
        var data = (await graph.QueryAsync("""
            { position(id: "position:standing-deputy-secretary-hanoi-party-committee") {
                id title titleEn body { id } holders { person { name } position { id } } } }
            """)).Ok();
        Snapshot.Match(AnswerJson.Format(data));
    }

    [Fact]
    public async Task Body_reads_its_hierarchy_positions_members_events_and_resolutions()
    {
        var data = (await graph.QueryAsync("""
            { body(id: "body:hanoi-party-committee") {
                id name nameEn abbreviation kind
                parent { id kind } children { id }
                positions { id } members { person { id } } events { id } resolutionsIssued { id } } }
            """)).Ok();
        var body = data["body"]!;
        JsonAssert.Equal("""{"id": "body:central-committee", "kind": "CENTRAL_COMMITTEE"}""", body["parent"]);
        JsonAssert.Equal("""[{"id": "body:hanoi-standing-committee"}]""", body["children"]);
        Assert.Equal(["Thành ủy Hà Nội", "Hanoi Party Committee", null, "PARTY_COMMITTEE"],
            new[] { "name", "nameEn", "abbreviation", "kind" }.Select(k => (string?)body[k]));
        Assert.Equal(["position:secretary-hanoi-party-committee", "position:standing-deputy-secretary-hanoi-party-committee"], JsonAssert.SortedValues(body["positions"], "id"));
        Assert.Equal(["person:dinh-tien-dung", "person:hoang-trung-hai", "person:nguyen-thi-tuyen", "person:vuong-dinh-hue"],
            body["members"]!.AsArray().Select(m => (string)m!["person"]!["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["event:2020-08-04-hanoi-agencies-congress", "event:2023-01-11-hanoi-party-committee-plenum-11"], JsonAssert.SortedValues(body["events"], "id"));
        JsonAssert.Equal("""[{"id": "resolution:hanoi-15-2017"}]""", body["resolutionsIssued"]);
    }

    [Fact]
    public async Task A_root_body_has_no_parent_and_a_leaf_no_children()
    {
        var data = (await graph.QueryAsync("""
            { cc: body(id: "body:central-committee") { parent { id } }
              leaf: body(id: "body:hanoi-standing-committee") { children { id } parent { id } } }
            """)).Ok();
        JsonAssert.Equal("""{"cc": {"parent": null}, "leaf": {"children": [], "parent": {"id": "body:hanoi-party-committee"}}}""", data);
    }

    [Fact]
    public async Task Resolution_reads_every_field()
    {
        var data = (await graph.QueryAsync("""
            { resolution(id: "resolution:15-nq-tw-2007") {
                id code kind title issuedOn issuedBy { id } term plenum aliases discussedAt { id } sources { id } } }
            """)).Ok();
        Snapshot.Match(AnswerJson.Format(data));
    }

    [Fact]
    public async Task Event_reads_every_field()
    {
        var data = (await graph.QueryAsync("""
            { event(id: "event:2023-01-11-hanoi-party-committee-plenum-11") {
                id title kind date location hosts { id } resolutions { id } sources { id }
                participants { role person { id } event { id } } } }
            """)).Ok();
        var e = data["event"]!;
        Assert.Equal("Hội nghị lần thứ mười một, Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII", (string)e["title"]!);
        Assert.Equal(["PLENUM", "2023-01-11", "Hà Nội"], new[] { "kind", "date", "location" }.Select(k => (string)e[k]!));
        JsonAssert.Equal("""[{"id": "body:hanoi-party-committee"}]""", e["hosts"]);
        JsonAssert.Equal("""[{"id": "resolution:28-nq-tw-2022"}]""", e["resolutions"]);
        JsonAssert.Equal("""[{"id": "source:article-one"}]""", e["sources"]);
        Assert.Equal(["CHAIRED:person:dinh-tien-dung", "PRESENTED:person:nguyen-thi-tuyen"],
            e["participants"]!.AsArray().Select(p => $"{p!["role"]}:{p["person"]!["id"]}").Order(StringComparer.Ordinal));
        Assert.All(e["participants"]!.AsArray(), p => Assert.Equal("event:2023-01-11-hanoi-party-committee-plenum-11", (string)p!["event"]!["id"]!));
    }

    [Fact]
    public async Task Source_reads_every_field_and_a_missing_optional_one_is_null()
    {
        var data = (await graph.QueryAsync("""{ source(id: "source:article-three") { id title publisher publishedOn text } }""")).Ok();
        Snapshot.Match(AnswerJson.Format(data));
    }

    [Fact]
    public async Task Aliases_and_fragments_shape_the_result_by_response_key()
    {
        var data = (await graph.QueryAsync("""
            query { p: person(id: "person:vuong-dinh-hue") { ...names fullName: name again: name } }
            fragment names on Person { name alsoKnownAs: aliases }
            """)).Ok();
        JsonAssert.Equal("""{"p": {"name": "Vương Đình Huệ", "alsoKnownAs": ["Huệ"], "fullName": "Vương Đình Huệ", "again": "Vương Đình Huệ"}}""", data);
    }
}
