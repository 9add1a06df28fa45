using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

/// <summary>Every JSON type goes to Neo4j as a parameter and comes back as the same plain .NET value.</summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class ParameterRoundTripTests(Neo4jServerFixture neo4j)
{
    public static TheoryData<string, object?, object?> Values => new()
    {
        // name, parameter sent, value expected back
        { "null", null, null },
        { "true", true, true },
        { "false", false, false },
        { "zero", 0L, 0L },
        { "int widens to long", 42, 42L },
        { "long max", long.MaxValue, long.MaxValue },
        { "long min", long.MinValue, long.MinValue },
        { "integer beyond double precision", 9_007_199_254_740_993L, 9_007_199_254_740_993L },
        { "double", 0.1, 0.1 },
        { "whole double stays double", 2.0, 2.0 },
        { "negative double", -1.5e-7, -1.5e-7 },
        { "huge double", 1.7976931348623157e308, 1.7976931348623157e308 },
        { "float widens to double", 0.5f, 0.5 },
        { "decimal becomes double", 12.25m, 12.25 },
        { "empty string", "", "" },
        { "Vietnamese", "Nguyễn Phú Trọng, Tổng Bí thư Ban Chấp hành Trung ương Đảng", "Nguyễn Phú Trọng, Tổng Bí thư Ban Chấp hành Trung ương Đảng" },
        { "combining marks kept as sent", "Nguye\u0302\u0303n", "Nguye\u0302\u0303n" },
        { "JSON specials", "quote \" backslash \\ newline \n tab \t nul \u0000 emoji 🇻🇳", "quote \" backslash \\ newline \n tab \t nul \u0000 emoji 🇻🇳" },
        { "date as ISO string", new DateOnly(2021, 1, 31), "2021-01-31" },
        { "empty list", new List<object?>(), new List<object?>() },
        { "list of longs from int array", new[] { 1, 2, 3 }, new List<object?> { 1L, 2L, 3L } },
        { "mixed list", new List<object?> { 1L, 2.5, "ba", null, true }, new List<object?> { 1L, 2.5, "ba", null, true } },
        { "empty map", new Dictionary<string, object?>(), new Dictionary<string, object?>() },
        {
            "nested maps and lists",
            new Dictionary<string, object?>
            {
                ["tên"] = "Phạm Minh Chính",
                ["terms"] = new List<object?> { new Dictionary<string, object?> { ["from"] = "2021-04-05", ["to"] = null } },
                ["scores"] = new Dictionary<string, object?> { ["a"] = new List<object?> { 1L, 2.0 } },
            },
            new Dictionary<string, object?>
            {
                ["tên"] = "Phạm Minh Chính",
                ["terms"] = new List<object?> { new Dictionary<string, object?> { ["from"] = "2021-04-05", ["to"] = null } },
                ["scores"] = new Dictionary<string, object?> { ["a"] = new List<object?> { 1L, 2.0 } },
            }
        },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Parameter_comes_back_as_the_same_value_and_type(string name, object? sent, object? expected)
    {
        var result = await neo4j.Driver.RunAsync("RETURN $value AS value", new Dictionary<string, object?> { ["value"] = sent });

        var actual = result.Records.Single()["value"];
        Assert.True(PlainValue.Equal(expected, actual), $"{name}: expected {PlainValue.Show(expected)}, got {PlainValue.Show(actual)}");
    }

    [Fact]
    public async Task A_one_megabyte_Vietnamese_string_survives_a_write_and_a_read()
    {
        var text = string.Concat(Enumerable.Repeat("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam. ", 20_000));
        var marker = Guid.NewGuid().ToString();
        await neo4j.Driver.RunAsync("CREATE (:RoundTrip {marker: $marker, text: $text})",
            new Dictionary<string, object?> { ["marker"] = marker, ["text"] = text });

        var result = await neo4j.Driver.RunAsync("MATCH (n:RoundTrip {marker: $marker}) RETURN n.text AS text",
            new Dictionary<string, object?> { ["marker"] = marker });
        await DeleteAsync(marker);

        Assert.Equal(text, result.Records.Single()["text"]);
    }

    [Fact]
    public async Task Stored_properties_keep_long_and_double_apart()
    {
        var marker = Guid.NewGuid().ToString();
        var result = await neo4j.Driver.RunAsync(
            "CREATE (n:RoundTrip {marker: $marker, whole: $whole, fraction: $fraction, list: $list}) " +
            "RETURN n.whole AS whole, n.fraction AS fraction, n.list AS list",
            new Dictionary<string, object?> { ["marker"] = marker, ["whole"] = 3L, ["fraction"] = 3.0, ["list"] = new[] { "a", "ă", "â" } });
        await DeleteAsync(marker);

        var record = result.Records.Single();
        Assert.IsType<long>(record["whole"]);
        Assert.IsType<double>(record["fraction"]);
        Assert.Equal(new List<object?> { "a", "ă", "â" }, record["list"]);
    }

    [Fact]
    public async Task Nodes_come_back_as_their_property_maps()
    {
        var marker = Guid.NewGuid().ToString();
        var result = await neo4j.Driver.RunAsync("CREATE (n:RoundTrip {marker: $marker, name: 'Hà Nội', rank: 1}) RETURN n",
            new Dictionary<string, object?> { ["marker"] = marker });
        await DeleteAsync(marker);

        var node = Assert.IsType<Dictionary<string, object?>>(result.Records.Single()["n"]);
        Assert.Equal("Hà Nội", node["name"]);
        Assert.Equal(1L, node["rank"]);
    }

    [Fact]
    public async Task Rows_and_columns_keep_their_order()
    {
        var result = await neo4j.Driver.RunAsync("UNWIND range(1, 3) AS i RETURN i, i * 10 AS tenfold");

        Assert.Equal(["i", "tenfold"], result.Keys);
        Assert.Equal([1L, 2L, 3L], result.Records.Select(r => r["i"]));
        Assert.Equal([10L, 20L, 30L], result.Records.Select(r => r[1]));
    }

    private Task DeleteAsync(string marker) =>
        neo4j.Driver.RunAsync("MATCH (n:RoundTrip {marker: $marker}) DELETE n", new Dictionary<string, object?> { ["marker"] = marker });

    public static TheoryData<string, object> Unrepresentable => new()
    {
        { "NaN", double.NaN },
        { "infinity", double.PositiveInfinity },
        { "an object", new Uri("http://example.org") },
        { "a map keyed by numbers", new Dictionary<int, string> { [1] = "a" } },
    };

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public async Task A_value_without_a_Cypher_equivalent_is_refused_before_sending(string name, object value)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            neo4j.Driver.RunAsync("RETURN $value", new Dictionary<string, object?> { ["value"] = value }));

        Assert.True(error.Message.Contains("'value", StringComparison.Ordinal), $"{name}: the message should name the parameter: {error.Message}");
    }
}
