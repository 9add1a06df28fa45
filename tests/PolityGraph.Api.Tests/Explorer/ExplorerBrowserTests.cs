using System.Text.Json;
using System.Text.Json.Nodes;
using PolityGraph.Api.Tests.Http;
using PolityGraph.Api.Tests.Schema;
using PolityGraph.Testing;
using Xunit.Abstractions;

namespace PolityGraph.Api.Tests.Explorer;

/// <summary>
/// The analyst explorer as an analyst meets it: the real API host (its own process) over a real Neo4j holding the
/// seed data, walked in Debian's headless Chromium by explorer-browser.mjs (search as you type, every view, links,
/// back/forward, deep links, not-found, vi/en, the API going away and coming back, axe-core on every view).
/// The screenshots land in docs/explorer/, where the README shows them.
/// It runs alone (<see cref="ExplorerBrowserCollection"/>), after the project's parallel tests: a walk of some
/// 100 browser steps with waits of its own failed once in CI while the fuzz and load tests shared the two cores.
/// </summary>
[Collection(ExplorerBrowserCollection.Name)]
public sealed class ExplorerBrowserTests(SeedGraph graph, ITestOutputHelper output)
{
    private static readonly string[] Views =
        ["home", "search", "person", "position", "body", "resolution", "event", "source", "path", "not-found", "person-en", "api-down"];

