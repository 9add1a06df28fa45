using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Writing;

/// <summary>How a load is cut into requests. Defaults measured with tests/benchmarks/Loader.</summary>
/// <param name="BatchSize">Rows per UNWIND statement.</param>
/// <param name="StatementsPerRequest">Statements sent together in one HTTP round trip.</param>
public sealed record WriteOptions(int BatchSize = 2000, int StatementsPerRequest = 5);

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

    public async Task<LoadCounts> WriteAsync(GraphPlan plan, IProgress<WriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await GraphSchema.EnsureAsync(driver, cancellationToken).ConfigureAwait(false);

        var total = plan.ElementCount;
        var counts = new LoadCounts();
        var done = 0L;

        var transaction = await driver.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                var empty = await EmptyKindsAsync(transaction, plan, cancellationToken).ConfigureAwait(false);
                var work = Statements(plan, empty).ToList();
                foreach (var request in work.Chunk(options.StatementsPerRequest))
                {
                    var results = await transaction.RunAsync([.. request.Select(w => w.Statement)], cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < request.Length; i++)
                    {
                        Tally(request[i], results[i], counts);
                        done += request[i].Elements;
                    }
                    progress?.Report(new WriteProgress(request[^1].Kind, done, total));
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
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
    /// Every statement a load of the plan sends, in order, given the kinds found empty at its start (the
    /// plain CREATE forms are used for those). For checks of the Cypher itself, e.g. its query plans.
    /// </summary>
    public IEnumerable<Statement> StatementsFor(GraphPlan plan, IReadOnlySet<string> emptyKinds) =>
        Statements(plan, emptyKinds).Select(w => w.Statement);

    /// <summary>One statement of the load, what kind it counts towards and how many elements it covers.</summary>
    private sealed record Work(string Kind, Statement Statement, long Elements, bool CountsRemovals);

    /// <summary>
    /// The labels and relationship types with nothing stored yet, asked inside the load's own
    /// transaction (Neo4j answers these counts from its count store, without scanning).
    /// </summary>
    private static async Task<HashSet<string>> EmptyKindsAsync(ITransaction transaction, GraphPlan plan, CancellationToken cancellationToken)
    {
        var kinds = plan.Nodes.Select(n => (Kind: n.Label, Cypher: LoadCypher.CountNodes(n.Label)))
            .Concat(plan.KeyedRelationships.Select(k => (Kind: k.Type, Cypher: LoadCypher.CountRelationships(k.Type))))
            .Concat(plan.Links.Select(l => (Kind: l.Type, Cypher: LoadCypher.CountRelationships(l.Type))))
            .Append((Kind: RelationshipTypes.AttestedBy, Cypher: LoadCypher.CountRelationships(RelationshipTypes.AttestedBy)))
            .DistinctBy(k => k.Kind)
            .ToList();
        var results = await transaction.RunAsync([.. kinds.Select(k => new Statement(k.Cypher))], cancellationToken).ConfigureAwait(false);
        return kinds.Where((k, i) => Convert.ToInt64(results[i].Records[0]["count"], System.Globalization.CultureInfo.InvariantCulture) == 0)
            .Select(k => k.Kind)
            .ToHashSet(StringComparer.Ordinal);
    }

    private IEnumerable<Work> Statements(GraphPlan plan, IReadOnlySet<string> empty)
    {
        foreach (var set in plan.Nodes)
            foreach (var batch in set.Rows.Chunk(options.BatchSize))
                yield return Write(set.Label, empty.Contains(set.Label) ? LoadCypher.CreateNodes(set.Label) : LoadCypher.UpsertNodes(set.Label), batch.Length,
                    batch.Select(r => new Dictionary<string, object?> { ["id"] = r.Id, ["properties"] = r.Properties }));

        foreach (var set in plan.KeyedRelationships)
            foreach (var batch in set.Rows.Chunk(options.BatchSize))
                yield return Write(set.Type, empty.Contains(set.Type)
                        ? LoadCypher.CreateKeyedRelationships(set.Type, set.FromLabel, set.ToLabel)
                        : LoadCypher.UpsertKeyedRelationships(set.Type, set.FromLabel, set.ToLabel), batch.Length,
                    batch.Select(r => new Dictionary<string, object?> { ["id"] = r.Id, ["from"] = r.From, ["to"] = r.To, ["properties"] = r.Properties }));

        foreach (var set in plan.Links)
            foreach (var batch in set.Rows.Chunk(options.BatchSize))
            {
                var rows = batch.Select(r => new Dictionary<string, object?> { ["from"] = r.From, ["targets"] = r.Targets.ToList() }).ToList();
                var elements = batch.Sum(r => r.Targets.Count);
                if (empty.Contains(set.Type))
                {
                    yield return Write(set.Type, LoadCypher.CreateLinks(set.Type, set.FromLabel, set.ToLabel), elements, rows);
                    continue;
                }
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
                yield return Write(RelationshipTypes.AttestedBy, LoadCypher.RemoveStaleEvidence(set.Label), 0, removals, countsRemovals: true,
                    extra: ("separator", LoadCypher.EvidenceKeySeparator));
                yield return Write(RelationshipTypes.AttestedBy, LoadCypher.MergeEvidence(set.Label), elements, merges);
            }
    }

    private static Work Write(string kind, string cypher, long elements, IEnumerable<Dictionary<string, object?>> rows,
        bool countsRemovals = false, (string Name, object Value)? extra = null)
    {
        var parameters = new Dictionary<string, object?> { ["rows"] = rows.ToList() };
        if (extra is { } e) parameters[e.Name] = e.Value;
        return new Work(kind, new Statement(cypher, parameters), elements, countsRemovals);
    }

    /// <summary>
    /// Adds a statement's (outcome, count) rows to the counts. Every element must come back with an
    /// outcome: one that matched nothing (a missing endpoint) would otherwise vanish silently.
    /// </summary>
    private static void Tally(Work work, QueryResult result, LoadCounts counts)
    {
        var kind = counts[work.Kind];
        var seen = 0L;
        foreach (var record in result.Records)
        {
            var count = Convert.ToInt64(record["count"], System.Globalization.CultureInfo.InvariantCulture);
            switch (record["outcome"] as string)
            {
                case "created": kind.Created += count; break;
                case "updated": kind.Updated += count; break;
                case "unchanged": kind.Unchanged += count; break;
                case "removed": kind.Removed += count; continue;
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
