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
    public static CompiledQuery Compile(StartAtRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        var scope = new CypherScope(options);
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
        var carried = new[] { binding.Variable, binding.Start, binding.End }.OfType<string>().Distinct();

        var cypher = new CypherStatement(scope)
            .Match($"(start:{CypherText.Name(startType.Label)})", [$"start.id = {scope.Parameter(startId)}"])
            .Match(pattern, filters)
            .With(carried, $" ORDER BY {order}")
            .LookupsAcrossRows(value)
            .Return($"collect({value.Cypher()}) AS value");
        return new CompiledQuery(cypher, result => result!.Records.Count == 0 ? new List<object?>() : result.Records[0]["value"]);
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
