using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Reporting;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader;

/// <summary>Exit codes of the loader, for scripts and CI.</summary>
public static class ExitCodes
{
    public const int Loaded = 0;
    /// <summary>The files have problems; they are listed and nothing was written.</summary>
    public const int InvalidSeedData = 1;
    /// <summary>Neo4j refused or failed the load; the transaction was rolled back.</summary>
    public const int LoadFailed = 2;
}

/// <summary>
/// Validate a seed folder completely, then (unless a dry run) load it in one transaction.
/// Kept apart from Program so tests run exactly what the command line runs.
/// </summary>
public sealed class LoadCommand(TextWriter output, TextWriter error)
{
    public IProgress<WriteProgress>? Progress { get; init; }

    public WriteOptions WriteOptions { get; init; } = new();

    public async Task<int> RunAsync(string folder, bool dryRun, Func<INeo4jDriver> connect, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: seed folder '{folder}' does not exist");
            return ExitCodes.InvalidSeedData;
        }

        var (seeds, problems) = SeedValidator.ReadAndValidate(folder);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) error.WriteLine(problem);
            error.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} in {folder}; nothing was written.");
            return ExitCodes.InvalidSeedData;
        }
        output.WriteLine($"{folder}: {seeds.RecordCount} records valid.");
        if (dryRun)
        {
            output.WriteLine("Dry run: nothing was written.");
            return ExitCodes.Loaded;
        }

        var plan = new GraphPlanBuilder().Build(seeds);
        try
        {
            await using var driver = connect();
            var counts = await new GraphWriter(driver, WriteOptions).WriteAsync(plan, Progress, cancellationToken);
            LoadSummary.Print(output, counts);
            return ExitCodes.Loaded;
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            error.WriteLine($"error: the load failed and was rolled back; the graph is unchanged: {e.Message}");
            if (e.Message.Contains("Java heap space", StringComparison.Ordinal) || e.Message.Contains("OutOfMemory", StringComparison.Ordinal))
                error.WriteLine(OutOfMemoryHint(plan.ElementCount));
            return ExitCodes.LoadFailed;
        }
    }

    /// <summary>
    /// The whole load is one transaction, which Neo4j holds in its heap until the commit: about 1 GiB
    /// did not hold 714,567 elements (the loader benchmark's 100,000 people), 4 GiB did.
    /// </summary>
    internal static string OutOfMemoryHint(long elements) =>
        $"hint: Neo4j ran out of heap holding the load's single transaction ({elements:N0} elements). Give it more heap: "
        + "for the local instance `make neo4j-stop && NEO4J_HEAP=4g make neo4j-start` (dbms.memory.heap.max_size on your own server), "
        + "or load the folder in parts.";
}
