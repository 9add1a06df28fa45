namespace PolityGraph.Api.Tests.Schema;

/// <summary>One Cypher statement per root field, however deep the selection: no N+1.</summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class StatementCountTests(HandMadeGraph graph)
{
    public static TheoryData<string, int> Requests => new()
    {
        { """{ person(id: "person:dinh-tien-dung") { name } }""", 1 },
        { """
          { person(id: "person:dinh-tien-dung") {
              tenures { evidence { source { title } } position { body { parent { children { positions { holders { person {
                participations { about { issuedBy { events { participants { event { hosts { name } } } } } } } } } } } } } } }
              participations { event { resolutions { discussedAt { sources { id } } } } } } }
          """, 1 },
        { """{ people { edges { node { tenures { position { holders { person { name } } } } } } nodes { sources { id } } } }""", 1 },
        { """{ officeholders(position: "position:secretary-hanoi-party-committee") { evidence { source { id } } person { participations { about { id } } } } }""", 1 },
        { """{ path(from: "person:dinh-tien-dung", to: "body:central-committee") { nodes { ... on Body { positions { holders { person { name } } } } } steps { from { id } to { id } } } }""", 1 },
        { """{ nodes(ids: ["person:dinh-tien-dung", "body:hanoi-party-committee"]) { ... on Person { tenures { position { title } } } ... on Body { members { person { name } } } } }""", 1 },
        { """{ a: person(id: "person:dinh-tien-dung") { name } b: body(id: "body:central-committee") { name } c: events { totalCount } }""", 3 },
        { """{ node(id: "planet:earth") { id } }""", 0 }, // no type has that prefix: null without asking the graph
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Each_root_field_sends_exactly_one_statement(string query, int statements)
    {
        var response = await graph.QueryAsync(query);
        response.Ok();
        Assert.Equal(statements, response.Statements.Count);
        Assert.Equal(statements, response.TimedStatements); // what Server-Timing reports
    }

    [Fact]
    public async Task User_values_travel_as_parameters_never_in_the_statement_text()
    {
        const string Hostile = "x' OR 1=1 //";
        var response = await graph.QueryAsync("query($s: String, $id: ID!) { people(search: $s) { totalCount } person(id: $id) { name } }", new { s = Hostile, id = Hostile });
        JsonAssert.Equal("""{"people": {"totalCount": 0}, "person": null}""", response.Ok());
        Assert.All(response.Statements, s => Assert.DoesNotContain("1=1", s));
    }
}
