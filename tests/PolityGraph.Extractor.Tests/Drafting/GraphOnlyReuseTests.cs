using System.Text.Json;
using PolityGraph.Extractor.Tests.Support;
using PolityGraph.Loader;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Extractor.Tests.Drafting;

/// <summary>
/// Issue 11: a person the running Neo4j holds but the seed folder does not (loaded from another folder) is written into
/// the draft under the graph's id, with what the graph says of them and the article's quote; the draft validates on its
/// own, and make load ADD=1 adds the quote and the new tenures to the node without a second person or losing evidence.
/// A full load of the original folders afterwards still makes the graph equal to the files.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class GraphOnlyReuseTests(Neo4jServerFixture neo4j) : IDisposable
{
    private const string Ngan = "person:khuc-thi-ngan";
    private const string ViceChair = "position:vice-chairman-hanoi-peoples-committee";
    private const string ViceChairTenure = "tenure:khuc-thi-ngan--vice-chairman-hanoi-peoples-committee";
    private const string StandingMemberTenure = "tenure:khuc-thi-ngan--member-hanoi-standing-committee";
    private const string Inspection = "source:second-inspection";

    private readonly ExtractRuns runs = new();

    /// <summary>Another archivist's folder, loaded with ADD=1 beside the seed: a person the seed does not know, in one of its posts.</summary>
    private string SecondFolder()
    {
        var folder = Path.Combine(runs.Folder, "second");
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "sources", "second-inspection.txt"),
            "Chiều 3/3/2024, Phó Chủ tịch UBND thành phố Hà Nội Khúc Thị Ngân kiểm tra công tác phòng cháy.");
        File.WriteAllText(Path.Combine(folder, "second-people.yaml"), """
            sources:
              - id: source:second-inspection
                file: sources/second-inspection.txt
                title: Kiểm tra công tác phòng cháy
                publishedOn: 2024-03-03
            people:
              - id: person:khuc-thi-ngan
                name: Khúc Thị Ngân
                aliases: ["Khúc Ngân"]
                certainty: inferred
                note: Spelling checked against the city's register.
                evidence:
                  - source: source:second-inspection
                    quote: "Phó Chủ tịch UBND thành phố Hà Nội Khúc Thị Ngân"
            tenures:
              - id: tenure:khuc-thi-ngan--vice-chairman-hanoi-peoples-committee
                person: person:khuc-thi-ngan
                position: position:vice-chairman-hanoi-peoples-committee
                attestedOn: [2024-03-03]
                evidence:
                  - source: source:second-inspection
                    quote: "Phó Chủ tịch UBND thành phố Hà Nội Khúc Thị Ngân"
            """);
        // The post is the seed's: named here so the folder validates alone, stating only its title.
        File.WriteAllText(Path.Combine(folder, "second-positions.yaml"), """
            positions:
              - id: position:vice-chairman-hanoi-peoples-committee
                title: "Phó Chủ tịch UBND thành phố Hà Nội"
                evidence:
                  - source: source:second-inspection
                    quote: "Phó Chủ tịch UBND thành phố Hà Nội"
            """);
        return folder;
    }

    [Fact]
    public async Task A_person_only_Neo4j_holds_is_drafted_under_its_id_and_an_added_load_merges_the_article_into_it()
    {
        var second = SecondFolder();
        await neo4j.WipeAsync();
        Assert.Equal(ExitCodes.Loaded, (await Loader(ExtractRuns.SeedFolder, LoadMode.Load)).ExitCode);
        var added = await Loader(second, LoadMode.Load, add: true);
        Assert.True(added.ExitCode == ExitCodes.Loaded, added.Error);

        var article = runs.Article("hoi-nghi.txt",
            "Sáng 12/9, tại Hà Nội, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Khúc Thị Ngân chủ trì hội nghị về công tác phòng cháy.");
        var draft = Path.Combine(runs.Folder, "draft");
        var extract = await ExtractRuns.RunAsync(
            new ExtractRequest(article, new DateOnly(2025, 9, 13), "Hà Nội: hội nghị phòng cháy", draft, SeedFolder: ExtractRuns.SeedFolder, UseNeo4j: true),
            () => new RecordingDriver(neo4j.Driver));
        Assert.True(extract.ExitCode == 0, extract.Error);

        var people = await File.ReadAllTextAsync(Path.Combine(draft, "people.yaml"));
        Assert.Contains($"# MATCHED {Ngan} (in Neo4j, not in", people);
        Assert.Contains($"id: \"{Ngan}\"", people);
        Assert.Contains("aliases: [\"Khúc Ngân\"]", people); // what the graph says of her
        Assert.DoesNotContain("person:khuc-thi-ngan-2", people);
        var tenures = await File.ReadAllTextAsync(Path.Combine(draft, "tenures.yaml"));
        Assert.Contains($"# MATCHED {ViceChairTenure} (in Neo4j, not in", tenures);
        Assert.Contains("attestedOn: [2024-03-03, 2025-09-12]", tenures);
        Assert.Contains($"# NEW tenure: Khúc Thị Ngân as Ủy viên Ban Thường vụ Thành ủy", tenures);
        // The draft validates on its own: it cites only its own article.
        Assert.DoesNotContain(Inspection, people + tenures);
        var validate = await Loader(draft, LoadMode.ValidateOnly);
        Assert.True(validate.ExitCode == ExitCodes.Loaded, validate.Error);

        var dryRun = await Loader(draft, LoadMode.DryRun, add: true);
        var load = await Loader(draft, LoadMode.Load, add: true);
        Assert.True(load.ExitCode == ExitCodes.Loaded, load.Error);
        Assert.Equal(Table(dryRun.Output), Table(load.Output));
        Assert.Matches(@"Person\s+0\s+0\s+0\s+\d+", load.Output); // no person created, none changed: she gains a quote, not a property

        Assert.Equal(1L, await ScalarAsync("MATCH (p:Person) WHERE p.name = $name RETURN count(p) AS value", ("name", "Khúc Thị Ngân")));
        var person = await MapAsync("MATCH (p:Person {id: $id}) RETURN properties(p) AS value", Ngan);
        Assert.Equal(["Khúc Ngân"], (List<object?>)person["aliases"]!);
        Assert.Equal(("inferred", "Spelling checked against the city's register."), (person["certainty"], person["note"]));
        var evidence = await ListAsync("MATCH (:Person {id: $id})-[:ATTESTED_BY]->(s:Source) RETURN s.id AS value ORDER BY value", Ngan);
        Assert.Equal(2, evidence.Count);
        Assert.Contains(Inspection, evidence); // the other folder's quote stays beside the article's

        var tenure = await MapAsync("MATCH (:Person {id: $id})-[h:HELD]->(:Position {id: $post}) RETURN properties(h) AS value", Ngan, ("post", ViceChair));
        Assert.Equal(["2024-03-03", "2025-09-12"], (List<object?>)tenure["attestedOn"]!);
        Assert.Equal(2, ((List<object?>)tenure["evidenceSources"]!).Count);
        Assert.Equal(Inspection, ((List<object?>)tenure["evidenceSources"]!)[0]);
        Assert.Equal([StandingMemberTenure, ViceChairTenure],
            await ListAsync("MATCH (:Person {id: $id})-[h:HELD]->() RETURN h.id AS value ORDER BY value", Ngan));

        // A full load of the original folders (the seed and the second folder together) makes the graph equal to the files again.
        var combined = Combined(ExtractRuns.SeedFolder, second, except: "second-positions.yaml");
        Assert.Equal(ExitCodes.Loaded, (await Loader(combined, LoadMode.Load)).ExitCode);
        var reloaded = await SnapshotAsync();
        await neo4j.WipeAsync();
        Assert.Equal(ExitCodes.Loaded, (await Loader(combined, LoadMode.Load)).ExitCode);
        Assert.Equal(await SnapshotAsync(), reloaded);
    }

    [Fact]
    public async Task A_body_Neo4j_holds_without_a_kind_is_not_reused_and_the_draft_says_why()
    {
        await neo4j.WipeAsync();
        Assert.Equal(ExitCodes.Loaded, (await Loader(ExtractRuns.SeedFolder, LoadMode.Load)).ExitCode);
        // Written by something other than the loader: a body with a name and no kind, which no valid record can carry.
        await neo4j.Driver.RunAsync("CREATE (:Body {id: $id, name: $name})",
            new Dictionary<string, object?> { ["id"] = "body:tinh-uy-lai-chau", ["name"] = "Tỉnh ủy Lai Châu" });
        var article = runs.Article("lai-chau.txt", "Đồng chí Lục Văn Tám, Bí thư Tỉnh ủy Lai Châu phát biểu.");
        var draft = Path.Combine(runs.Folder, "lai-chau");

        var extract = await ExtractRuns.RunAsync(new ExtractRequest(article, Out: draft, SeedFolder: ExtractRuns.SeedFolder, UseNeo4j: true),
            () => new RecordingDriver(neo4j.Driver));

        Assert.True(extract.ExitCode == 0, extract.Error);
        var bodies = await File.ReadAllTextAsync(Path.Combine(draft, "bodies.yaml"));
        Assert.Contains("# REVIEW: Neo4j holds body:tinh-uy-lai-chau 'Tỉnh ủy Lai Châu', but without a valid kind (none)", bodies);
        Assert.Contains("id: \"body:tinh-uy-lai-chau-2\"", bodies);
    }

    [Fact]
    public async Task A_meeting_its_document_and_its_chair_only_Neo4j_holds_are_reused_by_the_next_article_on_it()
    {
        // Yesterday's draft, loaded with ADD=1: a conference, the resolution it studied and who chaired it, which the seed lacks.
        await neo4j.WipeAsync();
        Assert.Equal(ExitCodes.Loaded, (await Loader(ExtractRuns.SeedFolder, LoadMode.Load)).ExitCode);
        var first = Path.Combine(runs.Folder, "first");
        var yesterday = await ExtractRuns.RunAsync(new ExtractRequest(runs.Article("hoi-nghi-57.txt",
            "Sáng 12/9/2025, tại Hà Nội, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị. "
            + "Đồng chí Nguyễn Văn Phong, Phó Bí thư Thường trực Thành ủy Hà Nội chủ trì hội nghị."),
            new DateOnly(2025, 9, 12), "Hội nghị quán triệt Nghị quyết 57", first, SeedFolder: ExtractRuns.SeedFolder));
        Assert.True(yesterday.ExitCode == 0, yesterday.Error);
        Assert.Equal(ExitCodes.Loaded, (await Loader(first, LoadMode.Load, add: true)).ExitCode);
        const string Conference = "event:2025-09-12-conference-ha-noi";
        const string Resolution57 = "resolution:57-nq-tw";
        const string Chaired = "participation:nguyen-van-phong--2025-09-12-conference-ha-noi--chaired";
        Assert.Equal(1L, await ScalarAsync("MATCH (e:Event {id: $id}) RETURN count(e) AS value", ("id", Conference)));

        // Today's article on the same meeting, written another way, extracted against the seed folder and Neo4j.
        var second = Path.Combine(runs.Folder, "second-article");
        var today = await ExtractRuns.RunAsync(new ExtractRequest(runs.Article("hoi-nghi-57-b.txt",
            "Ngày 12/9/2025, Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Văn Phong chủ trì hội nghị quán triệt Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ."),
            new DateOnly(2025, 9, 13), "Hà Nội quán triệt Nghị quyết 57", second, SeedFolder: ExtractRuns.SeedFolder, UseNeo4j: true),
            () => new RecordingDriver(neo4j.Driver));
        Assert.True(today.ExitCode == 0, today.Error);
        var events = await File.ReadAllTextAsync(Path.Combine(second, "events.yaml"));
        Assert.Contains($"# MATCHED {Conference} (in Neo4j, not in", events);
        Assert.Contains("an event of the same kind (CONFERENCE) on the same date", events);
        var resolutions = await File.ReadAllTextAsync(Path.Combine(second, "resolutions.yaml"));
        Assert.Contains($"# MATCHED {Resolution57} (in Neo4j, not in", resolutions);
        var participations = await File.ReadAllTextAsync(Path.Combine(second, "participations.yaml"));
        Assert.Contains($"# MATCHED {Chaired} (in Neo4j, not in", participations);
        Assert.DoesNotContain("-2\"", events + resolutions + participations);
        var validate = await Loader(second, LoadMode.ValidateOnly);
        Assert.True(validate.ExitCode == ExitCodes.Loaded, validate.Error);

        var load = await Loader(second, LoadMode.Load, add: true);
        Assert.True(load.ExitCode == ExitCodes.Loaded, load.Error);
        Assert.Matches(@"Event\s+0\s+", load.Output);
        Assert.Matches(@"Resolution\s+0\s+", load.Output);
        Assert.Equal(1L, await ScalarAsync("MATCH (e:Event) WHERE e.date = $date RETURN count(e) AS value", ("date", "2025-09-12")));
        Assert.Equal(1L, await ScalarAsync("MATCH (r:Resolution) WHERE r.code = $code RETURN count(r) AS value", ("code", "57-NQ/TW")));
        Assert.Equal(1L, await ScalarAsync("MATCH ()-[p:PARTICIPATED_IN]->(:Event {id: $id}) RETURN count(p) AS value", ("id", Conference)));
        // Both articles now attest the meeting, the document and the chair; the hosts and the DISCUSSED link stay.
        Assert.Equal(2, (await ListAsync("MATCH (:Event {id: $id})-[:ATTESTED_BY]->(s:Source) RETURN s.id AS value", Conference)).Count);
        Assert.Equal(2, (await ListAsync("MATCH (:Resolution {id: $id})-[:ATTESTED_BY]->(s:Source) RETURN s.id AS value", Resolution57)).Count);
        Assert.Equal([Resolution57], await ListAsync("MATCH (:Event {id: $id})-[:DISCUSSED]->(r) RETURN r.id AS value", Conference));
        Assert.Single(await ListAsync("MATCH (:Event {id: $id})-[:HOSTED_BY]->(b) RETURN b.id AS value", Conference));
        var chaired = await MapAsync("MATCH ()-[p:PARTICIPATED_IN {id: $id}]->() RETURN properties(p) AS value", Chaired);
        Assert.Equal(2, ((List<object?>)chaired["evidenceSources"]!).Distinct().Count());
    }

    [Fact]
    public async Task A_new_record_never_takes_an_id_Neo4j_gives_to_something_the_article_did_not_name()
    {
        await neo4j.WipeAsync();
        Assert.Equal(ExitCodes.Loaded, (await Loader(ExtractRuns.SeedFolder, LoadMode.Load)).ExitCode);
        // Written by hand elsewhere: a person under the slug the article's new person would get, with another name
        // (so the article's names do not lead to it), and a source under the slug of the article's title.
        await neo4j.Driver.RunAsync("CREATE (:Person {id: $person, name: $name}), (:Source {id: $source, title: $title})",
            new Dictionary<string, object?> { ["person"] = "person:luc-van-tam", ["name"] = "Nguyễn Thị Hoa", ["source"] = "source:lai-chau", ["title"] = "Lai Châu" });
        var draft = Path.Combine(runs.Folder, "lai-chau-ids");

        var extract = await ExtractRuns.RunAsync(new ExtractRequest(runs.Article("lai-chau.txt", "Đồng chí Lục Văn Tám, Bí thư Tỉnh ủy Lai Châu phát biểu."),
            Title: "Lai Châu", Out: draft, SeedFolder: ExtractRuns.SeedFolder, UseNeo4j: true), () => new RecordingDriver(neo4j.Driver));

        Assert.True(extract.ExitCode == 0, extract.Error);
        Assert.Contains("id: \"person:luc-van-tam-2\"", await File.ReadAllTextAsync(Path.Combine(draft, "people.yaml")));
        Assert.Contains("id: \"source:lai-chau-2\"", await File.ReadAllTextAsync(Path.Combine(draft, "sources.yaml")));
        Assert.True((await Loader(draft, LoadMode.Load, add: true)).ExitCode == ExitCodes.Loaded);
        Assert.Equal("Nguyễn Thị Hoa", (await MapAsync("MATCH (p:Person {id: $id}) RETURN properties(p) AS value", "person:luc-van-tam"))["name"]);
    }

    /// <summary>One folder with both folders' YAML files (but <paramref name="except"/>) and their sources.</summary>
    private string Combined(string seed, string second, string except)
    {
        var folder = Path.Combine(runs.Folder, "combined");
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        foreach (var source in new[] { seed, second })
        {
            foreach (var file in Directory.EnumerateFiles(source, "*.yaml").Where(f => Path.GetFileName(f) != except))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "sources")))
                File.Copy(file, Path.Combine(folder, "sources", Path.GetFileName(file)));
        }
        return folder;
    }

    /// <summary>Every node and relationship with its properties, as sorted canonical lines: equal graphs give equal lists.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        var nodes = await neo4j.Driver.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties");
        var relationships = await neo4j.Driver.RunAsync("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties");
        return [.. nodes.Records.Concat(relationships.Records).Select(r => JsonSerializer.Serialize(Sorted(r.Values))).Order(StringComparer.Ordinal)];
    }

    private static object? Sorted(object? value) => value switch
    {
        IDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        IEnumerable<object?> list => list.Select(Sorted).ToList(),
        _ => value,
    };

    private async Task<long> ScalarAsync(string cypher, (string Name, object Value) parameter) =>
        Convert.ToInt64((await neo4j.Driver.RunAsync(cypher, new Dictionary<string, object?> { [parameter.Name] = parameter.Value })).Records[0]["value"]);

    private async Task<IDictionary<string, object?>> MapAsync(string cypher, string id, (string Name, object Value)? extra = null)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        if (extra is { } e) parameters[e.Name] = e.Value;
        return (IDictionary<string, object?>)(await neo4j.Driver.RunAsync(cypher, parameters)).Records.Single()["value"]!;
    }

    private async Task<List<string>> ListAsync(string cypher, string id) =>
        [.. (await neo4j.Driver.RunAsync(cypher, new Dictionary<string, object?> { ["id"] = id })).Records.Select(r => (string)r["value"]!)];

    private static string Table(string output) =>
        string.Join("\n", output.Split('\n').SkipWhile(line => !line.StartsWith("kind", StringComparison.Ordinal)));

    private async Task<(int ExitCode, string Output, string Error)> Loader(string folder, LoadMode mode, bool add = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new LoadCommand(output, error) { WriteOptions = new WriteOptions(KeepAbsent: add) };
        var exit = await command.RunAsync(folder, mode, () => new RecordingDriver(neo4j.Driver)); // the fixture's driver outlives the command
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => runs.Dispose();
}
