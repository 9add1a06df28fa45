namespace PolityGraph.Loader.Mapping;

/// <summary>Nodes of one label to upsert by id; <see cref="NodeRow.Properties"/> replaces the node's properties.</summary>
public sealed record NodeSet(string Label, IReadOnlyList<NodeRow> Rows);

public sealed record NodeRow(string Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>Relationships with an id of their own (HELD, PARTICIPATED_IN), upserted by that id.</summary>
public sealed record KeyedRelationshipSet(string Type, string FromLabel, string ToLabel, IReadOnlyList<KeyedRelationshipRow> Rows);

public sealed record KeyedRelationshipRow(string Id, string From, string To, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// Property-less relationships a record owns (a position's IN_BODY, an event's HOSTED_BY, …): after loading,
/// the node's relationships of this type go to exactly <see cref="LinkRow.Targets"/>; others are removed.
/// </summary>
public sealed record LinkSet(string Type, string FromLabel, string ToLabel, IReadOnlyList<LinkRow> Rows);

public sealed record LinkRow(string From, IReadOnlyList<string> Targets);

/// <summary>The ATTESTED_BY relationships of one label's nodes: exactly these (source, quote) pairs after loading.</summary>
public sealed record EvidenceSet(string Label, IReadOnlyList<EvidenceRow> Rows);

public sealed record EvidenceRow(string Id, IReadOnlyList<EvidencePair> Evidence);

public sealed record EvidencePair(string Source, string Quote);

/// <summary>Everything one load writes, in the order it is written: nodes before the relationships between them.</summary>
public sealed record GraphPlan(
    IReadOnlyList<NodeSet> Nodes,
    IReadOnlyList<KeyedRelationshipSet> KeyedRelationships,
    IReadOnlyList<LinkSet> Links,
    IReadOnlyList<EvidenceSet> Evidence)
{
    /// <summary>Nodes plus relationships the plan describes: the unit of the loader's throughput figures.</summary>
    public long ElementCount =>
        Nodes.Sum(s => (long)s.Rows.Count) +
        KeyedRelationships.Sum(s => (long)s.Rows.Count) +
        Links.Sum(s => s.Rows.Sum(r => (long)r.Targets.Count)) +
        Evidence.Sum(s => s.Rows.Sum(r => (long)r.Evidence.Count));
}
