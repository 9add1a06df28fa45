using System.Diagnostics;
using System.Globalization;
using PolityGraph.Benchmarks.Loader;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

// make bench-loader: figures for the loader on a synthetic seed folder, printed, never asserted.
//   --people N                 people to generate (default 100000); everything else scales with it
//   --heap SIZE                heap of the throwaway Neo4j 3.1 (default 1g, as tests and dev use)
//   --batch-size N             rows per UNWIND statement (default: the loader's)
//   --statements-per-request N statements per HTTP round trip (default: the loader's)
//   --no-reload                skip the second, no-change load
//   --bulk                     first load with the offline bulk importer (neo4j-import), as make load does into an
//                              empty local graph; the reload is then transactional over the imported graph
//   --loader-process           run the real loader executable (as make load does) for each load instead of its classes
//                              in this process, and report that process's peak resident set (VmHWM), wall time and CPU
//                              (with POLITYGRAPH_LOADER_MEMORY=1 in the environment, the loader's memory at each phase too)
//   --memory-only              read, validate and map in this process, print the live GC heap after each step, stop

var people = Arg("--people", 100_000);
var heap = ArgText("--heap", "1g");
var defaults = new WriteOptions();
var writeOptions = new WriteOptions(Arg("--batch-size", defaults.BatchSize), Arg("--statements-per-request", defaults.StatementsPerRequest));
var reload = !args.Contains("--no-reload");
var bulk = args.Contains("--bulk");
var loaderProcess = args.Contains("--loader-process");
var memoryOnly = args.Contains("--memory-only");

