namespace PolityGraph.Schema.Mapping;

/// <summary>How a field of Query starts its Cypher statement.</summary>
public abstract record RootField(string FieldName, FieldType Type)
{
    public IReadOnlyDictionary<string, FilterKind> Filters { get; init; } = new Dictionary<string, FilterKind>();
}

/// <summary><c>@lookup</c>: the node(s) whose id (or other filter argument) matches.</summary>
public sealed record LookupRoot(string FieldName, FieldType Type) : RootField(FieldName, Type);

/// <summary><c>@connection</c>: a Relay connection over every node of the node type, ordered by a property then id.</summary>
public sealed record ConnectionRoot(string FieldName, FieldType Type, string NodeType, string OrderBy) : RootField(FieldName, Type);

/// <summary><c>@startAt @relationship</c>: the node named by an id argument, then a relationship field from it.</summary>
public sealed record StartAtRoot(string FieldName, FieldType Type, string Argument, RelationshipField Relationship) : RootField(FieldName, Type);

/// <summary>
/// <c>@count(of:)</c> on a root field: how many items the root list field <paramref name="Of"/> gives for the same
/// arguments (generated beside it, as <c>officeholdersCount</c> beside <c>officeholders</c>).
/// </summary>
public sealed record CountRoot(string FieldName, FieldType Type, StartAtRoot Of) : RootField(FieldName, Type);

/// <summary><c>@shortestPath</c>: the shortest path between two nodes over the allowed relationship types.</summary>
public sealed record ShortestPathRoot(string FieldName, FieldType Type, IReadOnlyList<string> RelationshipTypes) : RootField(FieldName, Type);
