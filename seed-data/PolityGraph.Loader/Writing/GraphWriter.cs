using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Reporting;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Writing;

/// <summary>How a load is cut into requests. Defaults measured with tests/benchmarks/Loader.</summary>
/// <param name="BatchSize">Rows per UNWIND statement.</param>
/// <param name="StatementsPerRequest">Statements sent together in one HTTP round trip.</param>
/// <param name="KeepAbsent">
/// Add to the graph instead of making it equal to the files: nodes and keyed relationships that no file holds
/// stay, and a record already in the graph is merged into it (<see cref="PropertyMerge"/>: stated properties
/// replace, unstated ones stay, lists, evidence and many-target links are added to, single-target links the record
/// names replace the stored one). For a folder that holds part of the data, such as a draft made by <c>make extract</c>.
/// </param>
/// <param name="InventoryPageSize">About how many stored relationships a reload reads per request of the graph's inventory.</param>
/// <param name="BatchCharacters">
/// Also ends a batch of nodes once its text values hold about this many characters: a batch of 2,000 sources is every
/// article's text at once (57 million characters at the benchmark's 100,000 people), which was the largest request of a load.
/// </param>
public sealed record WriteOptions(int BatchSize = 2000, int StatementsPerRequest = 5, bool KeepAbsent = false, int InventoryPageSize = 50_000,
    int BatchCharacters = 1_000_000);

/// <summary>Progress of a load: elements (nodes and relationships) handled so far, of the plan's total.</summary>
public sealed record WriteProgress(string Kind, long Done, long Total);

/// <summary>
/// Writes a <see cref="GraphPlan"/> all-or-nothing: schema first (DDL cannot share a transaction with
/// data), then every statement in ONE explicit transaction, committed only when all succeeded and
/// rolled back on any failure, so a failed load leaves the graph exactly as it was.
/// </summary>
public sealed class GraphWriter(INeo4jDriver driver, WriteOptions? options = null)
{
    private readonly WriteOptions options = options ?? new WriteOptions();

    public Task<LoadCounts> WriteAsync(GraphPlan plan, IProgress<WriteProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(plan, progress, commit: true, cancellationToken);

    /// <summary>
    /// What a load would do, exactly: the same statements in the same transaction, rolled back instead of
    /// committed. The graph is left as it was (the schema excepted, which is ensured first as on a load).
    /// </summary>
    public Task<LoadCounts> DiffAsync(GraphPlan plan, IProgress<WriteProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(plan, progress, commit: false, cancellationToken);

    private async Task<LoadCounts> RunAsync(GraphPlan plan, IProgress<WriteProgress>? progress, bool commit, CancellationToken cancellationToken)
    {
        await GraphSchema.EnsureAsync(driver, cancellationToken).ConfigureAwait(false);

        var total = plan.ElementCount;
        var counts = new LoadCounts();
        foreach (var kind in Kinds(plan)) _ = counts[kind]; // the table lists kinds in the order they are written
        var done = 0L;

        var transaction = await driver.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                var (diff, stored) = await DiffAsync(transaction, plan, cancellationToken).ConfigureAwait(false);
                LoaderMemory.Compact(); // the inventory is garbage now
                foreach (var request in Statements(plan, diff, stored).Chunk(options.StatementsPerRequest))
                {
                    var results = await transaction.RunAsync([.. request.Select(w => w.Statement)], cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < request.Length; i++)
                    {
                        Tally(request[i], results[i], counts);
                        done += request[i].Elements;
                    }
                    progress?.Report(new WriteProgress(request[^1].Kind, done, total));
                    LoaderMemory.AfterRequest(); // this request's rows are garbage now
                }
                // A keyed relationship moved to other endpoints was deleted and written again: one record updated.
                foreach (var (type, moved) in diff.MovedRecords)
                {
                    counts[type].Created -= moved;
                    counts[type].Updated += moved;
                }
                if (commit) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                else await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure)
            {
                try
                {
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception rollbackFailure) when (rollbackFailure is not OperationCanceledException)
                {
                    // Neo4j rolls a transaction back itself when a statement fails; the cause is what matters.
                    System.Diagnostics.Debug.WriteLine($"Rollback after '{failure.Message}' failed: {rollbackFailure.Message}");
                }
                throw;
            }
        }
        return counts;
    }

