namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// Evidence.source and Participation.about name nodes by ids kept on relationships; the statement looks
/// them up in a table collected before its RETURN. The table must hold the nodes the answer names, found
/// through the index, not every Source or Resolution in the graph: its cost would otherwise grow with the
/// graph instead of the answer (the API benchmark measured 65 ms for a plenum's participants on a graph of
/// 2,000 resolutions when it did). Answers are checked by the other tests; these check the table's bound.
/// </summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class LookupTableTests(HandMadeGraph graph)
{
    public static TheoryData<string, string> BoundedLookups => new()
    {
        // lookup by id; by code; a connection; officeholders (@startAt); path; nodes(ids:)
        { """{ person(id: "person:nguyen-thi-tuyen") { tenures { evidence { source { title } } } participations { about { code } } } }""", "Source Resolution" },
        { """{ resolution(code: "28-NQ/TW") { discussedAt { participants { about { id } evidence { source { id } } } } } }""", "Resolution Source" },
        { """{ events(first: 5) { nodes { participants { about { code } } } edges { node { participants { evidence { quote source { id } } } } } } }""", "Resolution Source" },
        { """{ officeholders(position: "position:secretary-hanoi-party-committee") { evidence { source { id } } person { participations { about { id } } } } }""", "Source Resolution" },
        { """{ path(from: "person:nguyen-thi-tuyen", to: "person:dinh-tien-dung") { nodes { ... on Event { participants { about { id } } } } steps { from { ... on Event { participants { evidence { source { id } } } } } } } }""", "Resolution Source" },
        { """{ nodes(ids: ["person:nguyen-thi-tuyen", "event:2023-01-11-hanoi-party-committee-plenum-11"]) { ... on Person { tenures { evidence { source { id } } } } ... on Event { participants { about { id } } } } }""", "Source Resolution" },
    };

    [Theory]
    [MemberData(nameof(BoundedLookups))]
    public async Task A_lookup_table_holds_only_the_nodes_with_the_ids_the_answer_names(string query, string labels)
    {
        var response = await graph.QueryAsync(query);
        response.Ok();
        var statement = Assert.Single(response.Statements);
        foreach (var label in labels.Split(' '))
        {
            Assert.Contains($"OPTIONAL MATCH (lookup{label}:`{label}`) WHERE lookup{label}.id IN wanted{label}", statement, StringComparison.Ordinal);
            Assert.DoesNotContain($"OPTIONAL MATCH (lookup{label}:`{label}`)\n", statement, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_table_answers_exactly_what_the_whole_label_did()
    {
        // Tuyen presented at the plenum about 28-NQ/TW, on the evidence of article one; nothing else is looked up.
        var data = (await graph.QueryAsync("""
            { event(id: "event:2023-01-11-hanoi-party-committee-plenum-11") {
                participants { person { id } role about { id } evidence { source { id } } } } }
            """)).Ok();
        var presented = data["event"]!["participants"]!.AsArray().Single(p => (string)p!["role"]! == "PRESENTED")!;
        Assert.Equal(["resolution:28-nq-tw-2022"], presented["about"]!.AsArray().Select(r => (string)r!["id"]!));
        Assert.Equal(["source:article-one"], presented["evidence"]!.AsArray().Select(e => (string)e!["source"]!["id"]!));
    }

    [Fact]
    public async Task A_lookup_inside_a_looked_up_node_falls_back_to_whole_tables()
    {
        // about { discussedAt { participants { about } } }: the inner ids are known only once the outer resolutions are.
        var response = await graph.QueryAsync("""
            { person(id: "person:nguyen-thi-tuyen") { participations { about { discussedAt { participants { about { id } } } } } } }
            """);
        response.Ok();
        var statement = Assert.Single(response.Statements);
        Assert.Contains("OPTIONAL MATCH (lookupResolution:`Resolution`)\n", statement, StringComparison.Ordinal);
    }
}
