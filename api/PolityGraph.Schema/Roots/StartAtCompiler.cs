using PolityGraph.GraphQL.Execution;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Roots;

/// <summary>
/// @startAt root fields (officeholders): the node named by an id argument, then one of its relationship
/// fields, ordered oldest first: by the item's timespan start, then its end, then the relationship id.
/// An unknown id gives an empty list, as lookups give null.
/// </summary>
public static class StartAtCompiler
{
    public static CompiledQuery Compile(StartAtRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping)
    {
        var scope = new CypherScope();
        var projector = new SelectionProjector(schema, mapping, scope);
        var startId = field.Arguments.GetValueOrDefault(root.Argument) as string;
        var startType = StartType(root, mapping);
        if (startId is null || mapping.NodeTypeForId(startId) != startType) return CompiledQuery.Constant(new List<object?>());

        var (pattern, binding, itemType) = projector.RelationshipPattern(root.Relationship, "start");
        var item = mapping.Type(itemType);
        var filters = Predicates.For(root.Filters, field.Arguments, item, binding, scope);
        var value = projector.Object(field, itemType, binding);
        var order = item?.Timespan is null
            ? binding.Variable + ".id"
            : string.Join(", ", new[] { Predicates.Span(item, binding, root.Argument).Start, Predicates.Span(item, binding, root.Argument).End, binding.Variable + ".id" });
        var carried = string.Join(", ", new[] { binding.Variable, binding.Start, binding.End }.Where(v => v is not null).Distinct());

        // The ids each lookup table needs, gathered per match while the matches are folded into one row.
        var wantedLists = scope.LookupLabels.ToList()
            .Select(label => (Label: label, Variable: "wanted" + label + "Lists", Ids: projector.LookupIds(field, itemType, binding, label) ?? "[]"))
            .ToList();
        var cypher = $"MATCH (start:{CypherText.Name(startType.Label)}) WHERE start.id = {scope.Parameter(startId)}\n"
            + $"MATCH {pattern}{(filters.Count == 0 ? "" : " WHERE " + string.Join(" AND ", filters))}\n"
            + $"WITH {carried} ORDER BY {order}\n"
            + (scope.LookupVariables.Count == 0 ? "" : "WITH collect([" + carried + "]) AS matched"
                + string.Concat(wantedLists.Select(w => $", collect({w.Ids}) AS {w.Variable}")) + "\n")
            + LookupsThenUnwind(scope, carried, wantedLists.Select(w => (w.Label, w.Variable)).ToList())
            + $"RETURN collect({value}) AS value";
        return new CompiledQuery(new Statement(cypher, scope.Parameters), result => result!.Records.Count == 0 ? new List<object?>() : result.Records[0]["value"]);
    }

    /// <summary>
    /// Lookup tables are collected after the ordered matches are folded into one row (collecting them
    /// earlier would multiply rows), then the matches are unwound in their order again.
    /// </summary>
    private static string LookupsThenUnwind(CypherScope scope, string carried, IReadOnlyList<(string Label, string Variable)> wantedLists)
    {
        if (scope.LookupVariables.Count == 0) return "";
        var variables = carried.Split(", ");
        var unwind = "UNWIND matched AS m\nWITH " + string.Join(", ", scope.LookupVariables.Concat(variables.Select((v, i) => $"m[{i}] AS {v}"))) + "\n";
        var wanted = wantedLists.ToDictionary(w => w.Label, w => $"reduce(acc = [], ids IN {w.Variable} | acc + ids)");
        return scope.LookupPrelude(["matched", .. wantedLists.Select(w => w.Variable)], wanted) + unwind;
    }

    /// <summary>The node type the relationship starts from: the other endpoint of the edge type, or the declared one.</summary>
    private static NodeTypeMapping StartType(StartAtRoot root, GraphMapping mapping)
    {
        var edge = mapping.Type(root.Relationship.Type.Name) as EdgeTypeMapping
            ?? throw new InvalidOperationException($"Query.{root.FieldName}: @startAt needs a field of an @edge type.");
        var ownerIsStart = root.Relationship.Hop.Direction == RelationshipDirection.Out;
        var endpoint = edge.Fields.Values.OfType<EndpointField>().Single(f => f.IsStart == ownerIsStart);
        return mapping.NodeType(endpoint.Type.Name);
    }
}
