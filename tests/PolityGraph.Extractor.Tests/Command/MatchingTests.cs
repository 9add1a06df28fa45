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

    /// <summary>
    /// A seed folder of namesakes: two people named Phạm Văn Hòa (one the secretary of Nam Định, one a vice-chairman of
    /// Thái Bình) and a Lê Văn Hùng, whose name "Lê Văn Hưng" equals only once diacritics are folded.
    /// </summary>
    private string NamesakeFolder()
    {
        var folder = Path.Combine(runs.Folder, "namesakes");
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        const string text = "Bí thư Tỉnh ủy Nam Định Phạm Văn Hòa và Phó Chủ tịch UBND tỉnh Thái Bình Phạm Văn Hòa dự; Giám đốc Sở Tài chính tỉnh Thái Bình Lê Văn Hùng báo cáo.";
        File.WriteAllText(Path.Combine(folder, "sources", "namesakes.txt"), text);
        static string Evidence(string quote) => $"""
                evidence:
                  - source: source:namesakes
                    quote: "{quote}"
            """;
        File.WriteAllText(Path.Combine(folder, "seed.yaml"), $"""
            sources:
              - id: source:namesakes
                file: sources/namesakes.txt
                title: Namesakes
            people:
              - id: person:pham-van-hoa-nam-dinh
                name: Phạm Văn Hòa
            {Evidence("Bí thư Tỉnh ủy Nam Định Phạm Văn Hòa")}
              - id: person:pham-van-hoa-thai-binh
                name: Phạm Văn Hòa
            {Evidence("Phó Chủ tịch UBND tỉnh Thái Bình Phạm Văn Hòa")}
              - id: person:le-van-hung
                name: Lê Văn Hùng
            {Evidence("Giám đốc Sở Tài chính tỉnh Thái Bình Lê Văn Hùng")}
            positions:
              - id: position:secretary-nam-dinh
                title: Bí thư Tỉnh ủy Nam Định
            {Evidence("Bí thư Tỉnh ủy Nam Định")}
              - id: position:vice-chair-thai-binh
                title: Phó Chủ tịch UBND tỉnh Thái Bình
            {Evidence("Phó Chủ tịch UBND tỉnh Thái Bình")}
              - id: position:director-finance-thai-binh
                title: Giám đốc Sở Tài chính tỉnh Thái Bình
            {Evidence("Giám đốc Sở Tài chính tỉnh Thái Bình")}
            tenures:
              - id: tenure:pham-van-hoa-nam-dinh--secretary-nam-dinh
                person: person:pham-van-hoa-nam-dinh
                position: position:secretary-nam-dinh
            {Evidence("Bí thư Tỉnh ủy Nam Định Phạm Văn Hòa")}
              - id: tenure:pham-van-hoa-thai-binh--vice-chair-thai-binh
                person: person:pham-van-hoa-thai-binh
                position: position:vice-chair-thai-binh
            {Evidence("Phó Chủ tịch UBND tỉnh Thái Bình Phạm Văn Hòa")}
              - id: tenure:le-van-hung--director-finance-thai-binh
                person: person:le-van-hung
                position: position:director-finance-thai-binh
            {Evidence("Giám đốc Sở Tài chính tỉnh Thái Bình Lê Văn Hùng")}
            """);
        return folder;
    }

    private async Task<(JsonElement Fact, string People)> DraftAsync(string folder, string text, string name)
    {
        var out_ = Path.Combine(runs.Folder, name);
        var run = await ExtractRuns.RunAsync(new ExtractRequest(runs.Article(name + ".txt", text), Out: out_, SeedFolder: folder));
        Assert.True(run.ExitCode == 0, run.Error);
        var json = await ExtractRuns.RunAsync(new ExtractRequest(runs.Article(name + "-json.txt", text), Json: true, SeedFolder: folder));
        var fact = JsonDocument.Parse(json.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single()).RootElement.Clone();
        return (fact, await File.ReadAllTextAsync(Path.Combine(out_, "people.yaml")));
    }

    [Fact]
    public async Task Among_namesakes_the_one_who_holds_the_post_is_matched()
    {
        var (fact, people) = await DraftAsync(NamesakeFolder(), "Chiều 5/3, Phó Chủ tịch UBND tỉnh Thái Bình Phạm Văn Hòa phát biểu.", "namesake-post");
        Assert.Equal("person:pham-van-hoa-thai-binh", fact.GetProperty("personId").GetString());
        Assert.Contains("# MATCHED person:pham-van-hoa-thai-binh: 2 people in", people);
        Assert.Contains("share the name; person:pham-van-hoa-thai-binh holds one of the same posts", people);
    }

    [Fact]
    public async Task Namesakes_none_of_whom_holds_the_post_leave_a_new_person_and_say_why()
    {
        var (fact, people) = await DraftAsync(NamesakeFolder(), "Chiều 5/3, Giám đốc Sở Xây dựng tỉnh Hà Nam Phạm Văn Hòa phát biểu.", "namesake-new");
        Assert.Equal(JsonValueKind.Null, fact.GetProperty("personId").ValueKind);
        Assert.Contains("id: \"person:pham-van-hoa\"", people);
        Assert.Contains("# REVIEW: 2 people in", people);
        Assert.Contains("share this name (person:pham-van-hoa-nam-dinh, person:pham-van-hoa-thai-binh) and none holds these posts: kept apart as new", people);
    }

    [Theory]
    [InlineData("Chiều 5/3, Giám đốc Sở Tài chính tỉnh Thái Bình Lê Văn Hưng báo cáo.", "person:le-van-hung")]
    [InlineData("Chiều 5/3, Giám đốc Sở Nội vụ tỉnh Hà Nam Lê Văn Hưng báo cáo.", null)]
    public async Task A_name_equal_only_once_folded_is_matched_only_through_a_known_post(string text, string? expected)
    {
        var (fact, people) = await DraftAsync(NamesakeFolder(), text, expected is null ? "folded-new" : "folded-post");
        Assert.Equal(expected, fact.GetProperty("personId").GetString());
        if (expected is null)
            Assert.Contains("# REVIEW: person:le-van-hung ('Lê Văn Hùng') in", people);
        else
            Assert.Contains("# MATCHED person:le-van-hung: same name once diacritics are folded as person:le-van-hung ('Lê Văn Hùng')", people);
        Assert.Contains(expected is null ? "differs only in diacritics, and none holds these posts: kept apart as new" : "who holds one of the same posts", people);
    }

    public void Dispose() => runs.Dispose();
}
