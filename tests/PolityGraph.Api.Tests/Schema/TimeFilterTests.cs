namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// "Held on D" means D in [from ?? earliest attestation, to ?? latest attestation]. In the hand-made graph the
/// Hanoi secretaries span [2018-01-18, 2018-01-18] (Hải, attestation only), [2020-02-07, 2021-03-12] (Huệ,
/// stated bounds) and [2021-03-12, 2023-04-12] (Dũng, stated start, latest attestation as end).
/// </summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class TimeFilterTests(HandMadeGraph graph)
{
    private const string Secretary = "position:secretary-hanoi-party-committee";

    [Theory]
    [InlineData("2018-01-18", "Hoàng Trung Hải")]
    [InlineData("2018-01-19", "")]
    [InlineData("2020-08-04", "Vương Đình Huệ")]
    [InlineData("2021-03-12", "Vương Đình Huệ,Đinh Tiến Dũng")] // both bounds inclusive; oldest first
    [InlineData("2023-04-12", "Đinh Tiến Dũng")]
    [InlineData("2023-04-13", "")]
    public async Task Officeholders_on_a_date(string on, string expected)
    {
        var data = (await graph.QueryAsync("query($p: ID!, $on: Date) { officeholders(position: $p, on: $on) { person { name } } }", new { p = Secretary, on })).Ok();
        Assert.Equal(expected, string.Join(",", data["officeholders"]!.AsArray().Select(t => (string)t!["person"]!["name"]!)));
    }

    [Fact]
    public async Task Officeholders_without_a_date_lists_every_tenure_oldest_first()
    {
        var data = (await graph.QueryAsync($$"""{ officeholders(position: "{{Secretary}}") { person { name } from to attestedOn position { id } } }""")).Ok();
        JsonAssert.Equal("""
            {"officeholders": [
              {"person": {"name": "Hoàng Trung Hải"}, "from": null, "to": null, "attestedOn": ["2018-01-18"], "position": {"id": "position:secretary-hanoi-party-committee"}},
              {"person": {"name": "Vương Đình Huệ"}, "from": "2020-02-07", "to": "2021-03-12", "attestedOn": ["2020-08-04"], "position": {"id": "position:secretary-hanoi-party-committee"}},
              {"person": {"name": "Đinh Tiến Dũng"}, "from": "2021-03-12", "to": null, "attestedOn": ["2023-04-12", "2023-01-11"], "position": {"id": "position:secretary-hanoi-party-committee"}}]}
            """, data);
    }

    [Theory]
    [InlineData("position:nobody")]
    [InlineData("person:dinh-tien-dung")] // not a position
    public async Task Officeholders_of_an_unknown_position_is_an_empty_list(string position)
    {
        var data = (await graph.QueryAsync("query($p: ID!) { officeholders(position: $p) { person { name } } }", new { p = position })).Ok();
        JsonAssert.Equal("""{"officeholders": []}""", data);
    }

    [Theory]
    [InlineData("""on: "2020-01-01" """, "")]
    [InlineData("""on: "2022-06-30" """, "Đinh Tiến Dũng")]
    [InlineData("""from: "2019-01-01" """, "Vương Đình Huệ,Đinh Tiến Dũng")]
    [InlineData("""to: "2020-12-31" """, "Hoàng Trung Hải,Vương Đình Huệ")]
    [InlineData("""from: "2019-01-01", to: "2020-12-31" """, "Vương Đình Huệ")]
    [InlineData("""from: "2021-03-12", to: "2021-03-12" """, "Vương Đình Huệ,Đinh Tiến Dũng")]
    public async Task Position_holders_and_person_tenures_filter_by_date(string arguments, string expected)
    {
        // holders takes on: only; the same ranges are checked through each person's tenures.
        if (arguments.TrimStart().StartsWith("on", StringComparison.Ordinal))
        {
            var holders = (await graph.QueryAsync($$"""{ position(id: "{{Secretary}}") { holders({{arguments}}) { person { name } } } }""")).Ok();
            Assert.Equal(Sorted(expected), Sorted(string.Join(",", holders["position"]!["holders"]!.AsArray().Select(t => (string)t!["person"]!["name"]!))));
        }
        var people = (await graph.QueryAsync($$"""
            { people { nodes { name tenures({{arguments}}) { position { id } } } } }
            """)).Ok();
        var holding = people["people"]!["nodes"]!.AsArray()
            .Where(p => p!["tenures"]!.AsArray().Any(t => (string)t!["position"]!["id"]! == Secretary))
            .Select(p => (string)p!["name"]!);
        Assert.Equal(Sorted(expected), Sorted(string.Join(",", holding)));
    }

    [Theory]
    [InlineData("2023-01-11", "person:dinh-tien-dung,person:nguyen-thi-tuyen")]
    [InlineData("2020-08-04", "person:vuong-dinh-hue")]
    [InlineData("1999-01-01", "")]
    public async Task Body_members_on_a_date(string on, string expected)
    {
        var data = (await graph.QueryAsync("query($on: Date) { body(id: \"body:hanoi-party-committee\") { members(on: $on) { person { id } } } }", new { on })).Ok();
        Assert.Equal(expected, string.Join(",", data["body"]!["members"]!.AsArray().Select(m => (string)m!["person"]!["id"]!).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("""from: "2023-02-01" """, "SPOKE")]
    [InlineData("""to: "2023-02-01" """, "CHAIRED")]
    [InlineData("""from: "2023-01-11", to: "2023-04-12" """, "CHAIRED,SPOKE")]
    [InlineData("""from: "2024-01-01" """, "")]
    public async Task Person_participations_filter_by_the_event_date(string arguments, string expected)
    {
        var data = (await graph.QueryAsync($$"""{ person(id: "person:dinh-tien-dung") { participations({{arguments}}) { role } } }""")).Ok();
        Assert.Equal(expected, string.Join(",", data["person"]!["participations"]!.AsArray().Select(p => (string)p!["role"]!).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("", "event:2020-08-04-hanoi-agencies-congress,event:2023-01-11-hanoi-party-committee-plenum-11,event:2023-04-12-working-group-1-hanoi")]
    [InlineData("""(from: "2023-01-11")""", "event:2023-01-11-hanoi-party-committee-plenum-11,event:2023-04-12-working-group-1-hanoi")]
    [InlineData("""(to: "2023-01-11")""", "event:2020-08-04-hanoi-agencies-congress,event:2023-01-11-hanoi-party-committee-plenum-11")]
    [InlineData("""(from: "2023-01-12", to: "2023-04-11")""", "")]
    [InlineData("""(search: "ha noi", from: "2021-01-01")""", "event:2023-01-11-hanoi-party-committee-plenum-11,event:2023-04-12-working-group-1-hanoi")]
    public async Task Events_from_to_bound_the_event_date_inclusively_in_date_order(string arguments, string expected)
    {
        var data = (await graph.QueryAsync($"{{ events{arguments} {{ nodes {{ id }} }} }}")).Ok();
        Assert.Equal(expected, string.Join(",", data["events"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!)));
    }

    [Theory]
    [InlineData("", "resolution:hanoi-15-2017,resolution:15-nq-tw-2007,resolution:28-nq-tw-2022")] // undated first
    [InlineData("""(from: "2007-07-30")""", "resolution:15-nq-tw-2007,resolution:28-nq-tw-2022")]
    [InlineData("""(to: "2007-07-30")""", "resolution:15-nq-tw-2007")]
    [InlineData("""(from: "2008-01-01", to: "2022-11-16")""", "")]
    [InlineData("""(search: "phuong thuc lanh dao")""", "resolution:15-nq-tw-2007,resolution:28-nq-tw-2022")]
    public async Task Resolutions_from_to_bound_the_issue_date(string arguments, string expected)
    {
        var data = (await graph.QueryAsync($"{{ resolutions{arguments} {{ nodes {{ id }} }} }}")).Ok();
        Assert.Equal(expected, string.Join(",", data["resolutions"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!)));
    }

    [Fact]
    public async Task Nested_lists_in_time_come_oldest_first_and_others_by_id()
    {
        var data = (await graph.QueryAsync("""
            { body(id: "body:hanoi-party-committee") { members { person { id } } events { id } positions { id } }
              person(id: "person:dinh-tien-dung") { participations { event { date } } }
              people { nodes { id tenures { from } } } }
            """)).Ok();
        Assert.Equal(["person:hoang-trung-hai", "person:vuong-dinh-hue", "person:dinh-tien-dung", "person:nguyen-thi-tuyen"],
            data["body"]!["members"]!.AsArray().Select(m => (string)m!["person"]!["id"]!));
        Assert.Equal(["event:2020-08-04-hanoi-agencies-congress", "event:2023-01-11-hanoi-party-committee-plenum-11"],
            data["body"]!["events"]!.AsArray().Select(e => (string)e!["id"]!));
        Assert.Equal(["position:secretary-hanoi-party-committee", "position:standing-deputy-secretary-hanoi-party-committee"],
            data["body"]!["positions"]!.AsArray().Select(e => (string)e!["id"]!));
        Assert.Equal(["2023-01-11", "2023-04-12"], data["person"]!["participations"]!.AsArray().Select(p => (string)p!["event"]!["date"]!));
        Assert.DoesNotContain("#order", data.ToJsonString());
    }

    private static string Sorted(string csv) => string.Join(",", csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
}
