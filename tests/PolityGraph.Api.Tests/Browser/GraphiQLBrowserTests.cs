using System.Text.Json;
using PolityGraph.Api.Tests.Http;
using PolityGraph.Testing;
using Xunit.Abstractions;

namespace PolityGraph.Api.Tests.Browser;

/// <summary>
/// GraphiQL as a person meets it, in Debian's headless Chromium driven by graphiql-smoke.mjs: the page
/// renders, the example query runs with the run button, the documentation explorer lists the schema, and
/// nothing is fetched from outside. The screenshot lands in tests/artifacts/graphiql.png.
/// </summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    private sealed record Report(bool Ok, string Step, string? Query, string? Result, string? Docs, string? Error,
        List<string> ConsoleErrors, List<string> PageErrors, List<string> ExternalRequests);

    [Fact]
    public async Task GraphiQL_renders_runs_the_example_query_and_browses_the_schema()
    {
        await using var server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphiQL:DefaultQuery"] = "# An example\n{\n  hello\n  people(first: 2) {\n    name\n  }\n}",
        });
        var screenshot = RepositoryRoot.Combine("tests", "artifacts", "graphiql.png");
        if (File.Exists(screenshot)) File.Delete(screenshot);

        var run = await NodeScript.RunAsync("tests/PolityGraph.Api.Tests/Browser/graphiql-smoke.mjs",
            [server.Endpoint.ToString(), screenshot], TimeSpan.FromMinutes(3));
        output.WriteLine(run.StandardOutput);
        output.WriteLine(run.StandardError);
        Assert.True(run.ExitCode == 0, $"the browser script failed: {run.StandardError}");

        var report = JsonSerializer.Deserialize<Report>(run.StandardOutput, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.True(report.Ok, $"stopped at '{report.Step}': {report.Error}\nconsole: {string.Join("\n", report.ConsoleErrors)}");
        Assert.Contains("people(first: 2)", report.Query);
        Assert.Contains("\"hello\": \"Hello, world!\"", report.Result);
        Assert.Contains("\"name\": \"person.2\"", report.Result);
        Assert.Contains("Query", report.Docs);
        Assert.Empty(report.ExternalRequests);
        Assert.Empty(report.PageErrors);
        Assert.True(File.Exists(screenshot), "no screenshot was saved");
    }
}
