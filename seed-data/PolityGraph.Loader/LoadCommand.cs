using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Reporting;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Loader.Writing.Bulk;
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

/// <summary>What a run does once the files are valid.</summary>
public enum LoadMode
{
    /// <summary>Make the graph equal to the files, in one transaction.</summary>
    Load,
    /// <summary>Run the load and roll it back: the difference between the files and the graph, nothing written.</summary>
    DryRun,
    /// <summary>Check the files only, without connecting to Neo4j.</summary>
    ValidateOnly,
}

/// <summary>
/// Validate a seed folder completely, then load it in one transaction (or show what a load would
/// change, or stop after validating). Kept apart from Program so tests run exactly what the command line runs.
/// </summary>
public sealed class LoadCommand(TextWriter output, TextWriter error)
{
    public IProgress<WriteProgress>? Progress { get; init; }

    public WriteOptions WriteOptions { get; init; } = new();

    /// <summary>
    /// The local instance a load may bulk-import into (make load on the instance neo4j.sh manages): used
    /// when its graph is empty, for a load (not a dry run). Null: always one transaction.
    /// </summary>
    public BulkTarget? Bulk { get; init; }

    /// <summary>The earlier signature, kept for its callers: <paramref name="dryRun"/> then meant validate only.</summary>
    public Task<int> RunAsync(string folder, bool dryRun, Func<INeo4jDriver> connect, CancellationToken cancellationToken = default) =>
        RunAsync(folder, dryRun ? LoadMode.ValidateOnly : LoadMode.Load, connect, cancellationToken);

    public async Task<int> RunAsync(string folder, LoadMode mode, Func<INeo4jDriver> connect, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: seed folder '{folder}' does not exist");
            return ExitCodes.InvalidSeedData;
        }

        var memory = MemoryReport.FromEnvironment(error);
        var (seeds, problems) = SeedValidator.ReadAndValidate(folder, memory is null ? null : memory.Phase, holdSourceTexts: false);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) error.WriteLine(problem);
            error.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} in {folder}; nothing was written.");
            return ExitCodes.InvalidSeedData;
        }
        output.WriteLine($"{folder}: {seeds.RecordCount} records valid.");
        if (mode == LoadMode.ValidateOnly)
        {
            output.WriteLine("Validated only: nothing was written.");
            return ExitCodes.Loaded;
        }

        // The plan is a view of the records (rows are mapped batch by batch as they are sent). What only the
        // checks needed goes: the ids gathered for the cross-file checks, and the source texts (each is read
        // again when its node is written, and must still be the text validated).
        seeds.DeclaredIds.Clear();
        seeds.DeclaredIds.TrimExcess();
        seeds.ReleaseSourceTexts();
        var plan = new GraphPlanBuilder().Build(seeds);
        LoaderMemory.Compact(); // what only the checks needed is garbage now
        memory?.Phase("ids and source texts let go, plan built");
        var progress = memory is null ? Progress : memory.Around(Progress);
        try
        {
            await using var driver = connect();
            var writer = new GraphWriter(driver, WriteOptions);
            if (mode == LoadMode.DryRun)
            {
                var difference = await writer.DiffAsync(plan, progress, cancellationToken);
                memory?.Phase("dry run done");
                output.WriteLine("Dry run: what a load would change (computed in a transaction that was rolled back; nothing was written):");
                LoadSummary.Print(output, difference);
                return ExitCodes.Loaded;
            }
            if (Bulk is not null && await BulkImporter.IsEmptyAsync(driver, cancellationToken))
            {
                if (ImportCsv.Unsupported(plan) is { } reason)
                    output.WriteLine($"Not bulk-importing ({reason}): loading in one transaction.");
                else
                {
                    output.WriteLine($"The graph is empty: bulk import with Neo4j's offline importer into {Bulk.InstanceDirectory} (Neo4j is restarted).");
                    LoadSummary.Print(output, await new BulkImporter(Bulk).ImportAsync(plan, connect, progress, cancellationToken));
                    memory?.Phase("bulk import done");
                    return ExitCodes.Loaded;
                }
            }
            var counts = await writer.WriteAsync(plan, progress, cancellationToken);
            memory?.Phase("load committed");
            LoadSummary.Print(output, counts);
            return ExitCodes.Loaded;
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            error.WriteLine(mode == LoadMode.DryRun
                ? $"error: the dry run failed; nothing was written: {e.Message}"
                : $"error: the load failed and was rolled back; the graph is unchanged: {e.Message}");
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
