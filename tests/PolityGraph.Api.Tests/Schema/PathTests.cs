namespace PolityGraph.Api.Tests.Schema;

/// <summary>Query.path: the shortest chain over political relationships (ATTESTED_BY excluded).</summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class PathTests(HandMadeGraph graph)
{
    [Fact]
    public async Task Two_secretaries_of_one_post_are_two_steps_apart()
    {
        var data = (await graph.QueryAsync("""
            { path(from: "person:dinh-tien-dung", to: "person:hoang-trung-hai") {
                length nodes { __typename id ... on Position { title } }
                steps { relationship from { id } to { __typename id } } } }
            """)).Ok();
        JsonAssert.Equal("""
            {"path": {"length": 2,
              "nodes": [{"__typename": "Person", "id": "person:dinh-tien-dung"},
                        {"__typename": "Position", "id": "position:secretary-hanoi-party-committee", "title": "Bí thư Thành ủy Hà Nội"},
                        {"__typename": "Person", "id": "person:hoang-trung-hai"}],
              "steps": [{"relationship": "HELD", "from": {"id": "person:dinh-tien-dung"}, "to": {"__typename": "Position", "id": "position:secretary-hanoi-party-committee"}},
                        {"relationship": "HELD", "from": {"id": "person:hoang-trung-hai"}, "to": {"__typename": "Position", "id": "position:secretary-hanoi-party-committee"}}]}}
            """, data);
    }

    [Theory]
    [InlineData("person:nguyen-thi-tuyen", "body:central-committee", 6, 3)]
    [InlineData("person:nguyen-thi-tuyen", "body:central-committee", 3, 3)]
    [InlineData("person:nguyen-thi-tuyen", "body:central-committee", 2, null)] // too far for maxHops
    [InlineData("person:dinh-tien-dung", "source:article-one", 6, null)] // only ATTESTED_BY reaches a source
    [InlineData("person:dinh-tien-dung", "person:nobody", 6, null)]
    [InlineData("person:dinh-tien-dung", "person:dinh-tien-dung", 6, 0)]
    public async Task Path_length_or_null(string from, string to, int maxHops, int? length)
    {
        var data = (await graph.QueryAsync("query($f: ID!, $t: ID!, $m: Int) { path(from: $f, to: $t, maxHops: $m) { length nodes { id } steps { relationship } } }",
            new { f = from, t = to, m = maxHops })).Ok();
        if (length is null)
        {
            Assert.Null(data["path"]);
            return;
        }
        Assert.Equal(length, (int)data["path"]!["length"]!);
        Assert.Equal(length + 1, data["path"]!["nodes"]!.AsArray().Count);
        Assert.Equal(from, (string)data["path"]!["nodes"]![0]!["id"]!);
        Assert.All(data["path"]!["steps"]!.AsArray(), s => Assert.NotEqual("ATTESTED_BY", (string)s!["relationship"]!));
    }

    [Fact]
    public async Task MaxHops_defaults_to_six()
    {
        var data = (await graph.QueryAsync("""{ path(from: "person:hoang-trung-hai", to: "resolution:28-nq-tw-2022") { length } }""")).Ok();
        Assert.NotNull(data["path"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(11)]
    public async Task MaxHops_outside_1_to_10_is_a_clear_error(int maxHops)
    {
        var response = await graph.QueryAsync("query($m: Int) { path(from: \"person:dinh-tien-dung\", to: \"person:hoang-trung-hai\", maxHops: $m) { length } }", new { m = maxHops });
        Assert.Contains("maxHops must be between 1 and 10", Assert.Single(response.Result.Errors).Message);
        Assert.Empty(response.Statements);
    }
}