    /// <summary>
    /// Every statement a load of the plan sends, in order, given how the graph differs from the files
    /// (empty kinds get the plain CREATE forms; stale and moved elements are deleted first).
    /// For checks of the Cypher itself, e.g. its query plans.
    /// </summary>
    public IEnumerable<Statement> StatementsFor(GraphPlan plan, GraphDiff diff, StoredProperties? stored = null) =>
        Statements(plan, diff, stored ?? StoredProperties.None).Select(w => w.Statement);

    private static IEnumerable<string> Kinds(GraphPlan plan) =>
        plan.Nodes.Select(n => n.Label)
            .Concat(plan.KeyedRelationships.Select(k => k.Type))
            .Concat(plan.Links.Select(l => l.Type))
            .Append(RelationshipTypes.AttestedBy)
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The graph's difference from the files, read inside the load's own transaction: the inventory of
    /// nodes and keyed relationships, and which link types are empty (Neo4j answers these counts from
    /// its count store, without scanning). With <see cref="WriteOptions.KeepAbsent"/>, also the stored properties of
    /// the plan's nodes and keyed relationships that the graph already holds, to merge the records into.
    /// </summary>
    private async Task<(GraphDiff, StoredProperties)> DiffAsync(ITransaction transaction, GraphPlan plan, CancellationToken cancellationToken)
    {
        var inventory = await GraphInventory.ReadAsync(transaction, plan, cancellationToken, options.InventoryPageSize).ConfigureAwait(false);
        var links = plan.Links.Select(l => l.Type).Append(RelationshipTypes.AttestedBy).Distinct(StringComparer.Ordinal).ToList();
        var results = await transaction.RunAsync([.. links.Select(type => new Statement(LoadCypher.CountRelationships(type)))], cancellationToken).ConfigureAwait(false);
        var empty = links.Where((type, i) => Convert.ToInt64(results[i].Records[0]["count"], System.Globalization.CultureInfo.InvariantCulture) == 0)
            .ToHashSet(StringComparer.Ordinal);
        var diff = GraphDiff.Between(plan, inventory, empty);
        var stored = options.KeepAbsent
            ? await StoredProperties.ReadAsync(transaction, plan, inventory, options.BatchSize, cancellationToken).ConfigureAwait(false)
            : StoredProperties.None;
        return (diff, stored);
    }

    private IEnumerable<Work> Statements(GraphPlan plan, GraphDiff diff, StoredProperties stored)
    {
        foreach (var work in Removals(plan, diff)) yield return work;
        foreach (var work in Upserts(plan, diff.EmptyKinds, stored)) yield return work;
    }

    /// <summary>Deletes first: keyed relationships gone from the files or moved, then nodes gone from the files with every relationship they have (neither with <see cref="WriteOptions.KeepAbsent"/>, moved ones still).</summary>
    private IEnumerable<Work> Removals(GraphPlan plan, GraphDiff diff)
    {
        foreach (var set in plan.KeyedRelationships)
        {
            if (!options.KeepAbsent)
                foreach (var batch in diff.StaleRelationships.GetValueOrDefault(set.Type, []).Chunk(options.BatchSize))
                    yield return Delete(set.Type, LoadCypher.DeleteRelationships, batch, "removed");
            foreach (var batch in diff.MovedRelationships.GetValueOrDefault(set.Type, []).Chunk(options.BatchSize))
                yield return Delete(set.Type, LoadCypher.DeleteRelationships, batch, "replaced");
        }
        if (options.KeepAbsent) yield break;
        foreach (var set in plan.Nodes)
            foreach (var batch in diff.StaleNodes.GetValueOrDefault(set.Label, []).Chunk(options.BatchSize))
            {
                yield return Delete(set.Label, LoadCypher.DeleteRelationshipsOfNodes, batch);
                yield return Delete(set.Label, LoadCypher.DeleteNodes, batch);
            }
    }

