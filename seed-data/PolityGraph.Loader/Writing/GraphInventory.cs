using System.Globalization;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Reading;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Writing;

/// <summary>
/// What the graph holds of what the loader owns, read once at the start of a load, inside its
/// transaction: every node id per label and every keyed relationship (HELD, PARTICIPATED_IN) with its
/// endpoints. One pass over each label and type (linear in the graph), so that what the files no
/// longer hold, and keyed relationships moved to other endpoints, are found by a diff in memory
/// instead of a lookup per stored element.
/// </summary>
public sealed class GraphInventory
{
    /// <summary>Label → (file id → Neo4j's internal node id).</summary>
    public Dictionary<string, Dictionary<string, long>> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Label → nodes of that label without an id: no file holds them.</summary>
    public Dictionary<string, List<long>> Unidentified { get; } = new(StringComparer.Ordinal);

    /// <summary>Type → how its stored relationships differ from the files' (read page by page, kept as internal ids only).</summary>
    public Dictionary<string, KeyedDifference> Relationships { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A keyed type's stored relationships against the files: <see cref="Stored"/> of them in all; <see cref="Stale"/>, those whose id
    /// no file holds; <see cref="Moved"/>, those whose id joins other endpoints than the file's or is stored more than once
    /// (all its copies), and <see cref="MovedRecords"/>, how many records those are.
    /// </summary>
    public sealed record KeyedDifference(long Stored, IReadOnlyList<long> Stale, IReadOnlyList<long> Moved, int MovedRecords, long[] FirstStored)
    {
        /// <summary>The internal id of the first stored relationship with the id of the plan's row at <paramref name="row"/>, if any.</summary>
        public long? StoredFor(int row) => FirstStored[row] == 0 ? null : FirstStored[row] - 1;
    }

    /// <summary>
    /// One request per label, and per page of each keyed type's relationships; every answer is read a row at a time
    /// (<see cref="ITransaction.ForEachRecordAsync"/>) and each row kept in its compact form or compared with the files at
    /// once, so no answer is held whole (a label's is 100,000 rows at 100,000 people, PARTICIPATED_IN 300,000). Endpoint ids
    /// are stored once each: a person's id comes back with every tenure and participation of theirs.
    /// </summary>
    public static async Task<GraphInventory> ReadAsync(ITransaction transaction, GraphPlan plan, CancellationToken cancellationToken,
        int relationshipsPerPage = 50_000)
    {
        var inventory = new GraphInventory();
        var strings = new StringPool();
        foreach (var set in plan.Nodes)
        {
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            var unidentified = new List<long>();
            await transaction.ForEachRecordAsync(LoadCypher.NodeInventory(set.Label), null, record =>
            {
                var node = Convert.ToInt64(record[0], CultureInfo.InvariantCulture);
                if (record[1] is string id) ids[strings.Intern(id)] = node;
                else unidentified.Add(node);
            }, cancellationToken).ConfigureAwait(false);
            inventory.Nodes[set.Label] = ids;
            inventory.Unidentified[set.Label] = unidentified;
        }
        foreach (var set in plan.KeyedRelationships)
        {
            var range = (await transaction.RunAsync(LoadCypher.RelationshipIdRange(set.Type), cancellationToken: cancellationToken).ConfigureAwait(false)).Records[0];
            var count = Convert.ToInt64(range["count"], CultureInfo.InvariantCulture);
            if (count == 0)
            {
                // Nothing stored (a first load): no index of the files' ids to build.
                inventory.Relationships[set.Type] = new KeyedDifference(0, [], [], 0, new long[set.Rows.Count]);
                continue;
            }
            var difference = new KeyedDiff(set);
            var low = Convert.ToInt64(range["low"], CultureInfo.InvariantCulture);
            var high = Convert.ToInt64(range["high"], CultureInfo.InvariantCulture) + 1;
            // Pages of about relationshipsPerPage rows (Neo4j hands out relationship ids densely), from when the client
            // parsed an answer whole and one of 300,000 rows was the largest thing a reload held; now that answers are read
            // row by row the pages only bound each request's work in Neo4j. Each row is compared with the files as it
            // comes, and only the internal ids of what must go are kept.
            var span = Math.Max(1, (high - low) * relationshipsPerPage / count);
            for (var from = low; from < high; from += span)
            {
                await transaction.ForEachRecordAsync(LoadCypher.RelationshipInventoryPage(set.Type),
                    new Dictionary<string, object?> { ["low"] = from, ["high"] = Math.Min(from + span, high) },
                    r => difference.Add(Convert.ToInt64(r[0], CultureInfo.InvariantCulture), r[1] as string, r[2] as string, r[3] as string),
                    cancellationToken).ConfigureAwait(false);
            }
            inventory.Relationships[set.Type] = difference.Finish();
        }
        return inventory;
    }

    /// <summary>
    /// The comparison of one keyed type, fed a stored relationship at a time: the files' rows are indexed by id once, and per
    /// row only the first stored relationship with its id is remembered (its internal id, and whether its endpoints are the file's).
    /// </summary>
    private sealed class KeyedDiff
    {
        private readonly KeyedRelationshipSet set;
        private readonly Dictionary<string, int> rowOf;
        /// <summary>Per row: the first stored relationship's internal id + 1 (0: none stored yet).</summary>
        private readonly long[] first;
        /// <summary>Per row: 1 if its first stored relationship joins other endpoints, 2 if its id is stored more than once.</summary>
        private readonly byte[] state;
        private readonly List<long> stale = [];
        private readonly List<long> moved = [];
        private long stored;

        public KeyedDiff(KeyedRelationshipSet set)
        {
            this.set = set;
            rowOf = new Dictionary<string, int>(set.Rows.Count, StringComparer.Ordinal);
            var index = 0;
            foreach (var row in set.Rows) rowOf.TryAdd(row.Id, index++); // ids are unique in valid files
            first = new long[index];
            state = new byte[index];
        }

        public void Add(long relationship, string? id, string? from, string? to)
        {
            stored++;
            if (id is null || !rowOf.TryGetValue(id, out var row))
            {
                stale.Add(relationship);
                return;
            }
            if (first[row] == 0)
            {
                first[row] = relationship + 1;
                var planned = set.Rows[row]; // the plan is a view: the row is made from its record again
                if ((from, to) != (planned.From, planned.To)) state[row] = 1;
                return;
            }
            state[row] = 2; // stored more than once: every copy goes, the record is written again
            moved.Add(relationship);
        }

        public KeyedDifference Finish()
        {
            var records = 0;
            for (var row = 0; row < first.Length; row++)
            {
                if (state[row] == 0) continue;
                moved.Add(first[row] - 1);
                records++;
            }
            return new KeyedDifference(stored, stale, moved, records, first);
        }
    }
}

/// <summary>
/// How the graph differs from the files before the upserts run: kinds with nothing stored (written with
/// plain CREATE), nodes the files no longer hold (deleted with their relationships), keyed relationships
/// whose id the files no longer hold (deleted) or whose id now joins other endpoints, or is stored more
/// than once (deleted and written again, counted as updated). Ids are Neo4j's internal ids, read in the
/// same transaction: deletes are id seeks, never lookups by property.
/// </summary>
public sealed record GraphDiff(
    IReadOnlySet<string> EmptyKinds,
    IReadOnlyDictionary<string, IReadOnlyList<long>> StaleNodes,
    IReadOnlyDictionary<string, IReadOnlyList<long>> StaleRelationships,
    IReadOnlyDictionary<string, IReadOnlyList<long>> MovedRelationships,
    IReadOnlyDictionary<string, int> MovedRecords)
{
    /// <summary>A diff with nothing to delete, e.g. for a graph that holds nothing or exactly the files.</summary>
    public static GraphDiff Nothing(IReadOnlySet<string> emptyKinds) => new(emptyKinds,
        new Dictionary<string, IReadOnlyList<long>>(), new Dictionary<string, IReadOnlyList<long>>(), new Dictionary<string, IReadOnlyList<long>>(),
        new Dictionary<string, int>());

    public static GraphDiff Between(GraphPlan plan, GraphInventory graph, IReadOnlySet<string> emptyRelationshipKinds)
    {
        var empty = new HashSet<string>(emptyRelationshipKinds, StringComparer.Ordinal);
        var staleNodes = new Dictionary<string, IReadOnlyList<long>>(StringComparer.Ordinal);
        foreach (var set in plan.Nodes)
        {
            var stored = graph.Nodes[set.Label];
            var unidentified = graph.Unidentified.GetValueOrDefault(set.Label, []);
            if (stored.Count == 0 && unidentified.Count == 0) { empty.Add(set.Label); continue; }
            var inFiles = set.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            staleNodes[set.Label] = [.. stored.Where(s => !inFiles.Contains(s.Key)).Select(s => s.Value), .. unidentified];
        }

        var staleRelationships = new Dictionary<string, IReadOnlyList<long>>(StringComparer.Ordinal);
        var moved = new Dictionary<string, IReadOnlyList<long>>(StringComparer.Ordinal);
        var movedRecords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in plan.KeyedRelationships)
        {
            var stored = graph.Relationships[set.Type];
            if (stored.Stored == 0) { empty.Add(set.Type); continue; }
            staleRelationships[set.Type] = stored.Stale;
            moved[set.Type] = stored.Moved;
            if (stored.MovedRecords > 0) movedRecords[set.Type] = stored.MovedRecords;
        }
        return new GraphDiff(empty, staleNodes, staleRelationships, moved, movedRecords);
    }
}
