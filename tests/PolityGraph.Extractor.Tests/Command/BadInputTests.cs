using System.Text;
using PolityGraph.Extractor.Input;
using PolityGraph.Extractor.Tests.Support;

namespace PolityGraph.Extractor.Tests.Command;

/// <summary>Input the extractor refuses: a clear reason on stderr, exit code 1, and nothing written.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ExtractRuns runs = new();

    public static TheoryData<string, byte[], string> Inputs => new()
    {
        { "empty", [], "is empty" },
        { "only whitespace", Encoding.UTF8.GetBytes(" \n\t \r\n"), "is empty (only whitespace)" },
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary file (a NUL byte at offset 8)" },
        { "invalid UTF-8", [.. Encoding.UTF8.GetBytes("Bí thư Tỉnh ủy "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" Nguyễn Văn An")], "not valid UTF-8 (bad byte at offset" },
        { "Windows-1258 bytes", Encoding.Latin1.GetBytes("B\u00ed th\u00fd T\u00ecnh"), "not valid UTF-8" },
        { "no Vietnamese", Encoding.UTF8.GetBytes("The Secretary of the Provincial Party Committee chaired the meeting."), "contains no Vietnamese text" },
        { "control characters", Encoding.UTF8.GetBytes("Bí thư Tỉnh ủy\u0001\u0002 Nguyễn Văn Ánh"), "control characters" },
        { "over 1 MiB", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Bí thư Tỉnh ủy Nguyễn Văn An phát biểu. ", 30_000))), "over the limit of 1048576 bytes (1 MiB)" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Is_refused_and_nothing_is_written(string kind, byte[] bytes, string reason)
    {
        var file = runs.Bytes("article.txt", bytes);
        var outFolder = Path.Combine(runs.Folder, "draft");
        var run = await ExtractRuns.RunAsync(new ExtractRequest(file, Out: outFolder, SeedFolder: ExtractRuns.SeedFolder));
        Assert.True(run.ExitCode == ExtractExitCodes.BadInput, $"{kind}: exit {run.ExitCode}, stderr {run.Error}");
        Assert.Contains(reason, run.Error);
        Assert.StartsWith("error: ", run.Error);
        Assert.Equal("", run.Output);
        Assert.False(Directory.Exists(outFolder));
        Assert.Equal(["article.txt"], Directory.EnumerateFileSystemEntries(runs.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Json_output_is_refused_the_same_way()
    {
        var file = runs.Bytes("article.txt", []);
        var run = await ExtractRuns.RunAsync(new ExtractRequest(file, Json: true, SeedFolder: ExtractRuns.SeedFolder));
        Assert.Equal(ExtractExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task An_existing_OUT_is_refused_and_left_as_it_was()
    {
        var file = runs.Article("article.txt", "Bí thư Tỉnh ủy Nghệ An Trần Văn Khải phát biểu.");
        var outFolder = Directory.CreateDirectory(Path.Combine(runs.Folder, "draft")).FullName;
        File.WriteAllText(Path.Combine(outFolder, "mine.yaml"), "people: []\n");
        var run = await ExtractRuns.RunAsync(new ExtractRequest(file, Out: outFolder, SeedFolder: ExtractRuns.SeedFolder));
        Assert.Equal(ExtractExitCodes.BadInput, run.ExitCode);
        Assert.Contains("already exists", run.Error);
        Assert.Equal(["mine.yaml"], Directory.EnumerateFileSystemEntries(outFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_missing_file_is_refused()
    {
        var run = await ExtractRuns.RunAsync(new ExtractRequest(Path.Combine(runs.Folder, "nowhere.txt"), Json: true, SeedFolder: ExtractRuns.SeedFolder));
        Assert.Equal(ExtractExitCodes.BadInput, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Fact]
    public void The_size_limit_is_one_mebibyte()
    {
        Assert.Equal(1024 * 1024, ArticleFile.MaxBytes);
        var atLimit = Encoding.UTF8.GetBytes("Bí thư Tỉnh ủy " + new string('a', ArticleFile.MaxBytes - Encoding.UTF8.GetByteCount("Bí thư Tỉnh ủy ")));
        Assert.Equal(ArticleFile.MaxBytes, atLimit.Length);
        Assert.NotNull(ArticleFile.Check("at-limit.txt", atLimit));
        Assert.Throws<BadInputException>(() => ArticleFile.Check("over.txt", [.. atLimit, (byte)'a']));
    }

    public void Dispose() => runs.Dispose();
}
