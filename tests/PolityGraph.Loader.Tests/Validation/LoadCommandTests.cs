using PolityGraph.Loader.Tests.Support;

namespace PolityGraph.Loader.Tests.Validation;

/// <summary>What the command line prints and returns when the files are wrong: no Neo4j involved.</summary>
public sealed class LoadCommandTests
{
    private static Func<PolityGraph.Neo4j.INeo4jDriver> MustNotConnect =>
        () => throw new InvalidOperationException("invalid input must be refused before connecting");

    [Fact]
    public async Task A_missing_folder_is_refused()
    {
        var error = new StringWriter();

        var exit = await new LoadCommand(new StringWriter(), error).RunAsync("/nonexistent/seed-folder", LoadMode.Load, MustNotConnect);

        Assert.Equal(ExitCodes.InvalidSeedData, exit);
        Assert.Equal("error: seed folder '/nonexistent/seed-folder' does not exist", error.ToString().Trim());
    }

    [Fact]
    public async Task Problems_go_to_stderr_one_per_line_then_a_count()
    {
        using var folder = SeedFolder.CopyOf(SeedFolder.Valid)
            .Replace("events.yaml", "role: SPOKE", "role: SPEAKS")
            .Replace("sources.yaml", "publishedOn: 2023-04-12", "publishedOn: 2023-04-31");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await new LoadCommand(output, error).RunAsync(folder.Path, LoadMode.ValidateOnly, MustNotConnect);

        Assert.Equal(ExitCodes.InvalidSeedData, exit);
        Assert.Equal("", output.ToString());
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("events.yaml:30: participation:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("sources.yaml:6: source:hanoi-working-session: publishedOn: '2023-04-31'", lines[1], StringComparison.Ordinal);
        Assert.Equal($"2 problems in {folder.Path}; nothing was written.", lines[2]);
    }
}
