using PolityGraph.GraphQL.Execution;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Filtering;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Roots;

/// <summary>
/// @startAt root fields (officeholders): the node named by an id argument, then one of its relationship
/// fields, narrowed by where: and ordered by order:, then oldest first: by the item's timespan start, then its
/// end, then the relationship id. An unknown id gives an empty list, as lookups give null.
/// </summary>
public static class StartAtCompiler
{
    public static CompiledQuery Compile(StartAtRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        var scope = new CypherScope(options);
        var projector = new SelectionProjector(schema, mapping, scope);
        if (Start(root, field, mapping, projector) is not var (statement, binding, item)) return CompiledQuery.Constant(new List<object?>());

        var value = projector.Object(field, item.TypeName, binding);
        // order: keys first (as on list fields), then the default order, which also settles ties.
        var keys = projector.Order.Keys(item, binding, field.Arguments.GetValueOrDefault(FilterInputs.Order))
            .Select(k => $"{k.Expression} {(k.Descending ? "DESC" : "ASC")}");
        if (item.Timespan is not null)
        {
            var (start, end) = Predicates.Span(item, binding, root.Argument);
            keys = keys.Append(start).Append(end);
        }
        var order = keys.Append(binding.Variable + ".id");
        var carried = new[] { binding.Variable, binding.Start, binding.End }.OfType<string>().Distinct();

        var cypher = statement
            .With(carried, $" ORDER BY {string.Join(", ", order)}")
            .LookupsAcrossRows(value)
            .Return($"collect({value.Cypher()}) AS value");
        return new CompiledQuery(cypher, result => result!.Records.Count == 0 ? new List<object?>() : result.Records[0]["value"]);
    }

    /// <summary>The Count sibling of a root list (officeholdersCount): the same start, arguments and where:, counted.</summary>
    public static CompiledQuery CompileCount(CountRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        var projector = new SelectionProjector(schema, mapping, new CypherScope(options));
        if (Start(root.Of, field, mapping, projector) is not var (statement, _, _)) return CompiledQuery.Constant(0L);
        // Without a start node no row reaches the count, and count(*) over no rows is one row of 0.
        return new CompiledQuery(statement.Return("count(*) AS value"), result => result!.Records[0]["value"]);
    }

    /// <summary>
    /// <c>MATCH (start) MATCH pattern WHERE @filter arguments AND where:</c>, with the binding and type of the items;
    /// null when the id argument cannot name a start node (missing, or of another type).
    /// </summary>
    private static (CypherStatement Statement, Binding Binding, TypeMapping Item)? Start(StartAtRoot root, ISelectedField field, GraphMapping mapping, SelectionProjector projector)
    {
        var scope = projector.Scope;
        var startId = field.Arguments.GetValueOrDefault(root.Argument) as string;
        var startType = StartType(root, mapping);
        if (startId is null || mapping.NodeTypeForId(startId) != startType) return null;

        var (pattern, binding, itemType) = projector.RelationshipPattern(root.Relationship, "start");
        var item = mapping.Type(itemType) ?? throw new InvalidOperationException($"Query.{root.FieldName}: {itemType} has no graph mapping.");
        var filters = Predicates.For(root.Filters, field.Arguments, item, binding, scope);
        if (projector.Where.Condition(item, binding, field.Arguments.GetValueOrDefault(FilterInputs.Where)) is { } where) filters.Add(where);
        var statement = new CypherStatement(scope)
            .Match($"(start:{CypherText.Name(startType.Label)})", [$"start.id = {scope.Parameter(startId)}"])
            .Match(pattern, filters);
        return (statement, binding, item);
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
