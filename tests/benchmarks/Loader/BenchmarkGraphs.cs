using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;

namespace PolityGraph.Benchmarks.Loader;

/// <summary>What the API and explorer benchmarks share: loading a seed folder as `make load` does, and the load average to report.</summary>
public static class BenchmarkGraphs
{
    public static async Task LoadFolderAsync(INeo4jDriver driver, string folder)
    {
        var (seeds, problems) = SeedValidator.ReadAndValidate(folder);
        if (problems.Count > 0) throw new InvalidOperationException($"{folder}: {problems.Count} problems, e.g. {problems[0]}");
        var plan = new GraphPlanBuilder().Build(seeds);
        var started = DateTime.UtcNow;
        await new GraphWriter(driver).WriteAsync(plan);
        Console.WriteLine($"  loaded {seeds.RecordCount:N0} records in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
