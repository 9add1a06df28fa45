using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Roots;

/// <summary>
/// @shortestPath root fields (path): one shortest path over the political relationship types, or null.
/// PathStep.from/to follow the relationship as stored (from its start node to its end node), so each step
/// reads as a true sentence ("person HELD position") whichever way the path walks it.
/// </summary>
public static class ShortestPathCompiler
{
    public const int MinHops = 1;
    public const int MaxHops = 10;

    public static CompiledQuery Compile(ShortestPathRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        var fromId = (string)field.Arguments["from"]!;
        var toId = (string)field.Arguments["to"]!;
        var maxHops = field.Arguments.GetValueOrDefault("maxHops") is { } hops ? Convert.ToInt32(hops, System.Globalization.CultureInfo.InvariantCulture) : 6;
        // Cypher takes no parameter inside [*..n], so the bound is checked to be a small int and only then
        // written into the pattern; nothing else of the request reaches the text.
        if (maxHops is < MinHops or > MaxHops)
            throw new GraphQLException(
                $"maxHops must be between {MinHops} and {MaxHops} (got {maxHops}).",
                new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput, ["argument"] = "maxHops" });
        if (mapping.NodeTypeForId(fromId) is not { } fromType || mapping.NodeTypeForId(toId) is not { } toType)
            return CompiledQuery.Constant(null);

        var scope = new CypherScope(options);
        var projector = new SelectionProjector(schema, mapping, scope);
        var pathType = (ObjectType)schema.GetType(root.Type.Name)!;
        var entries = new List<(string, Projection)>();
        foreach (var selection in field.SelectionsFor(pathType))
        {
            switch (selection.Field.Name)
            {
                case "length": entries.Add((selection.ResponseKey, new ExpressionProjection("length(p)"))); break;
                case "nodes": entries.Add((selection.ResponseKey, new ListProjection("x", "nodes(p)", projector.AnyNode(selection, "x"), scope))); break;
                case "steps":
                    var stepType = (ObjectType)selection.Field.Type.GetNamedType();
                    var stepEntries = new List<(string, Projection)>();
                    foreach (var step in selection.SelectionsFor(stepType))
                    {
                        switch (step.Field.Name)
                        {
                            case "from": stepEntries.Add((step.ResponseKey, NodeAt(projector, step, "startNode(rel)"))); break;
                            case "to": stepEntries.Add((step.ResponseKey, NodeAt(projector, step, "endNode(rel)"))); break;
                            case "relationship": stepEntries.Add((step.ResponseKey, new ExpressionProjection("type(rel)"))); break;
                        }
                    }
                    entries.Add((selection.ResponseKey, new ListProjection("rel", "relationships(p)", new MapProjection(stepEntries), scope)));
                    break;
            }
        }
        var value = new MapProjection(entries);

        var from = scope.Parameter(fromId);
        var to = scope.Parameter(toId);
        var statement = new CypherStatement(scope);
        if (fromId == toId)
        {
            // shortestPath refuses equal endpoints; the path from a node to itself is that node alone.
            statement.Match($"p = (a:{CypherText.Name(fromType.Label)})", [$"a.id = {from}"]);
        }
        else
        {
            // Neo4j 3.1 fails on a typed shortestPath ([:A|B*..n]); an untyped one filtered by type() works on 3.1 and 5.x.
            statement.Match($"(a:{CypherText.Name(fromType.Label)}), (b:{CypherText.Name(toType.Label)})", [$"a.id = {from}", $"b.id = {to}"])
                .Match($"p = shortestPath((a)-[*..{maxHops}]-(b))", [$"all(r IN relationships(p) WHERE type(r) IN {scope.Parameter(root.RelationshipTypes.ToList())})"]);
        }
        if (statement.HasLookupTables) statement.With(["p"]).Lookups(value);
        var cypher = statement.Return($"{value.Cypher()} AS value");
        return new CompiledQuery(cypher, result => result!.Records.Count == 0 ? null : result.Records[0]["value"]);
    }

    /// <summary>The start or end node of a step's relationship, projected as a Node of its concrete type.</summary>
    private static Projection NodeAt(SelectionProjector projector, ISelectedField step, string expression)
    {
        // AnyNode wants a variable: bind the expression with a one-element list comprehension.
        var variable = projector.Scope.Variable("x");
        return new BoundProjection(variable, expression, projector.AnyNode(step, variable));
    }
}
