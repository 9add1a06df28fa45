namespace PolityGraph.Api.Tests.Examples;

/// <summary>
/// The README cannot drift from the API: each example block in it is exactly its query file and its answer's
/// snapshot (which ExampleAnswerTests checks against the running API). No database needed.
/// With README_EXAMPLES=write (what `make readme-examples` sets) the blocks are rewritten instead of compared.
/// </summary>
public sealed class ReadmeExamplesTests
{
    private static readonly bool Write = Environment.GetEnvironmentVariable("README_EXAMPLES") == "write";

    public static TheoryData<string> Examples() => [.. ExampleFile.All().Select(e => e.Name)];

    [Fact]
    public void Every_example_file_has_a_header_and_a_query()
    {
        var examples = ExampleFile.All();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Query), $"{e.Name}.graphql has no query"));
        Assert.Equal("01-who-held-the-post", examples[0].Name); // GraphiQL opens with it (ExampleQueries)
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_has_a_recorded_answer(string name) =>
        Assert.True(File.Exists(ExampleFile.Named(name).SnapshotPath),
            $"{name} has no snapshot: run `make readme-examples` (it records missing answers from the seed data).");

    [Fact]
    public void The_readme_shows_every_example_once_and_no_other()
    {
        var names = ReadmeExamples.Blocks(File.ReadAllText(ReadmeExamples.ReadmePath)).Select(b => b.Name).ToList();
        var files = ExampleFile.All().Select(e => e.Name).ToList();
        Assert.True(names.Count == names.Distinct().Count(), "An example appears twice in README.md: " + string.Join(", ", names));
        Assert.True(files.Except(names).ToList() is [], "Not in README.md (add `<!-- example: NAME -->` and `<!-- /example -->` where it belongs): "
            + string.Join(", ", files.Except(names)));
        Assert.True(names.Except(files).ToList() is [], "README.md names examples with no file in api/examples: " + string.Join(", ", names.Except(files)));
    }

    [Fact]
    public void The_readme_example_blocks_are_the_query_files_and_their_snapshots()
    {
        var readme = File.ReadAllText(ReadmeExamples.ReadmePath);
        var expected = ExampleFile.All().Where(e => File.Exists(e.SnapshotPath))
            .ToDictionary(e => e.Name, e => ReadmeExamples.Render(e, File.ReadAllText(e.SnapshotPath)));
        if (Write)
        {
            File.WriteAllText(ReadmeExamples.ReadmePath, ReadmeExamples.Rewrite(readme, name => expected.GetValueOrDefault(name)));
            return;
        }
        var stale = ReadmeExamples.Blocks(readme).Where(b => expected.TryGetValue(b.Name, out var block) && block != b.Block).ToList();
        if (stale.Count == 0) return;
        var names = string.Join(", ", stale.Select(b => b.Name));
        Assert.Fail($"README.md's example blocks differ from api/examples (query files and answer snapshots): {names}. "
            + $"Run `make readme-examples`. First difference, {stale[0].Name}:\nexpected:\n{expected[stale[0].Name]}\nin README.md:\n{stale[0].Block}");
    }
}
