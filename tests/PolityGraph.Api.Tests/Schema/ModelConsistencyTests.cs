using PolityGraph.GraphQL.Language;
using PolityGraph.Schema;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// The SDL's graph mapping is checked against the graph model (GraphShape) when it is read, at start-up:
/// each deliberately broken copy of the served SDL below fails with a message naming the field and the fix.
/// </summary>
public sealed class ModelConsistencyTests
{
    [Fact]
    public void The_served_mapping_agrees_with_the_graph_model() =>
        Assert.Empty(ModelConsistency.Problems(Parser.Parse(PolityGraphSchema.Sdl), PolityGraphSchema.Mapping));

    [Theory]
    // id prefixes
    [InlineData("""@node(label: "Person", idPrefix: "person")""", """@node(label: "Person", idPrefix: "people")""",
        "Person: @node(idPrefix: \"people\"), but Person ids read 'person:slug' in the graph model.")]
    // property names
    [InlineData("  titleEn: String\n  body: Body", "  titleEn: String @property(name: \"titleEnglish\")\n  body: Body",
        "Position.titleEn: Position has no property 'titleEnglish' in the graph model")]
    [InlineData("""@nodesByIds(property: "about")""", """@nodesByIds(property: "topics")""",
        "Participation.about: PARTICIPATED_IN has no property 'topics'")]
    [InlineData("""@connection(orderBy: "issuedOn")""", """@connection(orderBy: "issued")""",
        "Query.resolutions: @connection(orderBy: \"issued\"), but Resolution has no such property in the graph model.")]
    // enum values
    [InlineData("  FRONT\n", "", "Body.kind: enum BodyKind must have the values of BodyKind; missing FRONT.")]
    [InlineData("  NATIONAL_ASSEMBLY_DELEGATION\n", "  NATIONAL_ASSEMBLY_DELEGATION\n  MINISTRY\n",
        "Body.kind: enum BodyKind must have the values of BodyKind; not in the graph model MINISTRY.")]
    [InlineData("  title: String!\n  publisher: String", "  title: BodyKind!\n  publisher: String",
        "Source.title: enum BodyKind reads Source.title, which holds no vocabulary in the graph model.")]
    // timespans
    [InlineData("""attested: "attestedOn")""", """attested: "attested")""",
        "Tenure: @timespan(attested: \"attested\"), but HELD has no such property in the graph model.")]
    [InlineData("""@timespan(start: "date", end: "date", through: "event")""", """@timespan(start: "date", end: "date", through: "person")""",
        "Participation: @timespan(start: \"date\"), but Person has no such property in the graph model.")]
    // edge endpoints
    [InlineData("  position: Position! @endNode", "  position: Position! @startNode",
        "Tenure: an @edge type needs exactly one @endNode field, found 0.")]
    [InlineData("  event: Event! @endNode", "  event: Resolution! @endNode",
        "Participation.event: PARTICIPATED_IN ends at Event in the graph model, not Resolution.")]
    // relationship directions and targets
    [InlineData("""[Tenure!]! @relationship(type: "HELD", direction: OUT)""", """[Tenure!]! @relationship(type: "HELD", direction: IN)""",
        "Person.tenures: HELD IN starts at Position in the graph model, not Person.")]
    [InlineData("""parent: Body @relationship(type: "PART_OF", direction: OUT)""", """parent: Position @relationship(type: "PART_OF", direction: OUT)""",
        "Body.parent: PART_OF leads to Body in the graph model, not Position (Position).")]
    // (the first ATTESTED_BY field in the SDL is Person.sources)
    [InlineData("""@relationship(type: "ATTESTED_BY", direction: OUT)""", """@relationship(type: "DISCUSSED", direction: OUT)""",
        "Person.sources: DISCUSSED OUT starts at Event in the graph model, not Person.")]
    // @citedBy: a list of an @edge type, an @evidence field of it, whose quotes' source is the owner (the first is Source.tenures)
    [InlineData("""@citedBy(evidence: "evidence",""", """@citedBy(evidence: "attestedOn",""",
        "Source.tenures: @citedBy(evidence: \"attestedOn\") names no @evidence field of Tenure.")]
    [InlineData("""[Tenure!]! @citedBy""", """[Person!]! @citedBy""",
        "Source.tenures: @citedBy needs a list of an @edge type, not Person.")]
    [InlineData("type Evidence {\n  source: Source!", "type Evidence {\n  source: Person!",
        "Source.tenures: Tenure.evidence quotes sources of type Person, not Source.")]
    [InlineData("""startAttestedBy: "ATTESTED_BY")""", """startAttestedBy: "ATTESTED")""",
        "Source.tenures: @citedBy(startAttestedBy: \"ATTESTED\") names no relationship type of the graph model.")]
    [InlineData("""startAttestedBy: "ATTESTED_BY")""", """startAttestedBy: "IN_BODY")""",
        "Source.tenures: IN_BODY ends at Body, not at Source.")]
    // filters
    [InlineData("""sources(first: Int,""", """sources(search: String @filter(by: SEARCH), first: Int,""",
        "Query.sources(search:): SEARCH needs nodes with a searchKey, and SourceConnection has none.")]
    public void A_mapping_that_disagrees_with_the_graph_model_stops_the_start_with_a_clear_message(string served, string broken, string expected)
    {
        Assert.Contains(served, PolityGraphSchema.Sdl);
        var sdl = ReplaceFirst(PolityGraphSchema.Sdl, served, broken);
        var error = Assert.Throws<InvalidOperationException>(() => GraphMapping.FromSdl(sdl));
        Assert.StartsWith("The schema's graph mapping (Sdl/polity-graph.graphql) disagrees with the graph model", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var sdl = ReplaceFirst(ReplaceFirst(PolityGraphSchema.Sdl, "  FRONT\n", ""), """idPrefix: "body")""", """idPrefix: "organ")""");
        var error = Assert.Throws<InvalidOperationException>(() => GraphMapping.FromSdl(sdl));
        Assert.Contains("2 problem(s)", error.Message);
        Assert.Contains("missing FRONT", error.Message);
        Assert.Contains("idPrefix: \"organ\"", error.Message);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the SDL");
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
