namespace PolityGraph.Loader.Mapping;

/// <summary>Nodes of one label to upsert by id; <see cref="NodeRow.Properties"/> replaces the node's properties.</summary>
public sealed record NodeSet(string Label, IReadOnlyList<NodeRow> Rows);

/// <summary>A node to write. Its property map is made when asked for (see <see cref="RecordRows{TRecord,TRow}"/>).</summary>
public sealed class NodeRow(string id, Func<IReadOnlyDictionary<string, object?>> properties, IReadOnlyCollection<string>? defaults = null)
{
    public NodeRow(string id, IReadOnlyDictionary<string, object?> properties) : this(id, () => properties) { }

    public string Id { get; } = id;

    /// <summary>
    /// Properties whose value the loader supplied because the file did not write one (certainty: stated). A load that
    /// merges into the graph (<c>--keep-absent</c>) keeps the stored value of these; a full load writes them.
    /// </summary>
    public IReadOnlyCollection<string> Defaults { get; } = defaults ?? [];

    /// <summary>The node's properties; made anew from the record on each access, so keep it while it is used.</summary>
    public IReadOnlyDictionary<string, object?> Properties => properties();
}

/// <summary>Relationships with an id of their own (HELD, PARTICIPATED_IN), upserted by that id.</summary>
public sealed record KeyedRelationshipSet(string Type, string FromLabel, string ToLabel, IReadOnlyList<KeyedRelationshipRow> Rows);

/// <summary>A keyed relationship to write. Its property map is made when asked for, as a <see cref="NodeRow"/>'s.</summary>
public sealed class KeyedRelationshipRow(string id, string from, string to, Func<IReadOnlyDictionary<string, object?>> properties,
    IReadOnlyCollection<string>? defaults = null)
{
    public KeyedRelationshipRow(string id, string from, string to, IReadOnlyDictionary<string, object?> properties)
        : this(id, from, to, () => properties) { }

    public string Id { get; } = id;

    /// <summary>As <see cref="NodeRow.Defaults"/>.</summary>
    public IReadOnlyCollection<string> Defaults { get; } = defaults ?? [];
    public string From { get; } = from;
    public string To { get; } = to;

    /// <summary>The relationship's properties; made anew from the record on each access.</summary>
    public IReadOnlyDictionary<string, object?> Properties => properties();
}

/// <summary>
/// Property-less relationships a record owns (a position's IN_BODY, an event's HOSTED_BY, …): after loading,
/// the node's relationships of this type go to exactly <see cref="LinkRow.Targets"/>; others are removed.
/// <paramref name="SingleTarget"/>: the record names at most one target (a position's body, a body's parent, a
/// resolution's issuer). A load that merges (<c>--keep-absent</c>) replaces such a link when the record names
/// one and keeps it when the record names none; it adds a many-target link's targets to the stored ones.
/// </summary>
public sealed record LinkSet(string Type, string FromLabel, string ToLabel, IReadOnlyList<LinkRow> Rows, bool SingleTarget = false);

public sealed record LinkRow(string From, IReadOnlyList<string> Targets);

/// <summary>The ATTESTED_BY relationships of one label's nodes: exactly these (source, quote) pairs after loading.</summary>
public sealed record EvidenceSet(string Label, IReadOnlyList<EvidenceRow> Rows);

public sealed record EvidenceRow(string Id, IReadOnlyList<EvidencePair> Evidence);

public sealed record EvidencePair(string Source, string Quote);

/// <summary>
/// Everything one load writes, in the order it is written: nodes before the relationships between them.
/// The plan is a view of the validated records, not a copy: its rows are made from the records as they are
/// read (<see cref="RecordRows{TRecord,TRow}"/>), batch by batch, so a load holds the records and one batch
/// of rows instead of the records and a second, larger copy of everything as property maps.
/// </summary>
public sealed record GraphPlan(
    IReadOnlyList<NodeSet> Nodes,
    IReadOnlyList<KeyedRelationshipSet> KeyedRelationships,
    IReadOnlyList<LinkSet> Links,
    IReadOnlyList<EvidenceSet> Evidence)
{
    private long? elementCount;

    /// <summary>
    /// Nodes plus relationships the plan describes: the unit of the loader's throughput figures. Counted once (it makes
    /// every link and evidence row from its record).
    /// </summary>
    public long ElementCount => elementCount ??=
        Nodes.Sum(s => (long)s.Rows.Count) +
        KeyedRelationships.Sum(s => (long)s.Rows.Count) +
        Links.Sum(s => s.Rows.Sum(r => (long)r.Targets.Count)) +
        Evidence.Sum(s => s.Rows.Sum(r => (long)r.Evidence.Count));
}

/// <summary>
/// The rows of a plan, made from the records on each access: a list with the records' count whose items are
/// mapped when read. Nothing is cached; a consumer reading the rows twice maps them twice (cheap beside the
/// memory a copy of every row held).
/// </summary>
public sealed class RecordRows<TRecord, TRow>(IReadOnlyList<TRecord> records, Func<TRecord, TRow> map) : IReadOnlyList<TRow>
{
    public int Count => records.Count;

    public TRow this[int index] => map(records[index]);

    public IEnumerator<TRow> GetEnumerator()
    {
        for (var i = 0; i < records.Count; i++) yield return map(records[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
