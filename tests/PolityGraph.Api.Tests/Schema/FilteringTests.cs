using PolityGraph.Testing;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolityGraph.Neo4j;
using PolityGraph.Schema;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// where:, order: and &lt;field&gt;Count on the seed graph. Each must-work example of issue 12 is checked against
/// the same answer worked out another way (the older arguments, or the whole list filtered here), so a
/// wrong filter fails whatever the seed data holds; and each still sends one statement.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class FilteringTests(SeedGraph graph)
{
    private const string Hanoi = "body:hanoi-party-committee";
    private const string Day = "2022-04-12";

    private async Task<JsonNode> Ok(string query, object? variables = null)
    {
        var response = await graph.QueryAsync(query, variables);
        var data = response.Ok();
        Assert.Equal(data.AsObject().Count, response.Statements.Count); // one statement per root field, filters included
        return data;
    }

    private static List<string> Ids(JsonNode? list, string path = "id") =>
        list!.AsArray().Select(n => (string)path.Split('.').Aggregate(n, (x, p) => x![p])!).ToList();

    [Fact]
    public async Task People_who_held_any_post_in_a_body_on_a_date()
    {
        var data = await Ok($$"""
            { filtered: people(where: { tenures: { some: { heldOn: "{{Day}}", position: { body: { id: { eq: "{{Hanoi}}" } } } } } }) { nodes { id } }
              body(id: "{{Hanoi}}") { members(on: "{{Day}}") { person { id } } } }
            """);
        var expected = Ids(data["body"]!["members"], "person.id").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(data["filtered"]!["nodes"]).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A filter that names a node by id starts from that node (FilterAnchor); the same filter inside a one-item or:
    /// (which means the same) is not anchored and tests every node of the label. Both must give the same page,
    /// counts and cursors, for filters that match some, none, or (an unknown id) nothing at all.
    /// </summary>
    [Theory]
    [InlineData("people", """{ tenures: { some: { position: { body: { id: { eq: "body:hanoi-party-committee" } } } } } }""")]
    [InlineData("people", """{ tenures: { some: { heldOn: "2023-01-11", position: { body: { id: { eq: "body:hanoi-party-committee" } } } } } }""")]
    [InlineData("people", """{ tenures: { some: { position: { body: { id: { eq: "body:no-such-body" } } } } } }""")]
    [InlineData("people", """{ and: [{ name: { contains: "nguyen" } }, { tenures: { some: { position: { id: { eq: "position:member-politburo" } } } } }] }""")]
    [InlineData("events", """{ participants: { some: { person: { id: { eq: "person:dinh-tien-dung" } }, role: { eq: SPOKE } } } }""")]
    [InlineData("events", """{ hosts: { some: { id: { eq: "body:hanoi-party-committee" } } } }""")]
    [InlineData("sources", """{ tenures: { some: { person: { id: { eq: "person:truong-thi-mai" } } } } }""")]
    [InlineData("sources", """{ participations: { some: { event: { id: { eq: "event:2022-04-12-working-delegation-1-hanoi" } } } } }""")]
    [InlineData("bodies", """{ members: { some: { person: { id: { eq: "person:dinh-tien-dung" } } } } }""")]
    [InlineData("positions", """{ body: { parent: { id: { eq: "body:central-committee" } } } }""")]
    public async Task A_filter_anchored_at_a_node_gives_what_the_unanchored_filter_gives(string root, string where)
    {
        string Page(string filter, string after) => $$"""
            { {{root}}(first: 2{{after}}, where: {{filter}}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } }
            """;
        async Task<JsonNode> Both(string after)
        {
            var anchored = (await Ok(Page(where, after)))[root]!;
            var scanned = (await Ok(Page($"{{ or: [{where}] }}", after)))[root]!;
            Assert.Equal(scanned.ToJsonString(), anchored.ToJsonString());
            return anchored;
        }
        var first = await Both("");
        if ((bool)first["pageInfo"]!["hasNextPage"]!)
            await Both($", after: \"{(string)first["pageInfo"]!["endCursor"]!}\"");
    }

    [Fact]
    public async Task The_documents_a_participation_is_about_take_where_order_and_a_count()
    {
        var data = await Ok("""
            { events(first: 100) { nodes { participants {
                about { id kind }
                sorted: about(order: [{ id: DESC }]) { id }
                resolutions: about(where: { kind: { eq: RESOLUTION } }) { id }
                aboutCount
                resolutionsCount: aboutCount(where: { kind: { eq: RESOLUTION } }) } } } }
            """);
        var participations = data["events"]!["nodes"]!.AsArray().SelectMany(e => e!["participants"]!.AsArray()).ToList();
        Assert.Contains(participations, p => p!["about"]!.AsArray().Count > 1);
        Assert.Contains(participations, p => (int)p!["resolutionsCount"]! < (int)p["aboutCount"]!);
        foreach (var p in participations)
        {
            var about = p!["about"]!.AsArray();
            Assert.Equal(about.Count, (int)p["aboutCount"]!);
            Assert.Equal(Ids(about).OrderDescending(StringComparer.Ordinal), Ids(p["sorted"]));
            var resolutions = about.Where(r => (string)r!["kind"]! == "RESOLUTION").Select(r => (string)r!["id"]!).ToList();
            Assert.Equal(resolutions, Ids(p["resolutions"])); // still in the participation's own order
            Assert.Equal(resolutions.Count, (int)p["resolutionsCount"]!);
        }
    }

    [Fact]
    public async Task Bodies_with_no_member_on_a_date()
    {
        var data = await Ok($$"""
            { filtered: bodies(first: 1000, where: { members: { none: { heldOn: "{{Day}}" } } }) { nodes { id } }
              all: bodies(first: 1000) { nodes { id members(on: "{{Day}}") { from } membersCount(on: "{{Day}}") } } }
            """);
        var all = data["all"]!["nodes"]!.AsArray();
        Assert.All(all, b => Assert.Equal(b!["members"]!.AsArray().Count, (int)b["membersCount"]!));
        var expected = all.Where(b => b!["members"]!.AsArray().Count == 0).Select(b => (string)b!["id"]!).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected, Ids(data["filtered"]!["nodes"]));
    }

    [Fact]
    public async Task Resolutions_issued_by_the_Politburo_after_2020_newest_first()
    {
        var data = await Ok("""
            { filtered: resolutions(where: { issuedBy: { kind: { eq: POLITBURO } }, issuedOn: { gt: "2020-12-31" } }, order: [{ issuedOn: DESC }]) { nodes { id } }
              all: resolutions(first: 1000) { nodes { id issuedOn issuedBy { kind } } } }
            """);
        var expected = data["all"]!["nodes"]!.AsArray()
            .Where(r => (string?)r!["issuedBy"]?["kind"] == "POLITBURO" && string.CompareOrdinal((string?)r["issuedOn"] ?? "", "2020-12-31") > 0)
            .OrderByDescending(r => (string)r!["issuedOn"]!, StringComparer.Ordinal).ThenBy(r => (string)r!["id"]!, StringComparer.Ordinal)
            .Select(r => (string)r!["id"]!).ToList();
        Assert.Equal(expected, Ids(data["filtered"]!["nodes"]));
        // The same filter without the date keeps the older ones too: the date filter does narrow.
        var politburo = await Ok("""{ resolutions(where: { issuedBy: { kind: { eq: POLITBURO } } }) { totalCount } }""");
        Assert.True((int)politburo["resolutions"]!["totalCount"]! >= expected.Count);
    }

    [Fact]
    public async Task Events_where_someone_presented_resolution_28()
    {
        var data = await Ok("""
            { filtered: events(where: { participants: { some: { role: { eq: PRESENTED }, about: { some: { code: { eq: "28-NQ/TW" } } } } } }) { nodes { id } }
              all: events(first: 1000) { nodes { id participants { role about { code } } } } }
            """);
        var expected = data["all"]!["nodes"]!.AsArray()
            .Where(e => e!["participants"]!.AsArray().Any(p => (string)p!["role"]! == "PRESENTED" && p["about"]!.AsArray().Any(r => (string?)r!["code"] == "28-NQ/TW")))
            .Select(e => (string)e!["id"]!).ToList();
        Assert.Equal(expected, Ids(data["filtered"]!["nodes"]));
        // Anyone speaking about it (any role) finds at least as many events.
        var spoke = await Ok("""{ events(where: { participants: { some: { about: { some: { code: { eq: "28-nq/tư" } } } } } }) { totalCount } }""");
        Assert.True((int)spoke["events"]!["totalCount"]! >= expected.Count);
    }

    [Fact]
    public async Task Positions_ordered_by_their_bodys_name()
    {
        var data = await Ok("""{ positions(first: 1000, order: [{ body: { name: ASC } }]) { nodes { id body { name } } } }""");
        var names = data["positions"]!["nodes"]!.AsArray().Select(p => (string?)p!["body"]?["name"] ?? "").ToList();
        Assert.True(names.Distinct().Count() > 2);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var descending = await Ok("""{ positions(first: 1000, order: [{ body: { name: DESC } }]) { nodes { body { name } } } }""");
        Assert.Equal(names.Order(StringComparer.Ordinal).Reverse(), descending["positions"]!["nodes"]!.AsArray().Select(p => (string?)p!["body"]?["name"] ?? ""));
    }

    public static TheoryData<string, Func<JsonNode, bool>> StringOperations => new()
    {
        { """{ eq: "dinh tien dung" }""", p => Fold(p) == "dinh tien dung" },
        { """{ neq: "dinh tien dung" }""", p => Fold(p) != "dinh tien dung" },
        { """{ contains: "Đình" }""", p => Fold(p).Contains("dinh") },
        { """{ ncontains: "van" }""", p => !Fold(p).Contains("van") },
        { """{ startsWith: "NGUYEN" }""", p => Fold(p).StartsWith("nguyen") },
        { """{ nstartsWith: "nguyen" }""", p => !Fold(p).StartsWith("nguyen") },
        { """{ endsWith: "hai" }""", p => Fold(p).EndsWith("hai") },
        { """{ nendsWith: "hai" }""", p => !Fold(p).EndsWith("hai") },
        { """{ in: ["Đinh Tiến Dũng", "truong thi mai"] }""", p => Fold(p) is "dinh tien dung" or "truong thi mai" },
        { """{ nin: ["Đinh Tiến Dũng"] }""", p => Fold(p) != "dinh tien dung" },
        { """{ or: [{ startsWith: "le" }, { endsWith: "son" }] }""", p => Fold(p).StartsWith("le") || Fold(p).EndsWith("son") },
    };

    private static string Fold(JsonNode person) => GraphModel.SearchFolding.Fold((string)person["name"]!);

    [Theory]
    [MemberData(nameof(StringOperations))]
    public async Task String_operations_fold_case_and_diacritics(string operation, Func<JsonNode, bool> expected)
    {
        var data = await Ok($$"""{ filtered: people(first: 1000, where: { name: {{operation}} }) { nodes { id } } all: people(first: 1000) { nodes { id name } } }""");
        var want = data["all"]!["nodes"]!.AsArray().Where(p => expected(p!)).Select(p => (string)p!["id"]!).ToList();
        Assert.NotEmpty(want);
        Assert.Equal(want, Ids(data["filtered"]!["nodes"]));
    }

    public static TheoryData<string, Func<JsonNode, bool>> OtherOperations => new()
    {
        { """issuedOn: { gte: "2020-01-01", lt: "2023-01-01" }""", r => Date(r) is { } d && string.CompareOrdinal(d, "2020-01-01") >= 0 && string.CompareOrdinal(d, "2023-01-01") < 0 },
        { """issuedOn: { lte: "2007-07-30" }""", r => Date(r) is { } d && string.CompareOrdinal(d, "2007-07-30") <= 0 },
        { """issuedOn: { eq: null }""", r => Date(r) is null },
        { """issuedOn: { neq: null }""", r => Date(r) is not null },
        { """issuedOn: { in: ["2022-11-17", "2007-07-30"] }""", r => Date(r) is "2022-11-17" or "2007-07-30" },
        { """plenum: { gt: 4 }""", r => (int?)r["plenum"] > 4 },
        { """plenum: { nin: [5] }""", r => (int?)r["plenum"] != 5 },
        { """kind: { in: [DIRECTIVE, PROGRAM] }""", r => (string)r["kind"]! is "DIRECTIVE" or "PROGRAM" },
        { """kind: { neq: RESOLUTION }""", r => (string)r["kind"]! != "RESOLUTION" },
        { """aliases: { some: { contains: "trung uong" } }""", r => r["aliases"]!.AsArray().Any(a => GraphModel.SearchFolding.Fold((string)a!).Contains("trung uong")) },
        { """aliases: { any: false }""", r => r["aliases"]!.AsArray().Count == 0 },
        { """discussedAt: { some: { date: { gt: "2022-01-01" } } }""", r => r["discussedAt"]!.AsArray().Any(e => string.CompareOrdinal((string?)e!["date"] ?? "", "2022-01-01") > 0) },
        { """discussedAt: { all: { date: { neq: null } } }""", r => r["discussedAt"]!.AsArray().All(e => e!["date"] is not null) },
        { """not: { issuedBy: { id: { eq: "body:central-committee" } } }""", r => (string?)r["issuedBy"]?["id"] != "body:central-committee" },
    };

    private static string? Date(JsonNode resolution) => (string?)resolution["issuedOn"];

    [Theory]
    [MemberData(nameof(OtherOperations))]
    public async Task Dates_numbers_enums_and_lists(string filter, Func<JsonNode, bool> expected)
    {
        var data = await Ok($$"""
            { filtered: resolutions(first: 1000, where: { {{filter}} }) { nodes { id } }
              all: resolutions(first: 1000) { nodes { id issuedOn plenum kind aliases issuedBy { id } discussedAt { date } } } }
            """);
        var want = data["all"]!["nodes"]!.AsArray().Where(r => expected(r!)).Select(r => (string)r!["id"]!).ToList();
        Assert.NotEmpty(want);
        Assert.Equal(want, Ids(data["filtered"]!["nodes"]));
    }

    [Fact]
    public async Task Nested_lists_filter_sort_and_count()
    {
        var data = await Ok($$"""
            { body(id: "{{Hanoi}}") {
                all: members { person { name } position { title } }
                sorted: members(order: [{ person: { name: DESC } }]) { person { name } }
                secretaries: members(where: { position: { title: { startsWith: "bi thu" } } }) { position { title } }
                secretariesCount: membersCount(where: { position: { title: { startsWith: "bi thu" } } })
                positionsCount
                positions { id } } }
            """);
        var body = data["body"]!;
        var names = body["sorted"]!.AsArray().Select(m => (string)m!["person"]!["name"]!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).Reverse(), names);
        var secretaries = body["all"]!.AsArray().Count(m => GraphModel.SearchFolding.Fold((string)m!["position"]!["title"]!).StartsWith("bi thu"));
        Assert.True(secretaries > 0);
        Assert.Equal(secretaries, body["secretaries"]!.AsArray().Count);
        Assert.Equal(secretaries, (int)body["secretariesCount"]!);
        Assert.Equal(body["positions"]!.AsArray().Count, (int)body["positionsCount"]!);
    }

    [Fact]
    public async Task Connections_sort_by_a_count()
    {
        var data = await Ok("""{ bodies(first: 1000, order: [{ membersCount: DESC }]) { nodes { id membersCount } } }""");
        var counts = data["bodies"]!["nodes"]!.AsArray().Select(b => (int)b!["membersCount"]!).ToList();
        Assert.True(counts[0] > counts[^1]);
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Theory]
    [InlineData("[{ issuedOn: DESC }]")]
    [InlineData("[{ issuedBy: { name: ASC } }, { plenum: DESC }]")]
    [InlineData("[{ discussedAtCount: DESC }, { code: ASC }]")]
    public async Task Cursors_page_through_any_order_forward_and_backward(string order)
    {
        var whole = Ids((await Ok($$"""{ resolutions(first: 1000, order: {{order}}) { nodes { id } } }"""))["resolutions"]!["nodes"]);
        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = (await Ok($$"""query($a: String) { resolutions(first: 3, after: $a, order: {{order}}) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }""", new { a = after }))["resolutions"]!;
            forward.AddRange(Ids(page["edges"], "node.id"));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        } while (after is not null);
        Assert.Equal(whole, forward);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await Ok($$"""query($b: String) { resolutions(last: 4, before: $b, order: {{order}}) { pageInfo { hasPreviousPage startCursor } nodes { id } } }""", new { b = before }))["resolutions"]!;
            backward.InsertRange(0, Ids(page["nodes"]));
            before = (bool)page["pageInfo"]!["hasPreviousPage"]! ? (string)page["pageInfo"]!["startCursor"]! : null;
        } while (before is not null);
        Assert.Equal(whole, backward);
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        var cursor = (string)(await Ok("""{ resolutions(first: 1, order: [{ issuedOn: DESC }]) { pageInfo { endCursor } } }"""))["resolutions"]!["pageInfo"]!["endCursor"]!;
        var response = await graph.QueryAsync($$"""{ resolutions(after: "{{cursor}}") { totalCount } }""");
        Assert.Equal("BAD_CURSOR", Assert.Single(response.Result.Errors).Extensions!["code"]);
        Assert.Empty(response.Statements);
    }

    [Theory]
    [InlineData("""{ people(where: { nickname: { eq: "x" } }) { totalCount } }""", "nickname")]
    [InlineData("""{ people(where: { name: { eq: 3 } }) { totalCount } }""", "String cannot represent")]
    [InlineData("""{ people(where: { name: { in: [] } }) { totalCount } }""", "at least one value")]
    [InlineData("""{ resolutions(where: { kind: { eq: SPEECH } }) { totalCount } }""", "SPEECH")]
    [InlineData("""{ people(where: { and: [{ or: [{ and: [{ or: [{ and: [{ or: [{ name: { eq: "x" } }] }] }] }] }] }] }) { totalCount } }""", "at most 5 deep")]
    [InlineData("""{ positions(order: [{ body: { name: UP } }]) { totalCount } }""", "UP")]
    [InlineData("""{ body(id: "body:politburo") { members(where: { heldOn: "yesterday" }) { from } } }""", "Date")]
    public async Task Bad_filters_get_clear_errors_and_no_statement(string query, string message)
    {
        var response = await graph.QueryAsync(query);
        var error = Assert.Single(response.Result.Errors);
        Assert.Contains(message, error.Message);
        Assert.Empty(response.Statements);
    }

    [Fact]
    public async Task Filter_values_travel_as_parameters()
    {
        const string Hostile = "x' OR 1=1 //";
        var response = await graph.QueryAsync("query($s: String) { people(where: { name: { contains: $s } }, order: [{ name: DESC }]) { totalCount } }", new { s = Hostile });
        JsonAssert.Equal("""{"people": {"totalCount": 0}}""", response.Ok());
        Assert.All(response.Statements, s => Assert.DoesNotContain("1=1", s));
    }

    /// <summary>
    /// The PROFILE plan of the compiled statement: the filtered items (<c>this</c>) are found by an index seek, never by
    /// scanning their label. (Inside a relationship filter's pattern comprehension Neo4j 3.1 may plan a small label,
    /// the seed's 17 positions, as a scan and a hash join; that reads no filtered item and is the planner's choice.)
    /// </summary>
    [Theory]
    [InlineData("""{ resolutions(where: { issuedOn: { gte: "2020-01-01" } }) { nodes { id } } }""", "NodeIndexSeekByRange")]
    [InlineData("""{ people(where: { id: { eq: "person:dinh-tien-dung" } }) { nodes { id } } }""", "NodeUniqueIndexSeek")]
    [InlineData("""{ events(where: { date: { eq: "2023-01-11" } }) { nodes { id } } }""", "NodeIndexSeek")]
    // A relationship filter that names a node by id starts from that node (FilterAnchor), not from every node of the label.
    [InlineData("""{ people(where: { tenures: { some: { position: { body: { id: { eq: "body:hanoi-party-committee" } } } } } }) { totalCount nodes { id } } }""", "NodeUniqueIndexSeek")]
    [InlineData("""{ events(where: { participants: { some: { person: { id: { eq: "person:dinh-tien-dung" } }, role: { eq: SPOKE } } } }) { nodes { id } } }""", "NodeUniqueIndexSeek")]
    [InlineData("""{ sources(where: { and: [{ tenures: { some: { position: { id: { eq: "position:member-politburo" } } } } }] }) { totalCount nodes { id } } }""", "NodeUniqueIndexSeek")]
    public async Task A_filter_on_an_indexed_property_uses_the_index(string query, string seek)
    {
        await using var driver = new Neo4jHttpDriver(graph.Instance.Options);
        var capture = new RecordingDriver(driver);
        var result = await PolityGraphSchema.CreateExecutor(capture).ExecuteAsync(new GraphQL.Execution.GraphQLRequest(query));
        Assert.Empty(result.Errors);
        var statement = Assert.Single(capture.Statements);
        var (cypher, parameters) = (statement.Cypher, statement.Parameters ?? new Dictionary<string, object?>());
        var operators = await ProfileAsync(driver, cypher, parameters);
        var plan = string.Join(", ", operators.Select(o => $"{o.Type}({string.Join(" ", o.Identifiers)})"));
        Assert.True(operators.Any(o => o.Type == seek), plan);
        Assert.DoesNotContain(operators, o => o.Type is "NodeByLabelScan" or "AllNodesScan"
            && o.Identifiers.Any(i => i.Trim().Split('@')[0] == "this"));
    }

    private async Task<List<(string Type, string[] Identifiers)>> ProfileAsync(INeo4jDriver driver, string cypher, IReadOnlyDictionary<string, object?> parameters)
    {
        var info = await driver.GetServerInfoAsync();
        using var http = new HttpClient();
        var options = graph.Instance.Options;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement = "PROFILE " + cypher, parameters } } });
        using var response = await http.PostAsync(new Uri(info.Endpoint.ToString().TrimEnd('/') + "/commit"), new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").GetArrayLength() == 0, json.RootElement.GetProperty("errors").ToString());
        var plan = json.RootElement.GetProperty("results")[0];
        var root = plan.TryGetProperty("plan", out var p) ? p.GetProperty("root") : plan.GetProperty("profile").GetProperty("root");
        return [.. Operators(root)];
    }

    private static IEnumerable<(string Type, string[] Identifiers)> Operators(JsonElement node)
    {
        yield return (node.GetProperty("operatorType").GetString()!,
            node.TryGetProperty("identifiers", out var ids) ? [.. ids.EnumerateArray().Select(i => i.GetString()!)] : []);
        if (node.TryGetProperty("children", out var children))
            foreach (var child in children.EnumerateArray())
                foreach (var name in Operators(child))
                    yield return name;
    }
}
