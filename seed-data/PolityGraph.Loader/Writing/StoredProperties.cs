using PolityGraph.Loader.Mapping;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Writing;

/// <summary>
/// What the graph holds of the plan's nodes and keyed relationships before a load that adds to it
/// (<see cref="WriteOptions.KeepAbsent"/>): their stored property maps, by label or type and file id, read inside the
/// load's transaction by the internal ids the inventory found (id seeks, <see cref="WriteOptions.BatchSize"/> a request).
/// Only elements the folder holds are read, so an added draft costs a request or two; an added folder as large as the
/// graph holds its stored properties while it loads.
/// </summary>
public sealed class StoredProperties
{
    private readonly Dictionary<string, Dictionary<string, IReadOnlyDictionary<string, object?>>> stored = new(StringComparer.Ordinal);

    /// <summary>Nothing to merge with: a load that makes the graph equal to the files writes each record as it is.</summary>
    public static StoredProperties None { get; } = new();

    /// <summary>Number of stored elements read.</summary>
    public int Count => stored.Values.Sum(s => s.Count);

    public static async Task<StoredProperties> ReadAsync(ITransaction transaction, GraphPlan plan, GraphInventory inventory, int batchSize,
        CancellationToken cancellationToken)
    {
        var result = new StoredProperties();
        foreach (var set in plan.Nodes)
        {
            var ids = inventory.Nodes[set.Label];
            var found = set.Rows.Select(r => ids.TryGetValue(r.Id, out var node) ? node : (long?)null).OfType<long>().ToList();
            await result.ReadAsync(transaction, set.Label, LoadCypher.NodeProperties, found, batchSize, cancellationToken).ConfigureAwait(false);
        }
        foreach (var set in plan.KeyedRelationships)
        {
            // A relationship stored more than once under one id (see GraphDiff) is merged with the first found.
            var difference = inventory.Relationships[set.Type];
            var found = Enumerable.Range(0, set.Rows.Count).Select(difference.StoredFor).OfType<long>().ToList();
            await result.ReadAsync(transaction, set.Type, LoadCypher.RelationshipProperties, found, batchSize, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    private async Task ReadAsync(ITransaction transaction, string kind, string cypher, List<long> internalIds, int batchSize, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var batch in internalIds.Chunk(batchSize))
        {
            var page = await transaction.RunAsync(cypher, new Dictionary<string, object?> { ["ids"] = batch }, cancellationToken).ConfigureAwait(false);
            foreach (var record in page.Records)
                if (record["id"] is string id && record["properties"] is IReadOnlyDictionary<string, object?> properties)
                    byId.TryAdd(id, properties);
        }
        stored[kind] = byId;
    }

    /// <summary>The properties to write for a record: its own when the graph does not hold it, else merged (<see cref="PropertyMerge"/>).</summary>
    public IReadOnlyDictionary<string, object?> Merged(string kind, string id, IReadOnlyDictionary<string, object?> record, IReadOnlyCollection<string> defaults) =>
        stored.TryGetValue(kind, out var byId) && byId.TryGetValue(id, out var properties)
            ? PropertyMerge.Merge(kind, id, properties, record, defaults)
            : record;
}
