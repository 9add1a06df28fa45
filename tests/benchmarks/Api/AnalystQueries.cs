namespace PolityGraph.Benchmarks.Api;

/// <summary>One analyst question: its GraphQL and the variables that pick its subject in a data set.</summary>
public sealed record AnalystQuery(string Name, string Query, IReadOnlyDictionary<string, object?> Variables);

/// <summary>The questions the benchmark asks (five analyst questions, five app developer filters), each about subjects that exist in the data set at hand.</summary>
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

    // App developers' filters (issue 12): where:, order: and counts, each still one statement.
    private const string HeldAnyPostInBody = """
        query($body: ID!, $on: Date) { people(first: 50, where: { tenures: { some: { heldOn: $on, position: { body: { id: { eq: $body } } } } } }) {
          totalCount nodes { id name tenuresCount(on: $on) } } }
        """;

    private const string BodiesWithoutMembers = """
        query($on: Date) { bodies(first: 50, where: { members: { none: { heldOn: $on } } }) { totalCount nodes { id name } } }
        """;

    private const string ResolutionsOfAKindOfBodyNewestFirst = """
        query($kind: BodyKind!, $after: Date) { resolutions(first: 50, where: { issuedBy: { kind: { eq: $kind } }, issuedOn: { gt: $after } }, order: [{ issuedOn: DESC }]) {
          totalCount edges { cursor node { code issuedOn } } } }
        """;

    private const string EventsWhereSomeonePresented = """
        query($code: String) { events(first: 50, where: { participants: { some: { role: { eq: PRESENTED }, about: { some: { code: { eq: $code } } } } } }) {
          totalCount nodes { id title date } } }
        """;

    private const string PositionsByBodyName = """
        { positions(first: 50, order: [{ body: { name: ASC } }]) { pageInfo { endCursor } nodes { title body { name } } } }
        """;

    private static IEnumerable<AnalystQuery> Filters(string body, string date, string kind, string code) =>
    [
        new("filter: held any post in a body on a date", HeldAnyPostInBody, Vars(("body", body), ("on", date))),
        new("filter: bodies with no member on a date", BodiesWithoutMembers, Vars(("on", date))),
        new("filter+order: resolutions by kind of body, newest first", ResolutionsOfAKindOfBodyNewestFirst, Vars(("kind", kind), ("after", "2020-12-31"))),
        new("filter: events where someone presented a resolution", EventsWhereSomeonePresented, Vars(("code", code))),
        new("order: positions by their body's name", PositionsByBodyName, Vars()),
    ];

    public static IReadOnlyList<AnalystQuery> ForSeedData() =>
    [
        new("who held a post on a date", WhoHeldThePost, Vars(("position", "position:secretary-hanoi-party-committee"), ("on", "2022-04-12"))),
        new("a person's tenures with evidence", TenuresWithEvidence, Vars(("person", "person:dinh-tien-dung"))),
        new("a plenum's presenters and resolutions", PlenumPresenters, Vars(("event", "event:2023-01-11-hanoi-party-committee-xvii-plenum-11"))),
        new("a body's members on a date", MembersOnDate, Vars(("body", "body:hanoi-party-committee"), ("on", "2023-01-11"))),
        new("a path between two officials", PathBetweenOfficials, Vars(("from", "person:vuong-dinh-hue"), ("to", "person:nguyen-thi-tuyen"))),
        .. Filters("body:hanoi-party-committee", "2022-04-12", "POLITBURO", "28-NQ/TW"),
    ];

    /// <summary>Subjects of the synthetic graph (SyntheticSeedFolder): ids are p{n}, n{n}, e{n}, b{n}; every fifth event is a plenum.</summary>
    public static IReadOnlyList<AnalystQuery> ForSyntheticData(string someDate) =>
    [
        new("who held a post on a date", WhoHeldThePost, Vars(("position", "position:p7"), ("on", someDate))),
        new("a person's tenures with evidence", TenuresWithEvidence, Vars(("person", "person:n42"))),
        new("a plenum's presenters and resolutions", PlenumPresenters, Vars(("event", "event:e4"))),
        new("a body's members on a date", MembersOnDate, Vars(("body", "body:b3"), ("on", someDate))),
        new("a path between two officials", PathBetweenOfficials, Vars(("from", "person:n1"), ("to", "person:n2"))),
        .. Filters("body:b3", someDate, "PARTY_COMMITTEE", "4-NQ/TW"),
    ];

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
