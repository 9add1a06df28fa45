using PolityGraph.Api.Tests.Http;
using PolityGraph.Fuzz;
using Xunit.Abstractions;

namespace PolityGraph.Api.Tests.Fuzz;

/// <summary>
/// A few thousand generated requests (fixed seed, so every run sends the same ones) against the real endpoint
/// over HTTP: none may get a 5xx, hang, drop the connection, or show internals. <c>make fuzz N=...</c> runs the
/// same generator against the real API host for as many cases as wanted.
/// </summary>
public sealed class HttpFuzzTests(ITestOutputHelper output)
{
    private const ulong Seed = 20261201;
    private const int Cases = 2_000;

    private static readonly IReadOnlyList<string> Documents =
    [
        "{ hello }",
        """query Greet($name: String = "x") { hello(name: $name) }""",
        "query Sum($values: [Int!]!) { sum(values: $values) }",
        "{ people(first: 3) { name friends(first: 2) { name friends { name } } } }",
        "{ failing hello }",
        """mutation Rename { rename(name: "y") }""",
        "query A { hello } query B { people { name } }",
        "{ __typename ...F } fragment F on Query { hello @include(if: true) }",
        PolityGraph.GraphQL.Introspection.IntrospectionQuery.Text,
    ];

    [Fact]
    public async Task Thousands_of_generated_requests_get_no_5xx_no_hang_and_no_internals()
    {
        // GraphiQL off: whether its page is built (make setup) must not change what the fuzzer sees.
        await using var server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:ExecutionTimeout"] = HttpServerFixture.ExecutionTimeout,
            ["GraphiQL:Enabled"] = "false",
        });
        var runner = new FuzzRunner(server.Client, server.Endpoint, new FuzzCases(Documents)) { Concurrency = 4 };

        var report = await runner.RunAsync(Seed, Cases);

        output.WriteLine(report.ToMarkdown());
        Assert.Equal(Cases, report.Total);
        Assert.True(report.FailureCount == 0, report.ToMarkdown());
        // The generator reaches every outcome it is meant to: answers, refusals of each kind.
        Assert.All(new[] { "200", "400", "405", "413", "415" }, status => Assert.Contains(status, report.ByStatus.Keys));
    }

    [Fact]
    public void The_same_seed_generates_the_same_cases()
    {
        var cases = new FuzzCases(Documents);
        for (var i = 0; i < 200; i++)
            Assert.Equal(cases.Case(Seed, i).Describe(10_000), cases.Case(Seed, i).Describe(10_000));
        Assert.NotEqual(cases.Case(Seed, 0).Describe(10_000), cases.Case(Seed + 1, 0).Describe(10_000));
    }

    [Theory]
    [InlineData(500, "application/json", "{}", "status 500")]
    [InlineData(400, "application/json", "", "empty body")]
    [InlineData(200, "application/json", "{\"data\":", "does not parse")]
    [InlineData(200, "application/json", "[]", "not an object")]
    [InlineData(400, "application/json", "{\"errors\":[{\"message\":\"   at PolityGraph.Api.Handler.Run()\"}]}", "internals")]
    [InlineData(200, "application/json", "{\"errors\":[{\"message\":\"System.InvalidOperationException: x\"}]}", "internals")]
    [InlineData(200, "application/json", "{\"errors\":[{\"message\":\"Neo4j at http://127.0.0.1:7475/ is unreachable\"}]}", "internals")]
    [InlineData(200, "application/json", "{\"errors\":[{\"message\":\"in /home/build/repo/File.cs:line 12\"}]}", "internals")]
    [InlineData(200, "application/json", "{\"errors\":[{\"message\":\"MATCH (p:Person) RETURN p\"}]}", "internals")]
    public void The_checks_catch_what_they_look_for(int status, string mediaType, string body, string problem) =>
        Assert.Contains(problem, FuzzRunner.Check("POST", status, mediaType, System.Text.Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(200, "application/json", "{\"data\":{\"hello\":\"Hello, world!\"}}")]
    [InlineData(400, "application/graphql-response+json", "{\"errors\":[{\"message\":\"Cannot query field \\\"x\\\" on type \\\"Query\\\".\"}]}")]
    [InlineData(200, "text/plain", "type Query { hello: String }")]
    public void Good_answers_pass_the_checks(int status, string mediaType, string body) =>
        Assert.Null(FuzzRunner.Check("POST", status, mediaType, System.Text.Encoding.UTF8.GetBytes(body)));
}
