using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Filtering;

/// <summary>
/// Where a filtered connection can start instead of at every node of its label. A <c>where:</c> that must hold
/// (the top-level map and its <c>and</c> lists; never inside <c>or</c>, <c>not</c>, <c>none</c> or <c>all</c>) and
/// reaches, through <c>some</c> of a list, a single related object or an edge's endpoint, a node named by
/// <c>id: { eq: ... }</c>, names the one node every matching item is connected to. The pattern from the item to
/// that node (<c>(c:Person)-[:HELD]-&gt;(:Position)-[:IN_BODY]-&gt;(:Body {id: $p})</c>) is what Neo4j can plan from
/// the unique index on id: it finds a superset of the matching items (it drops the filter's other conditions, a
/// tenure's date, a citation's source), and the whole filter is still tested on each of them. Without an anchor
/// the statement tests the filter on every node of the label (100,000 people for one body's members).
/// </summary>
public sealed class FilterAnchor(GraphMapping mapping, CypherScope scope)
{
    /// <summary>Relationships crossed at most (Body.members crosses two per step): a longer chain is not followed.</summary>
    public const int MaxHops = 6;

    /// <summary>
    /// The pattern from <paramref name="candidate"/>, an item of <paramref name="type"/>, to the node the filter names
    /// by id; null when the filter names none past the item itself (the item's own <c>id</c> is sought by the index
    /// already) or only under or/not/none/all.
    /// </summary>
    public string? Pattern(NodeTypeMapping type, string candidate, object? where) =>
        Tail(type, where, hops: 0, atItem: true) is { } tail ? $"({candidate}:{CypherText.Name(type.Label)}{tail}" : null;

    /// <summary>The rest of the pattern after the node's label: its id map and ")", or ")" and the hops onward.</summary>
    private string? Tail(NodeTypeMapping type, object? where, int hops, bool atItem)
    {
        if (where is null) return null;
        foreach (var (name, value) in WhereCompiler.Map(where))
        {
            if (value is null) continue;
            var tail = name switch
            {
                "and" => WhereCompiler.Items(value, name).Select(part => Tail(type, part, hops, atItem)).FirstOrDefault(t => t is not null),
                "or" or "not" => null,
                _ => type.Fields.GetValueOrDefault(name) switch
                {
                    PropertyField { Property: "id", Type.IsList: false } when !atItem && Equal(value) is { } id =>
                        $" {{id: {scope.Parameter(id)}}})",
                    RelationshipField relationship when hops + (relationship.Via is null ? 1 : 2) <= MaxHops =>
                        Across(relationship, value, hops),
                    CitedByField { StartAttestedBy: { } attestedBy } citedBy when hops + 2 <= MaxHops =>
                        Cited(citedBy, attestedBy, value, hops),
                    _ => null,
                },
            };
            if (tail is not null) return tail;
        }
        return null;
    }

    /// <summary><c>id: { eq: "x" }</c>'s value (and nothing else asked of the id), or null.</summary>
    private static string? Equal(object value) =>
        WhereCompiler.Map(value) is { Count: 1 } operations && operations.GetValueOrDefault("eq") is string id ? id : null;

    /// <summary>A @relationship field: its hop (and via hop), then the item's own filter.</summary>
    private string? Across(RelationshipField field, object value, int hops)
    {
        var inner = field.Type.IsList ? Some(value) : value;
        if (inner is null) return null;
        var via = field.Via is { } v ? Arrow(v) + "()" : "";
        hops += field.Via is null ? 1 : 2;
        if (mapping.Type(field.Type.Name) is EdgeTypeMapping edge)
        {
            // Seen from the owner: OUT means the owner is the relationship's start node, the far node its end node.
            var farIsStart = field.Hop.Direction == RelationshipDirection.In;
            return Endpoint(edge, inner, farIsStart, hops) is { } rest ? ")" + via + Arrow(field.Hop) + rest : null;
        }
        var node = mapping.NodeType(field.Type.Name);
        return Tail(node, inner, hops, atItem: false) is { } tail ? ")" + via + Arrow(field.Hop) + $"(:{CypherText.Name(node.Label)}{tail}" : null;
    }

    /// <summary>A @citedBy field with startAttestedBy: the attested start node, then the edge to its end if need be.</summary>
    private string? Cited(CitedByField field, string attestedBy, object value, int hops)
    {
        if (Some(value) is not { } inner || mapping.Type(field.Type.Name) is not EdgeTypeMapping edge) return null;
        var crossing = $")<-[:{CypherText.Name(attestedBy)}]-";
        var start = mapping.NodeType(SelectionProjector.EndpointType(edge, start: true));
        var atStart = Endpoint(edge, inner, farIsStart: true, hops + 1);
        if (atStart is not null) return crossing + atStart;
        var atEnd = Endpoint(edge, inner, farIsStart: false, hops + 2);
        return atEnd is null ? null
            : crossing + $"(:{CypherText.Name(start.Label)})-[:{CypherText.Name(edge.RelationshipType)}]->" + atEnd;
    }

    /// <summary>
    /// Inside an edge item's filter: the endpoint field of the far node (its start node when
    /// <paramref name="farIsStart"/>, else its end node) and that node's own filter, as "(:Label" and its tail.
    /// </summary>
    private string? Endpoint(EdgeTypeMapping edge, object inner, bool farIsStart, int hops)
    {
        foreach (var (name, value) in WhereCompiler.Map(inner))
        {
            if (value is null) continue;
            if (name == "and")
            {
                foreach (var part in WhereCompiler.Items(value, name))
                    if (part is not null && Endpoint(edge, part, farIsStart, hops) is { } rest) return rest;
                continue;
            }
            if (edge.Fields.GetValueOrDefault(name) is EndpointField endpoint && endpoint.IsStart == farIsStart)
            {
                var node = mapping.NodeType(endpoint.Type.Name);
                if (Tail(node, value, hops, atItem: false) is { } tail) return $"(:{CypherText.Name(node.Label)}{tail}";
            }
        }
        return null;
    }

    /// <summary>A list filter's <c>some</c> (the only quantifier that says an item exists).</summary>
    private static object? Some(object value) => WhereCompiler.Map(value).GetValueOrDefault("some");

    private static string Arrow(Hop hop) => hop.Direction == RelationshipDirection.Out
        ? $"-[:{CypherText.Name(hop.RelationshipType)}]->"
        : $"<-[:{CypherText.Name(hop.RelationshipType)}]-";
}
