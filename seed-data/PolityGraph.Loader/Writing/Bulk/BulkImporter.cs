using System.Diagnostics;
using System.Globalization;
using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Writing.Bulk;

/// <summary>A local Neo4j instance run by graph-model/neo4j/neo4j.sh, which a first load may bulk-import into.</summary>
/// <param name="InstanceDirectory">The instance's folder (make's <c>.neo4j/local</c>).</param>
/// <param name="Script">neo4j.sh, which stops, imports into and starts that instance.</param>
public sealed record BulkTarget(string InstanceDirectory, string Script);

/// <summary>
/// A first load into an empty local graph through Neo4j's offline importer: the plan is written as CSV,
/// the instance stopped, the store built by neo4j-import (which fails on a missing endpoint or a
/// duplicate id), the instance started again, then the schema (constraints and indexes after the data,
/// as the importer wants) and the empty lists CSV cannot carry. The counts are checked against the plan.
/// All or nothing: if the import fails, neo4j.sh puts the previous (empty) store back.
/// </summary>
public sealed class BulkImporter(BulkTarget target)
{
    /// <summary>True when the graph holds no node at all (answered from Neo4j's count store).</summary>
    public static async Task<bool> IsEmptyAsync(INeo4jDriver driver, CancellationToken cancellationToken)
    {
        var result = await driver.RunAsync("MATCH (n) RETURN count(n) AS count", cancellationToken: cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(result.Records[0]["count"], CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>Imports the plan; <paramref name="reconnect"/> gives a driver for the restarted instance.</summary>
    public async Task<LoadCounts> ImportAsync(GraphPlan plan, Func<INeo4jDriver> reconnect, IProgress<WriteProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("politygraph-import-").FullName;
        try
        {
            // Each stage is reported once done, so a progress listener can time them (bench-loader does).
            var csv = ImportCsv.Write(plan, folder);
            progress?.Report(new WriteProgress("CSV written", 0, plan.ElementCount));
            await RunScriptAsync(["stop", target.InstanceDirectory], cancellationToken).ConfigureAwait(false);
            progress?.Report(new WriteProgress("Neo4j stopped", 0, plan.ElementCount));
            try
            {
                await RunScriptAsync(["import", target.InstanceDirectory, .. csv.Arguments], cancellationToken).ConfigureAwait(false);
                progress?.Report(new WriteProgress("neo4j-import", plan.ElementCount, plan.ElementCount));
            }
            finally
            {
                // Started again whatever happened: with the new store, or with the previous one put back.
                await RunScriptAsync(["start", target.InstanceDirectory], CancellationToken.None).ConfigureAwait(false);
            }
            progress?.Report(new WriteProgress("Neo4j started", plan.ElementCount, plan.ElementCount));

            await using var driver = reconnect();
            await GraphSchema.EnsureAsync(driver, cancellationToken).ConfigureAwait(false);
            foreach (var (kind, property, isRelationship) in csv.EmptyLists)
                await driver.RunAsync(isRelationship ? LoadCypher.EmptyListOnRelationships(kind, property) : LoadCypher.EmptyListOnNodes(kind, property),
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            var counts = await CountAsync(driver, plan, csv, cancellationToken).ConfigureAwait(false);
            progress?.Report(new WriteProgress("schema, empty lists, counts", plan.ElementCount, plan.ElementCount));
            return counts;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }

    /// <summary>Every kind imported must hold exactly the plan's elements (neo4j-import's summary is not to be trusted: 3.1 prints 0 relationships).</summary>
    private static async Task<LoadCounts> CountAsync(INeo4jDriver driver, GraphPlan plan, ImportCsv csv, CancellationToken cancellationToken)
    {
        var counts = new LoadCounts();
        var labels = plan.Nodes.Select(n => n.Label).ToHashSet(StringComparer.Ordinal);
        foreach (var (kind, expected) in csv.Elements)
        {
            var result = await driver.RunAsync(labels.Contains(kind) ? LoadCypher.CountNodes(kind) : LoadCypher.CountRelationships(kind),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var stored = Convert.ToInt64(result.Records[0]["count"], CultureInfo.InvariantCulture);
            if (stored != expected)
                throw new InvalidOperationException($"The bulk import holds {stored} {kind}, the files {expected}.");
            counts[kind].Created = stored;
        }
        return counts;
    }

    private async Task RunScriptAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(target.Script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await stdout.ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"neo4j.sh {arguments[0]} failed (exit code {process.ExitCode}): {(await stderr.ConfigureAwait(false)).Trim()}");
    }
}
