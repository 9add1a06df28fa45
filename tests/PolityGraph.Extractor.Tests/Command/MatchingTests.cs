using System.Text.Json;
using PolityGraph.Extractor.Tests.Support;

namespace PolityGraph.Extractor.Tests.Command;

/// <summary>FORMAT=json against the real seed-data: known people and posts keep their ids, new ones get none.</summary>
public sealed class MatchingTests : IDisposable
{
    private readonly ExtractRuns runs = new();

    private async Task<List<JsonElement>> FactsAsync(string text)
    {
        var run = await ExtractRuns.RunAsync(new ExtractRequest(runs.Article("a.txt", text), Json: true, SeedFolder: ExtractRuns.SeedFolder));
        Assert.True(run.ExitCode == 0, run.Error);
        return [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Theory]
    [InlineData("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.")]
    [InlineData("Bí thư Thành ủy thành phố Hà Nội Đinh Tiến Dũng phát biểu.")]
    [InlineData("Sáng nay tại Hà Nội, Bí thư Thành ủy Đinh Tiến Dũng phát biểu.")]
    public async Task A_known_post_written_another_way_is_matched(string text)
    {
        var fact = Assert.Single(await FactsAsync(text));
        Assert.Equal("person:dinh-tien-dung", fact.GetProperty("personId").GetString());
        Assert.Equal("position:secretary-hanoi-party-committee", fact.GetProperty("positionId").GetString());
        Assert.Equal("current", fact.GetProperty("status").GetString());
        Assert.Contains(fact.GetProperty("quote").GetString()!, text);
    }

    [Fact]
    public async Task Abbreviations_are_expanded_before_matching()
    {
        var fact = Assert.Single(await FactsAsync("Chủ tịch Ủy ban nhân dân thành phố Hà Nội Trần Sỹ Thanh chủ trì."));
        Assert.Equal("position:chairman-hanoi-peoples-committee", fact.GetProperty("positionId").GetString());
        Assert.Equal("person:tran-sy-thanh", fact.GetProperty("personId").GetString());
    }

    [Fact]
    public async Task A_new_person_and_post_have_no_id_and_every_field()
    {
        var fact = Assert.Single(await FactsAsync("Đồng chí Lục Văn Tám, nguyên Bí thư Tỉnh ủy Sơn La dự."));
        Assert.Equal(JsonValueKind.Null, fact.GetProperty("personId").ValueKind);
        Assert.Equal(JsonValueKind.Null, fact.GetProperty("positionId").ValueKind);
        Assert.Equal("Lục Văn Tám", fact.GetProperty("person").GetString());
        Assert.Equal("Bí thư Tỉnh ủy Sơn La", fact.GetProperty("title").GetString());
        Assert.Equal("Tỉnh ủy Sơn La", fact.GetProperty("body").GetString());
        Assert.Equal("former", fact.GetProperty("status").GetString());
        Assert.Equal(["person", "personId", "title", "positionId", "body", "status", "quote"], fact.EnumerateObject().Select(p => p.Name));
    }

    public void Dispose() => runs.Dispose();
}