    private static Work Delete(string kind, string cypher, long[] ids, string? outcome = null)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = ids };
        if (outcome is not null) parameters["outcome"] = outcome;
        return new Work(kind, new Statement(cypher, parameters), 0, CountsRemovals: true);
    }

    /// <summary>One statement of the load, what kind it counts towards and how many elements it covers.</summary>
    private sealed record Work(string Kind, Statement Statement, long Elements, bool CountsRemovals);

    private IEnumerable<Work> Upserts(GraphPlan plan, IReadOnlySet<string> empty, StoredProperties stored)
    {
        foreach (var set in plan.Nodes)
            foreach (var batch in NodeBatches(set.Label, set.Rows, stored))
                yield return Write(set.Label, empty.Contains(set.Label) ? LoadCypher.CreateNodes(set.Label) : LoadCypher.UpsertNodes(set.Label), batch.Count,
                    batch.Select(row => new Dictionary<string, object?> { ["id"] = row.Id, ["properties"] = stored.Merged(set.Label, row.Id, row.Properties, row.Defaults) }));

        foreach (var set in plan.KeyedRelationships)
            foreach (var batch in set.Rows.Chunk(options.BatchSize))
                yield return Write(set.Type, empty.Contains(set.Type)
                        ? LoadCypher.CreateKeyedRelationships(set.Type, set.FromLabel, set.ToLabel)
                        : LoadCypher.UpsertKeyedRelationships(set.Type, set.FromLabel, set.ToLabel), batch.Length,
                    batch.Select(r => new Dictionary<string, object?>
                    {
                        ["id"] = r.Id, ["from"] = r.From, ["to"] = r.To, ["properties"] = stored.Merged(set.Type, r.Id, r.Properties, r.Defaults),
                    }));

        foreach (var set in plan.Links)
            // Adding (KeepAbsent): a record naming no target of a single-target link states nothing about it, and a
            // many-target link's stored targets stay; so only a single-target link the record names is replaced.
            foreach (var batch in (options.KeepAbsent ? set.Rows.Where(r => r.Targets.Count > 0) : set.Rows).Chunk(options.BatchSize))
            {
                var rows = batch.Select(r => new Dictionary<string, object?> { ["from"] = r.From, ["targets"] = r.Targets });
                var elements = batch.Sum(r => r.Targets.Count);
                if (empty.Contains(set.Type))
                {
                    yield return Write(set.Type, LoadCypher.CreateLinks(set.Type, set.FromLabel, set.ToLabel), elements, rows);
                    continue;
                }
                if (!options.KeepAbsent || set.SingleTarget)
                    yield return Write(set.Type, LoadCypher.RemoveStaleLinks(set.Type, set.FromLabel), 0, rows, countsRemovals: true);
                yield return Write(set.Type, LoadCypher.MergeLinks(set.Type, set.FromLabel, set.ToLabel), elements, rows);
            }

        foreach (var set in plan.Evidence)
            foreach (var batch in set.Rows.Chunk(options.BatchSize))
            {
                var merges = batch.Select(r => new Dictionary<string, object?>
                {
                    ["id"] = r.Id,
                    ["evidence"] = r.Evidence.Select(e => new Dictionary<string, object?> { ["source"] = e.Source, ["quote"] = e.Quote }).ToList(),
                });
                var elements = batch.Sum(r => r.Evidence.Count);
                if (empty.Contains(RelationshipTypes.AttestedBy))
                {
                    yield return Write(RelationshipTypes.AttestedBy, LoadCypher.CreateEvidence(set.Label), elements, merges);
                    continue;
                }
                var removals = batch.Select(r => new Dictionary<string, object?>
                {
                    ["id"] = r.Id,
                    ["keys"] = r.Evidence.Select(e => e.Source + LoadCypher.EvidenceKeySeparator + e.Quote).ToList(),
                });
                // Adding (KeepAbsent): the record's quotes join the node's evidence; none is removed.
                if (!options.KeepAbsent)
                    yield return Write(RelationshipTypes.AttestedBy, LoadCypher.RemoveStaleEvidence(set.Label), 0, removals, countsRemovals: true,
                        extra: ("separator", LoadCypher.EvidenceKeySeparator));
                yield return Write(RelationshipTypes.AttestedBy, LoadCypher.MergeEvidence(set.Label), elements, merges);
            }
    }

    /// <summary>
    /// Node rows in batches of <see cref="WriteOptions.BatchSize"/> rows, each ended early once its text values reach
    /// <see cref="WriteOptions.BatchCharacters"/> (a source's properties hold its whole article). Each row's properties are
    /// made here to be measured and let go, and made again as the request is written (<see cref="Write"/>): mapping a
    /// node twice costs less than keeping 10,000 property maps alive across the making of a request. Adding
    /// (<see cref="WriteOptions.KeepAbsent"/>), a row's properties are merged into what the graph holds of its node.
    /// </summary>
    private IEnumerable<List<NodeRow>> NodeBatches(string label, IEnumerable<NodeRow> rows, StoredProperties stored)
    {
        var batch = new List<NodeRow>();
        var characters = 0L;
        foreach (var row in rows)
        {
            batch.Add(row);
            foreach (var value in stored.Merged(label, row.Id, row.Properties, row.Defaults).Values)
                if (value is string text) characters += text.Length;
            if (batch.Count < options.BatchSize && characters < options.BatchCharacters) continue;
            yield return batch;
            batch = [];
            characters = 0;
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>
    /// A statement over <paramref name="rows"/>, which are made only as the request body is written (the request writer
    /// enumerates them): each row's maps are garbage as soon as they are in the body. Made before the request, all of a
    /// request's rows (10,000 maps and their property maps) outlived the young generation's collections while the rest
    /// were made, reached the oldest generation and piled up there between full collections.
    /// </summary>
    private static Work Write(string kind, string cypher, long elements, IEnumerable<Dictionary<string, object?>> rows,
        bool countsRemovals = false, (string Name, object Value)? extra = null)
    {
        var parameters = new Dictionary<string, object?> { ["rows"] = rows };
        if (extra is { } e) parameters[e.Name] = e.Value;
        return new Work(kind, new Statement(cypher, parameters), elements, countsRemovals);
    }

    /// <summary>
    /// Adds a statement's (outcome, count) rows to the counts. Every element must come back with an
    /// outcome: one that matched nothing (a missing endpoint) would otherwise vanish silently.
    /// </summary>
    private static void Tally(Work work, QueryResult result, LoadCounts counts)
    {
        var seen = 0L;
        foreach (var record in result.Records)
        {
            // Deleting a node's relationships reports them under their own types.
            var kind = counts[record.Keys.Contains("kind") ? (string)record["kind"]! : work.Kind];
            var count = Convert.ToInt64(record["count"], System.Globalization.CultureInfo.InvariantCulture);
            switch (record["outcome"] as string)
            {
                case "created": kind.Created += count; break;
                case "updated": kind.Updated += count; break;
                case "unchanged": kind.Unchanged += count; break;
                case "removed": kind.Removed += count; continue;
                case "replaced": continue; // deleted to be written again, counted when written
                case "missing":
                    throw new InvalidOperationException(
                        $"Loading {work.Kind}: {count} elements name a node that is not in the graph: an endpoint node is missing. Nothing was written.");
                default: throw new InvalidOperationException($"Unexpected outcome '{record["outcome"]}' from the load statement for {work.Kind}.");
            }
            seen += count;
        }
        if (!work.CountsRemovals && seen != work.Elements)
            throw new InvalidOperationException(
                $"Loading {work.Kind}: {work.Elements} elements sent, Neo4j accounted for {seen}; an endpoint node is missing. Nothing was written.");
    }
}
