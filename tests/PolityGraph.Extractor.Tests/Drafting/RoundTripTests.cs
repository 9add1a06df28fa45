using PolityGraph.Extractor.Grammar;
using PolityGraph.Extractor.Tests.Support;
using PolityGraph.GraphModel;
using PolityGraph.Loader;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Extractor.Tests.Drafting;

/// <summary>
/// The archivist's round trip: extract an article into a draft, validate it as make validate does,
/// load it into a real Neo4j next to the seed data, and find no person or post twice.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class RoundTripTests(Neo4jServerFixture neo4j) : IDisposable
{
    private readonly ExtractRuns runs = new();

    public static TheoryData<string, string?> SeedArticles => new()
    {
        { "000_6cec925b734f27ee.txt", null },
        { "001_71fa412a0b6186b5.txt", "2020-08-05" },
        { "002_4eea92ec01065533.txt", "2018-01-18" },
        { "003_528bc86e38a8c041.txt", "2022-03-25" },
        { "004_a336b1d5b261da7d.txt", "2023-01-12" },
    };

    [Theory]
    [MemberData(nameof(SeedArticles))]
    public async Task A_seed_article_drafts_loads_beside_the_seed_data_without_duplicates(string file, string? published)
    {
        var draft = Path.Combine(runs.Folder, "draft");
        var extract = await ExtractRuns.RunAsync(new ExtractRequest(
            RepositoryRoot.Combine("seed-data", "sources", file), published is null ? null : DateOnly.Parse(published), Out: draft,
            SeedFolder: ExtractRuns.SeedFolder));
        Assert.True(extract.ExitCode == 0, extract.Error);

        var validate = await Loader(draft, LoadMode.ValidateOnly);
        Assert.True(validate.ExitCode == ExitCodes.Loaded, validate.Error);

        await neo4j.WipeAsync();
        var seed = await Loader(ExtractRuns.SeedFolder, LoadMode.Load);
        Assert.True(seed.ExitCode == ExitCodes.Loaded, seed.Error);
        var before = await CountsAsync();
        var load = await Loader(draft, LoadMode.Load, add: true);
        Assert.True(load.ExitCode == ExitCodes.Loaded, load.Error);

        await AssertNoDuplicatesAsync();
        // Everything the seed article says is already known: the draft adds evidence, not people or posts.
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_new_article_adds_its_new_people_and_posts_once_and_reuses_the_known_ones()
    {
        var article = runs.Article("new.txt",
            "Sáng 12/9, tại Hà Nội, Ủy viên Bộ Chính trị, Bí thư Thành ủy Đinh Tiến Dũng chủ trì hội nghị. " +
            "Tham dự có các đồng chí: Khúc Văn Tám, Phó Chủ tịch UBND thành phố; Lục Thị Mai, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy. " +
            "Đồng chí Khúc Văn Tám được bầu giữ chức Phó Bí thư Thành ủy nhiệm kỳ 2025-2030.");
        var draft = Path.Combine(runs.Folder, "draft");
        var extract = await ExtractRuns.RunAsync(new ExtractRequest(article, new DateOnly(2025, 9, 13), "Hà Nội: hội nghị Thành ủy", draft, SeedFolder: ExtractRuns.SeedFolder));
        Assert.True(extract.ExitCode == 0, extract.Error);
        var people = await File.ReadAllTextAsync(Path.Combine(draft, "people.yaml"));
        Assert.Contains("# MATCHED person:dinh-tien-dung", people);
        Assert.Contains("# NEW person: no one named 'Khúc Văn Tám'", people);
        var tenures = await File.ReadAllTextAsync(Path.Combine(draft, "tenures.yaml"));
        Assert.Contains("term (nhiệm kỳ) 2025-2030", tenures);
        var participations = await File.ReadAllTextAsync(Path.Combine(draft, "participations.yaml"));
        Assert.Contains("person: \"person:dinh-tien-dung\"", participations);
        Assert.Contains("role: CHAIRED", participations);
        Assert.Contains("quote: \"Tham dự có các đồng chí:\"", participations);
        Assert.Contains("person: \"person:khuc-van-tam\"", participations);

        await neo4j.WipeAsync();
        Assert.Equal(ExitCodes.Loaded, (await Loader(ExtractRuns.SeedFolder, LoadMode.Load)).ExitCode);
        var (people0, positions0) = await CountsAsync();
        var load = await Loader(draft, LoadMode.Load, add: true);
        Assert.True(load.ExitCode == ExitCodes.Loaded, load.Error);
        await AssertNoDuplicatesAsync();
        var (people1, positions1) = await CountsAsync();
        Assert.Equal(people0 + 2, people1);   // Khúc Văn Tám, Lục Thị Mai
        // Known: Politburo member, Hà Nội's secretary, deputy secretary, vice-chair, standing committee member
        // (the place from context). New: only the head of the Thành ủy's Dân vận commission.
        Assert.Equal(positions0 + 1, positions1);

        // The next article names Khúc Văn Tám again: seed-data does not know him, the running Neo4j does.
        var next = runs.Article("next.txt", "Hà Nội. Đồng chí Khúc Văn Tám, Trưởng Ban Dân vận Thành ủy phát biểu.");
        var json = await ExtractRuns.RunAsync(new ExtractRequest(next, Json: true, SeedFolder: ExtractRuns.SeedFolder, UseNeo4j: true),
            () => new RecordingDriver(neo4j.Driver));
        Assert.True(json.ExitCode == 0, json.Error);
        var fact = System.Text.Json.JsonDocument.Parse(json.Output.Trim()).RootElement;
        Assert.Equal("person:khuc-van-tam", fact.GetProperty("personId").GetString());
        Assert.Equal("position:truong-ban-dan-van-thanh-uy-ha-noi", fact.GetProperty("positionId").GetString());
        var nextDraft = Path.Combine(runs.Folder, "next-draft");
        var yaml = await ExtractRuns.RunAsync(new ExtractRequest(next, Out: nextDraft, SeedFolder: ExtractRuns.SeedFolder, UseNeo4j: true),
            () => new RecordingDriver(neo4j.Driver));
        Assert.True(yaml.ExitCode == 0, yaml.Error);
        // Reused under the graph's ids (issue 11): make load ADD=1 merges the records into the nodes.
        Assert.Contains("# MATCHED person:khuc-van-tam (in Neo4j, not in", await File.ReadAllTextAsync(Path.Combine(nextDraft, "people.yaml")));
        Assert.Contains("# MATCHED position:truong-ban-dan-van-thanh-uy-ha-noi (in Neo4j, not in", await File.ReadAllTextAsync(Path.Combine(nextDraft, "positions.yaml")));
    }

    private async Task AssertNoDuplicatesAsync()
    {
        var people = await neo4j.Driver.RunAsync("MATCH (p:Person) RETURN p.name AS name");
        var names = people.Records.Select(r => SearchFolding.Fold((string)r["name"]!)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        var positions = await neo4j.Driver.RunAsync("MATCH (p:Position) RETURN p.title AS title");
        var titles = positions.Records.Select(r => PostKeys.ForMatching((string)r["title"]!)).ToList();
        Assert.True(titles.Count == titles.Distinct().Count(),
            "duplicate posts: " + string.Join(", ", titles.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key)));
    }

    private async Task<(long People, long Positions)> CountsAsync()
    {
        var result = await neo4j.Driver.RunAsync(
            "MATCH (p:Person) WITH count(p) AS people MATCH (q:Position) RETURN people, count(q) AS positions");
        return ((long)result.Records[0]["people"]!, (long)result.Records[0]["positions"]!);
    }

    /// <summary>
    /// The loader as `make load` runs it: the seed folder makes the graph equal to it; a draft is added to it
    /// (`make load ADD=1`, --keep-absent), since a draft holds only what one article says.
    /// </summary>
    private async Task<(int ExitCode, string Output, string Error)> Loader(string folder, LoadMode mode, bool add = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new LoadCommand(output, error) { WriteOptions = new WriteOptions(KeepAbsent: add) };
        // The command disposes the driver it is given; the fixture's must outlive it.
        var exit = await command.RunAsync(folder, mode, () => new RecordingDriver(neo4j.Driver));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => runs.Dispose();
}
