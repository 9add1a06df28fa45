using PolityGraph.GraphModel;
using PolityGraph.Loader.Tests.Support;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

/// <summary>
/// A load that adds a partial folder (--keep-absent, make load ADD=1) merges each record into what the graph holds
/// of its node (issue 11): the record's quotes join the node's evidence, properties and links it does not state stay,
/// lists grow, a single-target link it names is replaced; the dry run predicts it, a repeat changes nothing, and a
/// full load of the original folder still makes the graph equal to the files.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class MergingLoadTests(Neo4jServerFixture neo4j) : IDisposable
{
    private const string Dung = "person:dinh-tien-dung";
    private const string Secretary = "position:secretary-hanoi-party-committee";
    private const string Tenure = "tenure:dinh-tien-dung--secretary-hanoi-party-committee";
    private const string Session = "event:2023-04-12-working-group-1-hanoi";

    private const string SecondArticle =
        "Chiều 5/6/2023, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng làm việc với Ban Chấp hành Trung ương Đảng. Đồng chí Đinh Tiến Dũng nhấn mạnh.";

    /// <summary>The fixture, with an alias and an inferred certainty on Đinh Tiến Dũng that the partial folder does not repeat.</summary>
    private readonly SeedFolder original = SeedFolder.CopyOf(SeedFolder.Valid).Replace("people.yaml", """
          - id: person:dinh-tien-dung
            name: Đinh Tiến Dũng
            aliases: []
        """, """
          - id: person:dinh-tien-dung
            name: Đinh Tiến Dũng
            aliases: ["Anh Dũng"]
            certainty: inferred
            note: Kept by the merge.
        """);

    /// <summary>A second article's records about nodes the graph already holds, each stating only part of what the graph knows.</summary>
    private readonly string partial = WritePartial(Directory.CreateTempSubdirectory("politygraph-partial-").FullName);

    private static string WritePartial(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "sources", "second.txt"), SecondArticle);
        File.WriteAllText(Path.Combine(folder, "records.yaml"), """
            sources:
              - id: source:second-article
                file: sources/second.txt
                title: Second article
            people:
              - id: person:dinh-tien-dung
                name: Đinh Tiến Dũng
                aliases: ["Đ.T. Dũng"]
                evidence:
                  - source: source:second-article
                    quote: "Đồng chí Đinh Tiến Dũng nhấn mạnh"
            positions:
              - id: position:secretary-hanoi-party-committee
                title: Bí thư Thành ủy Hà Nội
                evidence:
                  - source: source:second-article
                    quote: "Bí thư Thành ủy Hà Nội"
            bodies:
              - id: body:central-committee
                name: Ban Chấp hành Trung ương Đảng
                kind: CENTRAL_COMMITTEE
                evidence:
                  - source: source:second-article
                    quote: "Ban Chấp hành Trung ương Đảng"
            tenures:
              - id: tenure:dinh-tien-dung--secretary-hanoi-party-committee
                person: person:dinh-tien-dung
                position: position:secretary-hanoi-party-committee
                attestedOn: [2023-06-05]
                evidence:
                  - source: source:second-article
                    quote: "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng"
            events:
              - id: event:2023-04-12-working-group-1-hanoi
                title: Đoàn công tác số 1 làm việc với Ban Thường vụ Thành ủy Hà Nội
                kind: WORKING_SESSION
                hosts: [body:central-committee]
                evidence:
                  - source: source:second-article
                    quote: "làm việc với Ban Chấp hành Trung ương Đảng"
            """);
        return folder;
    }

    [Fact]
    public async Task Adding_a_partial_folder_merges_its_records_into_the_nodes_the_graph_holds()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(original.Path, neo4j.Driver);
        var nodes = await CountAsync("MATCH (n) RETURN count(n) AS n");

        var dryRun = await LoaderRuns.RunCommandAsync(partial, neo4j.Driver, LoadMode.DryRun, add: true);
        var load = await LoaderRuns.RunCommandAsync(partial, neo4j.Driver, add: true);

        Assert.True(load.ExitCode == ExitCodes.Loaded, load.Error);
        Assert.Equal(Table(dryRun.Output), Table(load.Output));
        // Created: the source, a host and four quotes. Updated: the person (an alias) and the tenure (a date and a quote);
        // the post, the body and the event gain quotes (ATTESTED_BY) but no property.
        Assert.Contains("Total: 6 created, 2 updated, 0 removed", load.Output, StringComparison.Ordinal);
        Assert.Matches(@"Person\s+0\s+1\s+0\s+0", load.Output);
        Assert.Matches(@"HELD\s+0\s+1\s+0\s+0", load.Output);
        Assert.Equal(nodes + 1, await CountAsync("MATCH (n) RETURN count(n) AS n"));

        var person = await PropertiesAsync("MATCH (p:Person {id: $id}) RETURN properties(p) AS p", Dung);
        Assert.Equal("Đinh Tiến Dũng", person["name"]);
        Assert.Equal(["Anh Dũng", "Đ.T. Dũng"], (List<object?>)person["aliases"]!);
        Assert.Equal(("inferred", "Kept by the merge."), (person["certainty"], person["note"]));
        Assert.Equal(SearchFolding.Key(["Đinh Tiến Dũng", "Anh Dũng", "Đ.T. Dũng"]), person["searchKey"]);
        Assert.Equal(["source:hanoi-working-session", "source:second-article"], await EvidenceSourcesAsync("Person", Dung));

        var post = await PropertiesAsync("MATCH (p:Position {id: $id}) RETURN properties(p) AS p", Secretary);
        Assert.Equal("Secretary of the Hanoi Party Committee", post["titleEn"]);
        Assert.Equal(["body:hanoi-party-committee"], await TargetsAsync("MATCH (:Position {id: $id})-[:IN_BODY]->(b) RETURN b.id AS id", Secretary));
        Assert.Equal(["source:hanoi-working-session", "source:second-article"], await EvidenceSourcesAsync("Position", Secretary));

        var body = await PropertiesAsync("MATCH (b:Body {id: $id}) RETURN properties(b) AS p", "body:central-committee");
        Assert.Equal(("Central Committee", "BCHTW"), (body["nameEn"], body["abbreviation"]));

        var tenure = await PropertiesAsync("MATCH (:Person)-[h:HELD {id: $id}]->(:Position) RETURN properties(h) AS p", Tenure);
        Assert.Equal(["2023-04-12", "2023-06-05"], (List<object?>)tenure["attestedOn"]!);
        Assert.Equal(["source:hanoi-working-session", "source:second-article"], (List<object?>)tenure["evidenceSources"]!);
        Assert.Equal(2, ((List<object?>)tenure["evidenceQuotes"]!).Count);
        Assert.Equal(1L, await CountAsync("MATCH ()-[h:HELD]->() RETURN count(h) AS n"));

        // A many-target link gains the record's targets; the event's date and certainty, which it does not state, stay.
        Assert.Equal(["body:central-committee", "body:hanoi-party-committee"],
            await TargetsAsync("MATCH (:Event {id: $id})-[:HOSTED_BY]->(b) RETURN b.id AS id", Session));
        var session = await PropertiesAsync("MATCH (e:Event {id: $id}) RETURN properties(e) AS p", Session);
        Assert.Equal(("2023-04-12", "inferred"), (session["date"], session["certainty"]));
        Assert.Equal(["resolution:central-5-term-x-leadership-method"], await TargetsAsync("MATCH (:Event {id: $id})-[:DISCUSSED]->(r) RETURN r.id AS id", Session));

        var again = await LoaderRuns.RunCommandAsync(partial, neo4j.Driver, add: true);
        Assert.Contains("Total: 0 created, 0 updated, 0 removed", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_load_of_the_original_folder_after_adding_makes_the_graph_equal_to_the_files_again()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(original.Path, neo4j.Driver);
        var expected = await GraphSnapshot.TakeAsync(neo4j.Driver);
        Assert.Equal(ExitCodes.Loaded, (await LoaderRuns.RunCommandAsync(partial, neo4j.Driver, add: true)).ExitCode);
        Assert.NotEqual(expected, await GraphSnapshot.TakeAsync(neo4j.Driver));

        var reload = await LoaderRuns.RunCommandAsync(original.Path, neo4j.Driver);

        Assert.Equal(ExitCodes.Loaded, reload.ExitCode);
        Assert.Equal(expected, await GraphSnapshot.TakeAsync(neo4j.Driver));
    }

    [Fact]
    public async Task A_single_target_link_the_record_names_is_replaced()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(original.Path, neo4j.Driver);
        File.WriteAllText(Path.Combine(partial, "records.yaml"), File.ReadAllText(Path.Combine(partial, "records.yaml"))
            .Replace("    title: Bí thư Thành ủy Hà Nội\n", "    title: Bí thư Thành ủy Hà Nội\n    body: body:central-committee\n", StringComparison.Ordinal));

        var load = await LoaderRuns.RunCommandAsync(partial, neo4j.Driver, add: true);

        Assert.True(load.ExitCode == ExitCodes.Loaded, load.Error);
        Assert.Equal(["body:central-committee"], await TargetsAsync("MATCH (:Position {id: $id})-[:IN_BODY]->(b) RETURN b.id AS id", Secretary));
    }

    [Fact]
    public async Task Dates_that_disagree_once_merged_fail_the_load_and_write_nothing()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(original.Path, neo4j.Driver);
        var before = await GraphSnapshot.TakeAsync(neo4j.Driver);
        // The record's own dates agree (from 2023-05-01, attested 2023-06-05); the graph's attestation of 2023-04-12 does not.
        File.WriteAllText(Path.Combine(partial, "records.yaml"), File.ReadAllText(Path.Combine(partial, "records.yaml"))
            .Replace("    attestedOn: [2023-06-05]\n", "    from: 2023-05-01\n    attestedOn: [2023-06-05]\n", StringComparison.Ordinal));

        var load = await LoaderRuns.RunCommandAsync(partial, neo4j.Driver, add: true);

        Assert.Equal(ExitCodes.LoadFailed, load.ExitCode);
        Assert.Contains($"{Tenure}: merged with what the graph holds of it, the tenure's dates disagree (attestedOn 2023-04-12 is before from 2023-05-01)", load.Error, StringComparison.Ordinal);
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Driver));
    }

    private async Task<long> CountAsync(string cypher) => Convert.ToInt64((await neo4j.Driver.RunAsync(cypher)).Records[0]["n"]);

    private async Task<IDictionary<string, object?>> PropertiesAsync(string cypher, string id) =>
        (IDictionary<string, object?>)(await neo4j.Driver.RunAsync(cypher, new Dictionary<string, object?> { ["id"] = id })).Records.Single()["p"]!;

    private async Task<List<string>> TargetsAsync(string cypher, string id) =>
        [.. (await neo4j.Driver.RunAsync(cypher, new Dictionary<string, object?> { ["id"] = id })).Records.Select(r => (string)r["id"]!).Order(StringComparer.Ordinal)];

    private Task<List<string>> EvidenceSourcesAsync(string label, string id) =>
        TargetsAsync($"MATCH (:{label} {{id: $id}})-[:ATTESTED_BY]->(s:Source) RETURN s.id AS id", id);

    private static string Table(string output) =>
        string.Join("\n", output.Split('\n').SkipWhile(line => !line.StartsWith("kind", StringComparison.Ordinal)));

    public void Dispose()
    {
        original.Dispose();
        try { Directory.Delete(partial, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
