using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PolityGraph.Benchmarks.Loader;
using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;
using static PolityGraph.Benchmarks.Loader.BenchmarkGraphs;
using PolityGraph.Testing;

// make bench-explorer: what an analyst waits for in the explorer, measured in Debian's headless Chromium
// (bench-explorer.mjs) against the real API host over a throwaway Neo4j: the time to a rendered person page
// (opened by URL, and reached by a link inside the app), a source page (one request; and the requests it made before
// Source.tenures/participations, replayed) and search-as-you-type latency (last keystroke to
// results on screen, the app's 120 ms typing pause included). On the seed data and on the synthetic graph of
// the loader benchmark. Figures, printed and written to tests/artifacts/bench-explorer.md; never asserted.
//   --people N   synthetic people (default 100000; 0 skips the synthetic graph)
//   --runs N     timed repetitions of each measurement (default 20)
//   --heap SIZE  heap of the throwaway Neo4j (default 4g: a load is one transaction)

var people = Arg("--people", 100_000);
var runs = Arg("--runs", 20);
var heap = args.SkipWhile(a => a != "--heap").Skip(1).FirstOrDefault() ?? "4g";
Environment.SetEnvironmentVariable("NEO4J_HEAP", heap); // read by neo4j.sh when the throwaway instance starts

var script = RepositoryRoot.Combine("tests", "PolityGraph.Api.Tests", "Explorer", "bench-explorer.mjs");
if (!File.Exists(RepositoryRoot.Combine("api", "PolityGraph.Api", "wwwroot", "explorer", "index.html")))
    throw new InvalidOperationException("The explorer is not built: run `make setup`.");

var report = new StringBuilder();
report.AppendLine($"Headless Chromium, {runs} timed runs per row after 3 untimed; load average at start {LoadAverage()}; Neo4j 3.1.1 (throwaway, {heap} heap), {Environment.ProcessorCount} cores.");
report.AppendLine();
report.AppendLine("| data | measurement | p50 ms | p90 ms | max ms |");
report.AppendLine("|---|---|---:|---:|---:|");

await RunAsync("seed data", driver => LoadFolderAsync(driver, RepositoryRoot.Combine("seed-data")),
    "person:dinh-tien-dung", "source:hanoi-working-session-central-6", ["dinh tien dung", "bi thu thanh uy", "15-NQ/TW", "ha noi"]);
if (people > 0)
{
    await RunAsync($"synthetic, {people:N0} people", async driver =>
    {
        var folder = Directory.CreateTempSubdirectory("politygraph-bench-explorer-").FullName;
        try
        {
            Console.WriteLine($"  generated {SyntheticSeedFolder.Write(folder, people)}");
            await LoadFolderAsync(driver, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }, "person:n42", SyntheticSourceCitingTenures(people), ["nguyen van dung", "tran thi lan", "hoang duc", "vu"]);
}

Console.WriteLine();
Console.WriteLine(report);
var output = RepositoryRoot.Combine("tests", "artifacts", "bench-explorer.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report.ToString());
Console.WriteLine($"written to {output}");

// An article of the synthetic graph that quotes tenures: the one of the people in the middle, about 180 people with
// their 270 tenures and 550 participations (SyntheticSeedFolder.PeopleSource).
static string SyntheticSourceCitingTenures(int people) => SyntheticSeedFolder.PeopleSource(people / 2);

async Task RunAsync(string data, Func<INeo4jDriver, Task> load, string personId, string sourceId, string[] terms)
{
    Console.WriteLine($"{data}: starting a throwaway Neo4j and loading");
    await using var neo4j = await Neo4jInstance.StartThrowawayAsync();
    var options = neo4j.Options;
    options.RequestTimeout = TimeSpan.FromMinutes(30);
    await using (var driver = new Neo4jHttpDriver(options))
    {
        await GraphSchema.EnsureAsync(driver);
        await load(driver);
    }
    await using var api = await ApiProcess.StartAsync(options, new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" });

    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(script)! };
    string[] arguments = [script, api.BaseAddress.ToString().TrimEnd('/'), personId, sourceId, runs.ToString(CultureInfo.InvariantCulture), .. terms];
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    using var node = Process.Start(start)!;
    var stdout = node.StandardOutput.ReadToEndAsync();
    var stderr = node.StandardError.ReadToEndAsync();
    await node.WaitForExitAsync();
    if (node.ExitCode != 0) throw new InvalidOperationException($"bench-explorer.mjs failed: {await stderr}\n{await stdout}");
    if ((await stderr).Trim() is { Length: > 0 } notes) Console.WriteLine($"  bench-explorer.mjs: {notes}");
    var result = JsonNode.Parse(await stdout)!.AsObject();
    foreach (var (measurement, samples) in result)
    {
        var sorted = samples!.AsArray().Select(s => (double)s!).Order().ToArray();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {data} | {measurement} | {Percentile(sorted, 0.5):F0} | {Percentile(sorted, 0.9):F0} | {sorted[^1]:F0} |");
        Console.WriteLine(line);
        report.AppendLine(line);
    }
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

int Arg(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
}
