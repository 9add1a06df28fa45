namespace PolityGraph.GraphModel;

/// <summary>Relationship types of the graph (graph-model/README.md), named from the start node's point of view.</summary>
public static class RelationshipTypes
{
    /// <summary>Person → Position: a tenure, keyed by its <c>id</c>.</summary>
    public const string Held = "HELD";
    /// <summary>Person → Event: a participation, keyed by its <c>id</c>.</summary>
    public const string ParticipatedIn = "PARTICIPATED_IN";
    public const string InBody = "IN_BODY";
    /// <summary>Body → its parent Body.</summary>
    public const string PartOf = "PART_OF";
    public const string IssuedBy = "ISSUED_BY";
    public const string HostedBy = "HOSTED_BY";
    public const string Discussed = "DISCUSSED";
    /// <summary>Evidence, not politics: any node → Source, with the supporting <c>quote</c>. Paths do not traverse it.</summary>
    public const string AttestedBy = "ATTESTED_BY";

    /// <summary>The political relationships a path between two entities may follow.</summary>
    public static readonly IReadOnlyList<string> Traversable = [Held, ParticipatedIn, InBody, PartOf, IssuedBy, HostedBy, Discussed];

    public static readonly IReadOnlyList<string> All = [.. Traversable, AttestedBy];
}
