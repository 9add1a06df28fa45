using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PolityGraph.Benchmarks.Api;
using PolityGraph.Benchmarks.Loader;
using PolityGraph.GraphModel;
using PolityGraph.GraphQL.Execution;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;
using static PolityGraph.Benchmarks.Loader.BenchmarkGraphs;
using PolityGraph.Schema;
using PolityGraph.Testing;

// make bench-api: latency figures, printed and written to tests/artifacts/bench-api.md, never asserted.
// Five analyst queries, each timed through the API (real HTTP to the running host process) and as the very
// Cypher statement the API compiles for it, sent straight to Neo4j's HTTP endpoint. On the seed data and on
// a synthetic graph (the loader benchmark's generator).
//   --people N       synthetic people (default 100000; 0 skips the synthetic graph)
//   --iterations N   timed requests per query and path (default 200)
//   --warmup N       untimed requests first (default 300: the host JIT-compiles hot paths in tiers, and a long-running
//                    server is what is measured, not its first seconds)
//   --heap SIZE      heap of the throwaway Neo4j (default 4g: a load is one transaction, and 1g does not hold 100k people's)
//   --cost           instead of latency: what the complexity limit accepts and refuses, and what each shape costs when run
//                    (CostProbes; `make bench-cost`), written to tests/artifacts/bench-cost.md

var people = Arg("--people", 100_000);
var iterations = Arg("--iterations", 200);
var warmup = Arg("--warmup", 300);
var heap = args.SkipWhile(a => a != "--heap").Skip(1).FirstOrDefault() ?? "4g";
var cost = args.Contains("--cost");
var costLines = new List<string>();
Environment.SetEnvironmentVariable("NEO4J_HEAP", heap); // read by neo4j.sh when the throwaway instance starts

var rows = new List<string>();
var report = new StringBuilder();
report.AppendLine($"Sequential requests, taken in turn: the API, the API without its transaction reserve, direct Cypher; {warmup} warm-up then {iterations} timed of each per row; load average at start {LoadAverage()}; Neo4j 3.1.1 (throwaway, {heap} heap), {Environment.ProcessorCount} cores.");
report.AppendLine();
report.AppendLine("| data | query | API p50 ms | API p99 ms | Cypher p50 ms | Cypher p99 ms | API/Cypher p50 | API, no reserve, p50 ms |");
report.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");

