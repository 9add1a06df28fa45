namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// where:, order: and the Count sibling on a root list (officeholders), as on every other list. The hand-made
/// graph's secretary post has three holders: Hoàng Trung Hải (no dates, seen 2018-01-18), Vương Đình Huệ
/// (2020-02-07 to 2021-03-12) and Đinh Tiến Dũng (from 2021-03-12).
/// </summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class RootListFilteringTests(HandMadeGraph graph)
{
    private const string Secretary = "position:secretary-hanoi-party-committee";

    [Theory]
    [InlineData("", "hoang-trung-hai,vuong-dinh-hue,dinh-tien-dung")] // oldest first, a tenure without dates by its attestation
    [InlineData("""order: [{ from: DESC }]""", "dinh-tien-dung,vuong-dinh-hue,hoang-trung-hai")] // no start sorts lowest
    [InlineData("""order: [{ person: { id: ASC } }]""", "dinh-tien-dung,hoang-trung-hai,vuong-dinh-hue")]
    [InlineData("""order: [{ position: { title: ASC } }, { to: DESC }]""", "vuong-dinh-hue,hoang-trung-hai,dinh-tien-dung")] // one post: ties fall to to:
    [InlineData("""where: { from: { gte: "2021-01-01" } }""", "dinh-tien-dung")]
    [InlineData("""where: { person: { name: { contains: "hue" } } }""", "vuong-dinh-hue")] // folded, as search
    [InlineData("""where: { heldOn: "2020-08-04" }""", "vuong-dinh-hue")]
    [InlineData("""on: "2023-01-11", where: { attestedOn: { any: true } }""", "dinh-tien-dung")]
    [InlineData("""where: { or: [{ from: { eq: null } }, { to: { eq: null } }] }, order: [{ from: ASC }]""", "hoang-trung-hai,dinh-tien-dung")]
    [InlineData("""where: { person: { tenures: { some: { position: { title: { startsWith: "pho" } } } } } }""", "")]
    public async Task Officeholders_filter_sort_and_count(string arguments, string expected)
    {
        var separator = arguments.Length == 0 ? "" : ", ";
        var response = await graph.QueryAsync($$"""
            { officeholders(position: "{{Secretary}}"{{separator}}{{arguments}}) { person { id } }
              officeholdersCount(position: "{{Secretary}}"{{separator}}{{WithoutOrder(arguments)}}) }
            """);
        var data = response.Ok();
        var ids = data["officeholders"]!.AsArray().Select(t => ((string)t!["person"]!["id"]!)["person:".Length..]);
        Assert.Equal(expected, string.Join(",", ids));
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Length, (int)data["officeholdersCount"]!);
        Assert.Equal(2, response.Statements.Count);
    }

    [Theory]
    [InlineData("position:unknown", 0, 1)]
    [InlineData("person:dinh-tien-dung", 0, 0)] // not a position id: answered without asking the graph
    public async Task A_count_from_no_start_is_zero(string position, int count, int statements)
    {
        var response = await graph.QueryAsync("query($p: ID!) { officeholdersCount(position: $p, where: { from: { gte: \"2000-01-01\" } }) }", new { p = position });
        Assert.Equal(count, (int)response.Ok()["officeholdersCount"]!);
        Assert.Equal(statements, response.Statements.Count);
    }

    [Theory]
    [InlineData("""where: { nickname: { eq: "x" } }""", "nickname")]
    [InlineData("""order: [{ evidence: ASC }]""", "evidence")]
    public async Task Bad_filters_on_a_root_list_are_clear_errors(string arguments, string message)
    {
        var response = await graph.QueryAsync($$"""{ officeholders(position: "{{Secretary}}", {{arguments}}) { from } }""");
        Assert.Contains(message, Assert.Single(response.Result.Errors).Message);
        Assert.Empty(response.Statements);
    }

    /// <summary>The count takes the list's arguments except order.</summary>
    private static string WithoutOrder(string arguments)
    {
        var at = arguments.IndexOf("order:", StringComparison.Ordinal);
        return at < 0 ? arguments : arguments[..at].TrimEnd(' ', ',');
    }
}
