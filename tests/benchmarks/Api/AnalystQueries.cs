namespace PolityGraph.Benchmarks.Api;

/// <summary>One analyst question: its GraphQL and the variables that pick its subject in a data set.</summary>
public sealed record AnalystQuery(string Name, string Query, IReadOnlyDictionary<string, object?> Variables);

/// <summary>The five questions the benchmark asks, each about subjects that exist in the data set at hand.</summary>
public static class AnalystQueries
{
    private const string WhoHeldThePost = """
        query($position: ID!, $on: Date) { officeholders(position: $position, on: $on) {
          person { id name } from to attestedOn evidence { quote source { title publishedOn } } } }
        """;

    private const string TenuresWithEvidence = """
        query($person: ID!) { person(id: $person) { name aliases tenures {
          from to attestedOn position { title titleEn body { name } } evidence { quote source { title publisher publishedOn } } } } }
        """;

    private const string PlenumPresenters = """
        query($event: ID!) { event(id: $event) { title date hosts { name } participants {
          role person { name } about { code title issuedOn } evidence { quote } } } }
        """;

    private const string MembersOnDate = """
        query($body: ID!, $on: Date) { body(id: $body) { name members(on: $on) {
          person { name } position { title } from to } } }
        """;

    private const string PathBetweenOfficials = """
        query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6) {
          length nodes { __typename id ... on Person { name } ... on Position { title } ... on Body { name } ... on Event { title } ... on Resolution { code } }
          steps { relationship from { id } to { id } } } }
        """;

    public static IReadOnlyList<AnalystQuery> ForSeedData() =>
    [
        new("who held a post on a date", WhoHeldThePost, Vars(("position", "position:secretary-hanoi-party-committee"), ("on", "2022-04-12"))),
        new("a person's tenures with evidence", TenuresWithEvidence, Vars(("person", "person:dinh-tien-dung"))),
        new("a plenum's presenters and resolutions", PlenumPresenters, Vars(("event", "event:2023-01-11-hanoi-party-committee-xvii-plenum-11"))),
        new("a body's members on a date", MembersOnDate, Vars(("body", "body:hanoi-party-committee"), ("on", "2023-01-11"))),
        new("a path between two officials", PathBetweenOfficials, Vars(("from", "person:vuong-dinh-hue"), ("to", "person:nguyen-thi-tuyen"))),
    ];

    /// <summary>Subjects of the synthetic graph (SyntheticSeedFolder): ids are p{n}, n{n}, e{n}, b{n}; every fifth event is a plenum.</summary>
    public static IReadOnlyList<AnalystQuery> ForSyntheticData(string someDate) =>
    [
        new("who held a post on a date", WhoHeldThePost, Vars(("position", "position:p7"), ("on", someDate))),
        new("a person's tenures with evidence", TenuresWithEvidence, Vars(("person", "person:n42"))),
        new("a plenum's presenters and resolutions", PlenumPresenters, Vars(("event", "event:e4"))),
        new("a body's members on a date", MembersOnDate, Vars(("body", "body:b3"), ("on", someDate))),
        new("a path between two officials", PathBetweenOfficials, Vars(("from", "person:n1"), ("to", "person:n2"))),
    ];

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