var folder = Directory.CreateTempSubdirectory("politygraph-bench-seed-").FullName;
try
{
    var clock = Stopwatch.StartNew();
    var shape = SyntheticSeedFolder.Write(folder, people);
    var generated = clock.Elapsed;
    var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"generated {shape} in {generated.TotalSeconds:F1} s: {bytes / 1e6:F1} MB of YAML and source text");
    if (loaderProcess) return await LoaderProcessRunsAsync();

    clock.Restart();
    var (seeds, problems) = SeedValidator.ReadAndValidate(folder);
    var validated = clock.Elapsed;
    var heapRecords = GC.GetTotalMemory(forceFullCollection: true);
    if (problems.Count > 0)
    {
        foreach (var p in problems.Take(20)) Console.Error.WriteLine(p);
        throw new InvalidOperationException($"The synthetic folder has {problems.Count} problems.");
    }
    clock.Restart();
    var plan = new GraphPlanBuilder().Build(seeds);
    var mapped = clock.Elapsed;
    var heapRecordsAndPlan = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"read + validated {seeds.RecordCount:N0} records in {validated.TotalSeconds:F1} s " +
                      $"({seeds.RecordCount / validated.TotalSeconds:N0} records/s); mapped to {plan.ElementCount:N0} elements in {mapped.TotalSeconds:F1} s");
    Console.WriteLine($"after read, validate, map: peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
    Console.WriteLine($"live GC heap (full collection): records {heapRecords / 1e6:N0} MB, records + plan {heapRecordsAndPlan / 1e6:N0} MB");
    if (memoryOnly)
    {
        // What a load lets go after validation (LoadCommand), one step at a time.
        seeds.DeclaredIds.Clear();
        seeds.DeclaredIds.TrimExcess();
        var withoutIds = GC.GetTotalMemory(forceFullCollection: true);
        seeds.ReleaseSourceTexts();
        var withoutTexts = GC.GetTotalMemory(forceFullCollection: true);
        var sourceChars = Directory.EnumerateFiles(Path.Combine(folder, "sources")).Sum(f => (long)File.ReadAllText(f).Length);
        Console.WriteLine($"live GC heap: without the ids gathered for the checks {withoutIds / 1e6:N0} MB; without the source texts " +
                          $"({sourceChars * 2 / 1e6:N0} MB as UTF-16) {withoutTexts / 1e6:N0} MB: what a load holds while it writes");
        Memory();
        return 0;
    }

    Environment.SetEnvironmentVariable("NEO4J_HEAP", heap);
    await using var neo4j = await Neo4jInstance.StartThrowawayAsync();
    var options = neo4j.Options;
    options.RequestTimeout = TimeSpan.FromMinutes(30);
    var driver = new Neo4jHttpDriver(options);
    var server = await driver.GetServerInfoAsync();
    Console.WriteLine($"Neo4j {server.Version} {server.Edition}, heap {heap}; batch {writeOptions.BatchSize} rows, {writeOptions.StatementsPerRequest} statements per request");

    var neo4jPid = ProcessCpu.Neo4jPid(neo4j.Directory);
    string Cpu(TimeSpan? neo4jBefore, TimeSpan loaderBefore)
    {
        var neo4jCpu = neo4jPid is { } pid && ProcessCpu.Of(pid) is { } after && neo4jBefore is { } before ? after - before : (TimeSpan?)null;
        var loaderCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - loaderBefore;
        return $"CPU: Neo4j {neo4jCpu?.TotalSeconds:F1} s ({(neo4jCpu is { } n ? plan.ElementCount / n.TotalSeconds : 0):N0} elements per Neo4j CPU-second), loader {loaderCpu.TotalSeconds:F1} s; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}";
    }
    var neo4jCpuBefore = neo4jPid is { } p0 ? ProcessCpu.Of(p0) : null;
    var loaderCpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    clock.Restart();
    LoadCounts first;
    var timer = new KindTimer();
    try
    {
        if (bulk)
        {
            var script = RepositoryRoot.Combine("graph-model", "neo4j", "neo4j.sh");
            first = await new PolityGraph.Loader.Writing.Bulk.BulkImporter(new PolityGraph.Loader.Writing.Bulk.BulkTarget(neo4j.Directory, script))
                .ImportAsync(plan, () => new Neo4jHttpDriver(options), timer);
            await driver.DisposeAsync();
            driver = new Neo4jHttpDriver(options); // Neo4j was restarted; no pooled connection survives
            neo4jPid = ProcessCpu.Neo4jPid(neo4j.Directory);
            Console.WriteLine("first load: BULK IMPORT (CSV, Neo4j stopped, neo4j-import, Neo4j started, schema, empty lists, counts checked); " +
                              "Neo4j CPU below is the restarted server's only, not neo4j-import's");
        }
        else first = await new GraphWriter(driver, writeOptions).WriteAsync(plan, timer);
    }
    catch (Exception e)
    {
        Console.WriteLine($"FIRST LOAD FAILED after {clock.Elapsed.TotalSeconds:F1} s: {e.GetType().Name}: {e.Message}");
        Memory();
        return 1;
    }
    var loaded = clock.Elapsed;
    Console.WriteLine($"time per kind (the commit is in the last): {timer}");
    Console.WriteLine($"first load {(bulk ? "CPU: not comparable (Neo4j was restarted, neo4j-import ran apart)" : Cpu(neo4jCpuBefore, loaderCpuBefore))}");
    var nodes = (long)(await driver.RunAsync("MATCH (n) RETURN count(n) AS c")).Records[0]["c"]!;
    var relationships = (long)(await driver.RunAsync("MATCH ()-[r]->() RETURN count(r) AS c")).Records[0]["c"]!;
    Console.WriteLine($"first load: {first.Summary} in {loaded.TotalSeconds:F1} s = {plan.ElementCount / loaded.TotalSeconds:N0} elements/s " +
                      $"(graph now {nodes:N0} nodes + {relationships:N0} relationships)");
    var endToEnd = validated + mapped + loaded;
    Console.WriteLine($"end to end from YAML (read, validate, map, write): {endToEnd.TotalSeconds:F1} s = {plan.ElementCount / endToEnd.TotalSeconds:N0} elements/s");

    if (reload)
    {
        neo4jCpuBefore = neo4jPid is { } p1 ? ProcessCpu.Of(p1) : null;
        loaderCpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var secondTimer = new KindTimer();
        var second = await new GraphWriter(driver, writeOptions).WriteAsync(plan, secondTimer);
        Console.WriteLine($"time per kind: {secondTimer}");
        Console.WriteLine($"second load {Cpu(neo4jCpuBefore, loaderCpuBefore)}");
        Console.WriteLine($"second load (nothing to change): {second.Summary} in {clock.Elapsed.TotalSeconds:F1} s = {plan.ElementCount / clock.Elapsed.TotalSeconds:N0} elements/s");
    }
    Memory();
    await driver.DisposeAsync();
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

// The real loader as make load runs it, one process per load, measured from outside.
async Task<int> LoaderProcessRunsAsync()
{
    Environment.SetEnvironmentVariable("NEO4J_HEAP", heap);
    await using var neo4j = await Neo4jInstance.StartThrowawayAsync();
    string[] common = ["--batch-size", writeOptions.BatchSize.ToString(CultureInfo.InvariantCulture), folder];
    var script = RepositoryRoot.Combine("graph-model", "neo4j", "neo4j.sh");
    Console.WriteLine($"the loader executable, one process per load; Neo4j heap {heap}, batch {writeOptions.BatchSize} rows");

    async Task<bool> LoadAsync(string name, string[] arguments)
    {
        var pid = ProcessCpu.Neo4jPid(neo4j.Directory);
        var neo4jBefore = pid is { } p ? ProcessCpu.Of(p) : null;
        var run = await LoaderProcess.RunAsync(arguments, neo4j.Options, new Dictionary<string, string> { ["NEO4J_SH"] = script });
        var neo4jAfter = ProcessCpu.Neo4jPid(neo4j.Directory) is { } q && q == pid ? ProcessCpu.Of(q) : null;
        if (run.ExitCode != 0)
        {
            Console.WriteLine($"{name}: LOADER FAILED (exit {run.ExitCode}) after {run.Wall.TotalSeconds:F1} s, peak RSS {run.PeakResidentBytes / 1e6:N0} MB");
            Console.WriteLine(run.Errors.Length > 2000 ? run.Errors[^2000..] : run.Errors);
            return false;
        }
        var elements = ElementsIn(run.Total);
        Console.WriteLine($"{name}: {run.Total} in {run.Wall.TotalSeconds:F1} s = {elements / run.Wall.TotalSeconds:N0} elements/s end to end " +
                          $"(read, validate, map, write); loader peak RSS {run.PeakResidentBytes / 1e6:N0} MB, loader CPU {run.Cpu?.TotalSeconds:F1} s, " +
                          $"Neo4j CPU {(neo4jAfter - neo4jBefore)?.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) ?? "n/a (restarted)"} s; " +
                          $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        foreach (var line in run.Output.Split('\n').Where(l => l.StartsWith("The graph is empty", StringComparison.Ordinal) || l.StartsWith("Not bulk", StringComparison.Ordinal)))
            Console.WriteLine($"  loader: {line.Trim()}");
        // POLITYGRAPH_LOADER_MEMORY set: the loader's own memory line per phase (Reporting/MemoryReport.cs).
        foreach (var line in run.Errors.Split('\n').Where(l => l.StartsWith("memory:", StringComparison.Ordinal)))
            Console.WriteLine($"  loader {line.Trim()}");
        return true;
    }

    if (!await LoadAsync(bulk ? "first load (bulk import)" : "first load (one transaction)", bulk ? ["--bulk-into", neo4j.Directory, .. common] : common)) return 1;
    if (reload && !await LoadAsync("reload, nothing changed (one transaction)", common)) return 1;
    return 0;
}

// "214370 created, 0 updated, 0 removed, 0 unchanged": every element the files hold is created, updated or unchanged.
static long ElementsIn(string total) =>
    total.Split(',').Select(part => part.Trim().Split(' ')).Where(p => p.Length == 2 && p[1] is "created" or "updated" or "unchanged")
        .Sum(p => long.Parse(p[0], CultureInfo.InvariantCulture));

void Memory()
{
    using var self = Process.GetCurrentProcess();
    var gc = GC.GetGCMemoryInfo();
    Console.WriteLine($"loader process: peak working set {self.PeakWorkingSet64 / 1e6:N0} MB, GC heap now {GC.GetTotalMemory(false) / 1e6:N0} MB, " +
                      $"peak GC heap {gc.HeapSizeBytes / 1e6:N0} MB at last GC, allocated {GC.GetTotalAllocatedBytes() / 1e9:F1} GB, gen2 collections {GC.CollectionCount(2)}");
}

int Arg(string name, int fallback)
{
    var text = ArgText(name, null);
    return text is null ? fallback : int.Parse(text, CultureInfo.InvariantCulture);
}

string? ArgText(string name, string? fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
