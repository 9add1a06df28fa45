using PolityGraph.Neo4j;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;
using PolityGraph.Loader.Records;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// Source.tenures and Source.participations (@citedBy): the facts whose evidence quotes a source, read from the
/// seed data in Neo4j and checked against the seed YAML itself, for every seed source.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class SourceCitationTests(SeedGraph graph)
{
    private static readonly Lazy<SeedSet> seed = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var set = SeedFolderReader.Read(RepositoryRoot.Combine("seed-data"), diagnostics);
        Assert.True(diagnostics.IsEmpty, "the seed data reads without problems");
        return set;
    });

    public static TheoryData<string> SeedSources => [.. seed.Value.Sources.Select(s => s.Id)];

    private const string Facts = """
        query($id: ID!) { source(id: $id) {
            tenuresCount participationsCount
            tenures { person { id } position { id } from to attestedOn evidence { quote source { id } } }
            participations { person { id } event { id date } role evidence { quote source { id } } } } }
        """;

    [Theory]
    [MemberData(nameof(SeedSources))]
    public async Task A_sources_tenures_are_exactly_those_whose_evidence_cites_it(string sourceId)
    {
        var source = (await graph.QueryAsync(Facts, new { id = sourceId })).Ok()["source"]!;
        var expected = seed.Value.Tenures.Where(t => t.Evidence.Any(e => e.Source.Value == sourceId))
            .Select(t => $"{t.Person.Value} {t.Position.Value}").Order(StringComparer.Ordinal).ToList();
        var tenures = source["tenures"]!.AsArray();
        Assert.Equal(expected, tenures.Select(t => $"{t!["person"]!["id"]} {t["position"]!["id"]}").Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, (int)source["tenuresCount"]!);
        // Each tenure carries its whole evidence, this source's quotes among them.
        Assert.All(tenures, t => Assert.Contains(t!["evidence"]!.AsArray(), e => (string)e!["source"]!["id"]! == sourceId));
    }

    [Theory]
    [MemberData(nameof(SeedSources))]
    public async Task A_sources_participations_are_exactly_those_whose_evidence_cites_it_oldest_event_first(string sourceId)
    {
        var source = (await graph.QueryAsync(Facts, new { id = sourceId })).Ok()["source"]!;
        var expected = seed.Value.Participations.Where(p => p.Evidence.Any(e => e.Source.Value == sourceId))
            .Select(p => $"{p.Person.Value} {p.Event.Value} {p.Role}").Order(StringComparer.Ordinal).ToList();
        var participations = source["participations"]!.AsArray();
        Assert.Equal(expected, participations.Select(p => $"{p!["person"]!["id"]} {p["event"]!["id"]} {p["role"]}").Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, (int)source["participationsCount"]!);
        var dates = participations.Select(p => (string?)p!["event"]!["date"] ?? "").ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Every_seed_source_is_cited_by_some_fact_and_the_lists_differ_between_sources()
    {
        // Guards the theories above against passing on empty lists.
        var counts = new List<(int, int)>();
        foreach (var id in seed.Value.Sources.Select(s => s.Id))
        {
            var source = (await graph.QueryAsync("query($id: ID!) { source(id: $id) { tenuresCount participationsCount } }", new { id })).Ok()["source"]!;
            counts.Add(((int)source["tenuresCount"]!, (int)source["participationsCount"]!));
        }
        Assert.All(counts, c => Assert.True(c.Item1 + c.Item2 > 0));
        Assert.True(counts.Distinct().Count() > 1);
    }

    [Fact]
    public async Task Tenures_come_oldest_first_and_ties_by_id_the_same_on_every_request()
    {
        const string Query = """{ source(id: "source:hanoi-working-session-central-6") { tenures { person { id } position { id } from attestedOn } } }""";
        var first = (await graph.QueryAsync(Query)).Ok();
        var again = (await graph.QueryAsync(Query)).Ok();
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        var starts = first["source"]!["tenures"]!.AsArray()
            .Select(t => (string?)t!["from"] ?? t["attestedOn"]!.AsArray().Select(d => (string)d!).Min(StringComparer.Ordinal) ?? "").ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
    }

    [Fact]
    public async Task Where_order_and_count_apply_to_the_cited_lists()
    {
        var data = (await graph.QueryAsync("""
            { source(id: "source:hanoi-party-committee-plenum-11-2023") {
                spoke: participations(where: { role: { eq: SPOKE } }, order: [{ person: { name: DESC } }]) { person { name } role }
                spokeCount: participationsCount(where: { role: { eq: SPOKE } })
                all: participationsCount
                dung: tenures(where: { person: { id: { eq: "person:dinh-tien-dung" } } }) { person { id } } } }
            """)).Ok()["source"]!;
        var spoke = data["spoke"]!.AsArray();
        Assert.NotEmpty(spoke);
        Assert.All(spoke, p => Assert.Equal("SPOKE", (string)p!["role"]!));
        Assert.Equal(spoke.Count, (int)data["spokeCount"]!);
        Assert.True((int)data["all"]! > spoke.Count);
        var names = spoke.Select(p => (string)p!["person"]!["name"]!).ToList();
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);
        Assert.All(data["dung"]!.AsArray(), t => Assert.Equal("person:dinh-tien-dung", (string)t!["person"]!["id"]!));
        Assert.NotEmpty(data["dung"]!.AsArray());
    }

    [Fact]
    public async Task Sources_can_be_filtered_and_sorted_by_what_they_attest()
    {
        var expected = seed.Value.Tenures
            .Where(t => t.Person.Value == "person:truong-thi-mai")
            .SelectMany(t => t.Evidence.Select(e => e.Source.Value)).Distinct().Order(StringComparer.Ordinal).ToList();
        var data = (await graph.QueryAsync("""
            { mai: sources(where: { tenures: { some: { person: { id: { eq: "person:truong-thi-mai" } } } } }) { nodes { id } }
              most: sources(first: 1, order: [{ participationsCount: DESC }]) { nodes { id participationsCount } } }
            """)).Ok();
        Assert.Equal(expected, JsonAssert.SortedValues(data["mai"]!["nodes"], "id"));
        var counts = seed.Value.Participations.SelectMany(p => p.Evidence.Select(e => e.Source.Value).Distinct()).CountBy(id => id).ToList();
        var most = Assert.Single(data["most"]!["nodes"]!.AsArray())!;
        Assert.Equal(counts.Max(c => c.Value), (int)most["participationsCount"]!);
        // Ties fall back to the connection's own order; the first is one of the sources with the most.
        Assert.Contains(counts.Where(c => c.Value == (int)most["participationsCount"]!).Select(c => c.Key), id => id == (string)most["id"]!);
    }

    [Fact]
    public async Task The_whole_source_page_is_one_statement()
    {
        var response = await graph.QueryAsync("""
            { source(id: "source:hanoi-working-session-central-6") { id title text
                tenures { person { id name } position { id title titleEn } evidence { quote source { id } } }
                participations { person { id name } role event { id title } evidence { quote source { id } } } } }
            """);
        response.Ok();
        Assert.Single(response.Statements);
    }

    [Fact]
    public async Task A_person_the_source_attests_with_two_quotes_has_each_fact_once_in_every_reader()
    {
        // Source.tenures starts at the people the source attests (@citedBy(startAttestedBy:)); a second ATTESTED_BY
        // from the same person to the same source (another quote) must not repeat the person's tenures in the list,
        // its count, where: or order:.
        const string Source = "source:hanoi-working-session-central-6";
        const string Readers = """
            query($id: ID!) { source(id: $id) {
                tenuresCount participationsCount
                tenures { person { id } position { id } } participations { person { id } event { id } role }
                dungs: tenuresCount(where: { person: { id: { eq: "person:dinh-tien-dung" } } }) }
              sources(where: { id: { eq: "source:hanoi-working-session-central-6" } }, order: [{ tenuresCount: DESC }]) { nodes { tenuresCount } } }
            """;
        var before = (await graph.QueryAsync(Readers, new { id = Source })).Ok();
        Assert.True((int)before["source"]!["dungs"]! > 0, "the person has tenures quoted from this source");
        await using var driver = new Neo4jHttpDriver(graph.Instance.Options);
        var edge = new Dictionary<string, object?> { ["person"] = "person:dinh-tien-dung", ["source"] = Source, ["quote"] = "Đinh Tiến Dũng" };
        await driver.RunAsync("MATCH (p:Person {id: $person}), (s:Source {id: $source}) CREATE (p)-[:ATTESTED_BY {quote: $quote}]->(s)", edge);
        try
        {
            var after = (await graph.QueryAsync(Readers, new { id = Source })).Ok();
            Assert.Equal(before.ToJsonString(), after.ToJsonString());
        }
        finally
        {
            await driver.RunAsync("MATCH (:Person {id: $person})-[a:ATTESTED_BY {quote: $quote}]->(:Source {id: $source}) DELETE a", edge);
        }
    }
}