await RunAsync("seed data", async driver => await LoadFolderAsync(driver, RepositoryRoot.Combine("seed-data")), _ => Task.FromResult(AnalystQueries.ForSeedData()), CostProbes.SeedData);
if (people > 0)
{
    await RunAsync($"synthetic, {people:N0} people", async driver =>
    {
        var folder = Directory.CreateTempSubdirectory("politygraph-bench-api-").FullName;
        try
        {
            var shape = SyntheticSeedFolder.Write(folder, people);
            Console.WriteLine($"  generated {shape}");
            await LoadFolderAsync(driver, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }, async driver =>
    {
        // A date on which the chosen post and body have a holder (synthetic tenures last one attested day).
        var date = (await driver.RunAsync("MATCH (:Position {id: 'position:p7'})<-[r:HELD]-() RETURN r.from AS d ORDER BY d LIMIT 1")).Records.FirstOrDefault()?["d"] as string;
        return AnalystQueries.ForSyntheticData(date ?? "2000-01-01");
    }, CostProbes.Synthetic);
}

if (cost)
{
    var costReport = new StringBuilder();
    costReport.AppendLine($"Each shape validated with the endpoint's default limits, then run in-process with the limits lifted (at most {CostProbes.Budget.TotalSeconds:0} s, then stopped in Neo4j); load average at start {LoadAverage()}; Neo4j 3.1.1 ({heap} heap), {Environment.ProcessorCount} cores.");
    costReport.AppendLine();
    costReport.AppendLine("| data | shape | complexity | default limits | time | response |");
    costReport.AppendLine("|---|---|---:|---|---:|---:|");
    foreach (var line in costLines) costReport.AppendLine(line);
    Console.WriteLine();
    Console.WriteLine(costReport);
    var costOutput = RepositoryRoot.Combine("tests", "artifacts", "bench-cost.md");
    Directory.CreateDirectory(Path.GetDirectoryName(costOutput)!);
    await File.WriteAllTextAsync(costOutput, costReport.ToString());
    Console.WriteLine($"written to {costOutput}");
    return;
}

Console.WriteLine();
Console.WriteLine(report);
var output = RepositoryRoot.Combine("tests", "artifacts", "bench-api.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report.ToString());
Console.WriteLine($"written to {output}");

async Task RunAsync(string data, Func<INeo4jDriver, Task> load, Func<INeo4jDriver, Task<IReadOnlyList<AnalystQuery>>> queries, CostProbes.Subjects subjects)
{
    Console.WriteLine($"{data}: starting a throwaway Neo4j and loading");
    await using var neo4j = await Neo4jInstance.StartThrowawayAsync();
    var options = neo4j.Options;
    options.RequestTimeout = TimeSpan.FromMinutes(30);
    await using var driver = new Neo4jHttpDriver(options);
    await GraphSchema.EnsureAsync(driver);
    await load(driver);
    var server = await driver.GetServerInfoAsync();
    if (cost)
    {
        await CostProbes.RunAsync(data, driver, subjects, costLines);
        return;
    }
    var questions = await queries(driver);

    // The statement the API runs for each query, captured from the schema over the real driver.
    var capture = new RecordingDriver(driver);
    var executor = PolityGraphSchema.CreateExecutor(capture);
    var statements = new List<Statement>();
    foreach (var question in questions)
    {
        capture.Reset();
        var result = await executor.ExecuteAsync(new GraphQLRequest(question.Query, Variables: question.Variables));
        if (result.Errors.Count > 0) throw new InvalidOperationException($"{question.Name}: {result.Errors[0].Message}");
        statements.Add(capture.Statements.Single());
    }

    // The host built next to this benchmark; per-request logging off, so the console is not what is timed.
    await using var api = await ApiProcess.StartAsync(options, new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" });
    // The same host with no transactions opened ahead (Neo4jOptions.ReservedTransactions = 0): each request then
    // opens its transaction first, one more round trip, as before the reserve. Timed in turn with the others.
    await using var apiWithoutReserve = await ApiProcess.StartAsync(options, new Dictionary<string, string>
    {
        ["Logging__LogLevel__Default"] = "Warning",
        ["Neo4j__ReservedTransactions"] = "0",
    });
    using var http = new HttpClient();
    var commitEndpoint = new Uri(server.Endpoint.ToString().TrimEnd('/') + "/commit");
    var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    for (var i = 0; i < questions.Count; i++)
    {
        var question = questions[i];
        var graphql = JsonSerializer.Serialize(new { query = question.Query, variables = question.Variables });
        var cypher = JsonSerializer.Serialize(new { statements = new[] { new { statement = statements[i].Cypher, parameters = statements[i].Parameters } } });

        Func<ApiProcess, Func<Task>> throughApi = host => async () =>
        {
            using var response = await http.PostAsync(new Uri(host.BaseAddress, "/graphql"), new StringContent(graphql, Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
                throw new InvalidOperationException($"{question.Name} through the API: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        };
        var timed = await Latency.MeasureInTurnAsync([throughApi(api), throughApi(apiWithoutReserve), async () =>
        {
            // Auto-commit: one round trip, as the API's statement in a reserved transaction is (the bare transaction endpoint would open a transaction and leave it open).
            using var request = new HttpRequestMessage(HttpMethod.Post, commitEndpoint) { Content = new StringContent(cypher, Encoding.UTF8, "application/json") };
            if (options.Password.Length > 0) request.Headers.Authorization = basic;
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || !body.Contains("\"errors\":[]", StringComparison.Ordinal))
                throw new InvalidOperationException($"{question.Name} as Cypher: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        }], warmup, iterations);
        var (viaApi, withoutReserve, direct) = (timed[0], timed[1], timed[2]);

        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {data} | {question.Name} | {viaApi.P50Ms:F2} | {viaApi.P99Ms:F2} | {direct.P50Ms:F2} | {direct.P99Ms:F2} | {viaApi.P50Ms / direct.P50Ms:F2}x | {withoutReserve.P50Ms:F2} |");
        Console.WriteLine(line);
        report.AppendLine(line);
    }
}

int Arg(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

