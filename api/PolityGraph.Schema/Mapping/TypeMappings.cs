namespace PolityGraph.Schema.Mapping;

/// <summary>How one GraphQL object type lives in the graph.</summary>
public abstract record TypeMapping(string TypeName, IReadOnlyDictionary<string, FieldMapping> Fields, Timespan? Timespan)
{
    public FieldMapping Field(string name) =>
        Fields.TryGetValue(name, out var field)
            ? field
            : throw new InvalidOperationException($"{TypeName}.{name} has no graph mapping.");
}

/// <summary>A type whose objects are nodes with one label (<c>@node</c>).</summary>
public sealed record NodeTypeMapping(string TypeName, string Label, string IdPrefix, IReadOnlyDictionary<string, FieldMapping> Fields, Timespan? Timespan)
    : TypeMapping(TypeName, Fields, Timespan);

/// <summary>A type whose objects are relationships of one type (<c>@edge</c>): tenures and participations.</summary>
public sealed record EdgeTypeMapping(string TypeName, string RelationshipType, IReadOnlyDictionary<string, FieldMapping> Fields, Timespan? Timespan)
    : TypeMapping(TypeName, Fields, Timespan);

/// <summary>
/// Where an object lies in time (<c>@timespan</c>): from <c>start ?? earliest attested</c> to
/// <c>end ?? latest attested</c>; a missing bound falls back to the other one, so a tenure known only
/// from its start is held on that day. <paramref name="Through"/> names the endpoint field whose node
/// carries the dates (a participation is dated by its event).
/// </summary>
public sealed record Timespan(string Start, string End, string? Attested, string? Through);
