namespace PolityGraph.Schema.Mapping;

/// <summary>The GraphQL type of a field reduced to what Cypher needs: the named type and whether it is a list.</summary>
public sealed record FieldType(string Name, bool IsList, bool IsNonNull);

/// <summary>How one field of a mapped type reads the graph.</summary>
public abstract record FieldMapping(string FieldName, FieldType Type)
{
    /// <summary>Arguments that narrow the field's list, by argument name.</summary>
    public IReadOnlyDictionary<string, FilterKind> Filters { get; init; } = new Dictionary<string, FilterKind>();
}

/// <summary>A scalar or enum read from a property of the node or relationship (the default).</summary>
public sealed record PropertyField(string FieldName, FieldType Type, string Property) : FieldMapping(FieldName, Type);

/// <summary>
/// Follows relationships (<c>@relationship</c>) to nodes of the field's type or, when the field's type is
/// an edge type, yields the relationships themselves. <paramref name="Via"/> is one hop crossed first.
/// </summary>
public sealed record RelationshipField(string FieldName, FieldType Type, Hop Hop, Hop? Via) : FieldMapping(FieldName, Type);

/// <summary>One relationship step, seen from the node that owns the field.</summary>
public sealed record Hop(string RelationshipType, RelationshipDirection Direction);

public enum RelationshipDirection { Out, In }

/// <summary>The start or end node of the relationship an edge type maps (<c>@startNode</c>, <c>@endNode</c>).</summary>
public sealed record EndpointField(string FieldName, FieldType Type, bool IsStart) : FieldMapping(FieldName, Type);

/// <summary>Evidence from two parallel list properties of a relationship (<c>@evidence</c>).</summary>
public sealed record EvidenceField(string FieldName, FieldType Type, string SourcesProperty, string QuotesProperty) : FieldMapping(FieldName, Type);

/// <summary>
/// The relationships of the field's @edge type whose evidence quotes the owner node (<c>@citedBy(evidence:)</c>,
/// Source.tenures): the owner's id is in the sources list of the edge type's @evidence field named
/// <paramref name="Evidence"/>. A relationship cannot point at a node, so the items are found by that list,
/// not by a pattern from the owner, unless <paramref name="StartAttestedBy"/> names a relationship type by which every
/// item's start node points at the owner (Person -ATTESTED_BY-> Source): the items are then found from the nodes the
/// owner attests.
/// </summary>
public sealed record CitedByField(string FieldName, FieldType Type, string Evidence, string? StartAttestedBy = null) : FieldMapping(FieldName, Type);

/// <summary>Nodes looked up by the ids a list property holds (<c>@nodesByIds</c>).</summary>
public sealed record NodesByIdsField(string FieldName, FieldType Type, string Property) : FieldMapping(FieldName, Type);

/// <summary>How many items a list field of the same type has (<c>@count(of:)</c>), narrowed by the same arguments.</summary>
public sealed record CountField(string FieldName, FieldType Type, string Of) : FieldMapping(FieldName, Type);

/// <summary>How an argument narrows a list (<c>@filter(by:)</c>).</summary>
public enum FilterKind
{
    Search,
    HeldOn,
    OverlapsFrom,
    OverlapsTo,
    ResolutionCode,
}