    [Fact]
    public async Task An_analyst_walks_every_view_of_the_explorer_over_the_seed_data()
    {
        if (!File.Exists(RepositoryRoot.Combine("api", "PolityGraph.Api", "wwwroot", "explorer", "index.html")))
            Assert.Fail("The explorer is not built: run `make setup` (setup-explorer).");
        await using var api = await ApiProcess.StartAsync(graph.Instance.Options);
        var screenshots = RepositoryRoot.Combine("docs", "explorer");
        Directory.CreateDirectory(screenshots);
        foreach (var view in Views) File.Delete(Path.Combine(screenshots, $"{view}.png"));

        var run = await NodeScript.RunAsync("tests/PolityGraph.Api.Tests/Explorer/explorer-browser.mjs",
            [api.BaseAddress.ToString().TrimEnd('/'), screenshots], TimeSpan.FromMinutes(12));
        output.WriteLine(run.StandardOutput);
        output.WriteLine(run.StandardError);
        Assert.True(run.ExitCode == 0, $"the browser script failed: {run.StandardError}");
        var report = JsonNode.Parse(run.StandardOutput)!;
        Assert.True((bool)report["ok"]!, $"stopped at '{report["step"]}': {report["error"]}\nconsole: {report["consoleErrors"]}");
        var views = report["views"]!;

        // Search as you type, without diacritics, by code, by title; the URL follows the box.
        var searches = views["search"]!["searches"]!;
        Assert.Equal("/explore/search?q=dinh+tien+dung", (string)searches["dinh tien dung"]!["url"]!);
        Assert.Contains("/explore/person/person:dinh-tien-dung", Strings(searches["dinh tien dung"]!["links"]));
        Assert.Contains("/explore/resolution/resolution:15-nq-tw-2007", Strings(searches["15-NQ/TW"]!["links"]));
        Assert.Contains("/explore/position/position:secretary-hanoi-party-committee", Strings(searches["bi thu thanh uy"]!["links"]));
        Assert.Equal("Chuyển đến nội dung", (string)views["home"]!["firstTab"]!); // the first Tab reaches the skip link

        // Person: posts with English gloss, a timeline row per post with attested dots and open ends, quotes in the page.
        var person = views["person"]!;
        Assert.Equal("Đinh Tiến Dũng", (string)person["heading"]!);
        Assert.Contains("Bí thư Thành ủy Hà Nội · Secretary of the Hanoi Party Committee", Strings(person["posts"]));
        Assert.Contains("position:secretary-hanoi-party-committee", Strings(person["timelineRows"]));
        Assert.Equal(Strings(person["posts"]).Count, Strings(person["timelineRows"]).Count);
        Assert.True((int)person["attestedMarks"]! >= 5, "every attested date is a dot (2 + 2 + 1 in the seed data)");
        Assert.Equal(2 * Strings(person["timelineRows"]).Count, (int)person["openEnds"]!); // no source states a start or an end
        Assert.True((int)person["eventMarks"]! >= 2);
        Assert.Contains("“Bí thư Thành ủy Hà Nội Đinh Tiến Dũng khẳng định”", Strings(person["quotes"]));
        Assert.Contains("/explore/source/source:hanoi-party-committee-plenum-11-2023", Strings(person["quoteSources"]));
        Assert.Contains(Strings(person["participations"]), p => p.StartsWith("Chủ trì · Hội nghị lần thứ mười một", StringComparison.Ordinal));
        Assert.Contains("Trương Thị Mai", Strings(person["alongside"]));   // same working delegation event
        Assert.Contains("Vương Đình Huệ", Strings(person["alongside"]));   // same body (Thành ủy Hà Nội)
        Assert.True((int)person["networkNodes"]! > 3);

        // Back returns to the search with its term; forward to the person.
        Assert.Equal("/explore/search?q=dinh+tien+dung", (string)views["back"]!["url"]!);
        Assert.Equal("dinh tien dung", (string)views["back"]!["box"]!);
        Assert.Equal("/explore/person/person:dinh-tien-dung", (string)views["forward"]!["url"]!);

        // Position: the three Hanoi Party Secretaries in order of succession.
        var position = views["position"]!;
        Assert.Equal("Secretary of the Hanoi Party Committee", (string)position["english"]!);
        Assert.Equal(["Hoàng Trung Hải", "Vương Đình Huệ", "Đinh Tiến Dũng"], Strings(position["holders"]));
        Assert.True((int)position["quotes"]! >= 3);

        // Body on a date: the date control changes the URL and the answer; a reload keeps both.
        var body = views["body"]!;
        Assert.Equal("2022-04-12", (string)body["on"]!);
        Assert.Contains("Đinh Tiến Dũng", Strings(body["members"]));
        Assert.DoesNotContain("Vương Đình Huệ", Strings(body["members"]));
        Assert.Equal(["/explore/body/body:hanoi-party-organization"], Strings(body["parent"]));
        Assert.Contains("/explore/body/body:hanoi-standing-committee", Strings(body["children"]));
        Assert.NotEmpty(Strings(body["issued"]));
        Assert.Contains("/explore/event/event:2023-01-11-hanoi-party-committee-xvii-plenum-11", Strings(body["hosted"]));
        Assert.Equal("/explore/body/body:hanoi-party-committee?on=2020-08-04", (string)views["bodyChanged"]!["url"]!);
        Assert.Equal(["Vương Đình Huệ"], Strings(views["bodyChanged"]!["members"]));
        Assert.Equal("2020-08-04", (string)views["bodyReloaded"]!["on"]!);
        Assert.Equal(["Vương Đình Huệ"], Strings(views["bodyReloaded"]!["members"]));

        // Resolution and event: who issued, where discussed, who chaired, presented, spoke on what.
        var resolution = views["resolution"]!;
        Assert.Equal("28-NQ/TW", (string)resolution["heading"]!);
        Assert.Contains("2022-11-17", Strings(resolution["facts"]));
        Assert.Contains("Ban Chấp hành Trung ương Đảng · Central Committee of the Communist Party of Vietnam", Strings(resolution["facts"]));
        Assert.Contains("/explore/event/event:2023-01-11-hanoi-party-committee-xvii-plenum-11", Strings(resolution["discussedAt"]));
        Assert.Equal(["Đinh Tiến Dũng", "Nguyễn Thị Tuyến"], Strings(resolution["onIt"]));
        var roles = views["event"]!["roles"]!;
        Assert.Contains("Đinh Tiến Dũng", Strings(roles["CHAIRED"]));
        Assert.Equal(["Nguyễn Thị Tuyến", "Trần Sỹ Thanh"], Strings(roles["PRESENTED"]).Order(StringComparer.Ordinal));
        Assert.Contains("Dương Đức Tuấn", Strings(roles["SPOKE"]));
        Assert.Contains(Strings(views["event"]!["spokeOn"]), s => s.StartsWith("Đinh Tiến Dũng — về: 28-NQ/TW", StringComparison.Ordinal));

        // Source: the article with every quote marked, each mark a link to its fact (or to the list of its facts).
        var source = views["source"]!;
        Assert.True((int)source["markCount"]! >= 10, $"marks: {source["markCount"]}");
        Assert.Equal(1, (int)source["graphqlRequests"]!); // the source and the facts quoting it, in one request
        Assert.All(source["marks"]!.AsArray(), m => Assert.Matches("^(/explore/person/person:[a-z-]+#(tenure|participation)-|#quote-)", (string)m!["href"]!));
        Assert.Contains(Strings(source["facts"]), f => f.StartsWith("Đinh Tiến Dũng — giữ chức Bí thư Thành ủy Hà Nội", StringComparison.Ordinal));
        var followed = views["sourceFollowed"]!;
        Assert.StartsWith("/explore/person/", (string)followed["url"]!);
        Assert.EndsWith((string)followed["targeted"]!, (string)followed["url"]!);

        // Connections: the chain between two officials, each step named.
        var path = views["path"]!;
        Assert.Equal(["PARTICIPATED_IN", "PARTICIPATED_IN"], Strings(path["steps"]));
        Assert.Equal(["person:dinh-tien-dung", "event:2022-04-12-working-delegation-1-hanoi", "person:truong-thi-mai"], Strings(path["boxes"]));
        Assert.StartsWith("/explore/path?from=person:hoang-trung-hai&to=person:truong-thi-mai", (string)views["pathForm"]!["url"]!);
        Assert.True((int)views["pathForm"]!["steps"]! >= 1);

        // Not found, for an unknown id and an unknown view.
        Assert.Equal("Không tìm thấy", (string)views["notFound"]!["heading"]!);
        Assert.Contains("person:nobody-by-this-id", (string)views["notFound"]!["alert"]!);
        Assert.Contains("/explore/no/such/view", (string)views["unknownView"]!["alert"]!);

        // The interface speaks English on request, keeps it across a reload, and goes back to Vietnamese.
        var language = views["language"]!;
        Assert.Equal("Posts held", (string)language["postsHeading"]!);
        Assert.Equal("true", (string)language["pressed"]!);
        Assert.Equal("Posts held", (string)language["afterReload"]!);
        Assert.Equal("Chức vụ đã giữ", (string)language["backToVietnamese"]!);

        // The API goes away: a clear message, the app still there, and the view appears by itself when it is back.
        var down = views["apiDown"]!;
        Assert.Contains("Không kết nối được máy chủ API", (string)down["message"]!);
        Assert.True((bool)down["shellStillThere"]!);
        Assert.True((bool)down["stillDownAfterRetries"]!);
        Assert.Equal("Ủy viên Bộ Chính trị", (string)down["recovered"]!["heading"]!);
        Assert.Contains("Đinh Tiến Dũng", Strings(down["recovered"]!["holders"]));
        Assert.True((bool)down["recovered"]!["alertGone"]!);

        // axe-core: no serious or critical violation on any view.
        foreach (var (view, violations) in report["axe"]!.AsObject())
        {
            var bad = violations!.AsArray().Where(v => (string?)v!["impact"] is "serious" or "critical").ToList();
            Assert.True(bad.Count == 0, $"{view}: {string.Join("; ", bad.Select(v => v!.ToJsonString()))}");
        }
        Assert.Equal(Views.Length, report["axe"]!.AsObject().Count);

        Assert.Empty(report["externalRequests"]!.AsArray());
        Assert.Empty(report["pageErrors"]!.AsArray());
        foreach (var view in Views) Assert.True(File.Exists(Path.Combine(screenshots, $"{view}.png")), $"no screenshot of {view}");
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();
}

/// <summary>The browser walk's own seed graph, in a collection that xunit runs with nothing beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExplorerBrowserCollection : ICollectionFixture<SeedGraph>
{
    public const string Name = "Explorer in a browser";
}
