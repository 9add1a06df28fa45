using PolityGraph.Fuzz;
using PolityGraph.Neo4j;
using PolityGraph.Schema;
using PolityGraph.Testing;

// make fuzz N=1000000 [SEED=1]: the real API host (NEO4J_* from with-neo4j.sh) fuzzed over HTTP; counts by
// status and family on stdout and in tests/artifacts/fuzz.md; exit code 1 if any answer failed a check.
// --url http://host:port fuzzes a running API instead (its Neo4j then must be the caller's).
var cases = ArgumentOr(args, "--cases", 100_000L);
var seed = (ulong)ArgumentOr(args, "--seed", 1L);
var concurrency = (int)ArgumentOr(args, "--concurrency", 8L);
var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();

ApiProcess? api = null;
if (url is null) api = await ApiProcess.StartAsync(Neo4jOptions.FromEnvironment(), new Dictionary<string, string>
{
    // One log line per request would be most of the run's work.
    ["Logging__LogLevel__PolityGraph.Api.GraphQLHttp"] = "Warning",
});
try
{
    var baseAddress = url is null ? api!.BaseAddress : new Uri(url);
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = Timeout.InfiniteTimeSpan };
    var runner = new FuzzRunner(client, new Uri(baseAddress, "/graphql"), new FuzzCases(FuzzDocuments.PolityGraph))
    {
        Concurrency = concurrency,
        Progress = done => Console.Error.WriteLine($"fuzz: {done:N0} of {cases:N0}"),
    };
    // A freshly started Neo4j plans and compiles its first statements slowly: warm it up before counting.
    foreach (var document in FuzzDocuments.PolityGraph)
        await runner.SendAsync(new FuzzRequest("warm-up", "POST", "application/json", null, "",
            System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query = document }))));
    Console.Error.WriteLine($"fuzz: {cases:N0} requests to {baseAddress} (seed {seed}, {concurrency} at a time)");
    var report = await runner.RunAsync(seed, cases);
    var markdown = report.ToMarkdown();
    Console.WriteLine(markdown);
    var artifacts = RepositoryRoot.Combine("tests", "artifacts");
    Directory.CreateDirectory(artifacts);
    await File.WriteAllTextAsync(Path.Combine(artifacts, "fuzz.md"), markdown);
    return report.FailureCount == 0 ? 0 : 1;
}
finally
{
    if (api is not null) await api.DisposeAsync();
}

static long ArgumentOr(string[] args, string name, long fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : long.Parse(value.Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture);
}
