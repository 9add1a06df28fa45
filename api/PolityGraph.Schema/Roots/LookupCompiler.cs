using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Execution;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Roots;

/// <summary>
/// @lookup root fields: person(id:), node(id:), nodes(ids:), resolution(id:, code:) and the like.
/// An unknown id gives null, never an error.
/// </summary>
public static class LookupCompiler
{
    /// <summary>How many matches a lookup fetches; more than one is reported as ambiguous, with their ids.</summary>
    private const int AmbiguityLimit = 10;

    public static CompiledQuery Compile(LookupRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping)
    {
        if (root.Type.IsList) return CompileMany(field, schema, mapping);

        var scope = new CypherScope();
        var projector = new SelectionProjector(schema, mapping, scope);
        NodeTypeMapping nodeType;
        bool abstractType;
        if (mapping.Type(root.Type.Name) is NodeTypeMapping concrete)
        {
            nodeType = concrete;
            abstractType = false;
        }
        else
        {
            // node(id:): the id's prefix names the type; an id no type claims cannot exist.
            var id = field.Arguments.GetValueOrDefault("id") as string;
            if (id is null || mapping.NodeTypeForId(id) is not { } byPrefix) return CompiledQuery.Constant(null);
            nodeType = byPrefix;
            abstractType = true;
        }

        var conditions = new List<string>();
        if (field.Arguments.GetValueOrDefault("id") is string idValue)
            conditions.Add($"this.id = {scope.Parameter(idValue)}");
        conditions.AddRange(Predicates.For(root.Filters, field.Arguments, nodeType, Binding.Node("this"), scope));
        if (conditions.Count == 0)
        {
            var names = new[] { "id" }.Concat(root.Filters.Keys);
            throw new GraphQLException(
                $"{root.FieldName} needs one of: {string.Join(", ", names)}.",
                new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }

        var value = projector.Object(field, nodeType.TypeName, Binding.Node("this"), withTypeName: abstractType);
        var match = $"MATCH (this:{CypherText.Name(nodeType.Label)}) WHERE {string.Join(" AND ", conditions)}\n";
        var cypher = scope.LookupLabels.Count == 0
            ? match + $"RETURN {value} AS value, this.id AS id ORDER BY this.id LIMIT {AmbiguityLimit}"
            : match + $"WITH this ORDER BY this.id LIMIT {AmbiguityLimit}\n"
                + scope.LookupPrelude(["this"], projector.WantedIds(label => projector.LookupIds(field, nodeType.TypeName, Binding.Node("this"), label)))
                + $"RETURN {value} AS value, this.id AS id ORDER BY this.id";
        return new CompiledQuery(new Statement(cypher, scope.Parameters), result => Single(result!, root.FieldName));
    }

    private static object? Single(QueryResult result, string fieldName)
    {
        if (result.Records.Count <= 1) return result.Records.Count == 0 ? null : result.Records[0]["value"];
        var ids = result.Records.Select(r => (string)r["id"]!).ToList();
        throw new GraphQLException(
            $"{fieldName}: {ids.Count}{(ids.Count == AmbiguityLimit ? " or more" : "")} nodes match ({string.Join(", ", ids)}); look one up by id.",
            new Dictionary<string, object?> { ["code"] = "AMBIGUOUS", ["ids"] = ids });
    }

    /// <summary>
    /// nodes(ids:): one list comprehension over the ids, in their order, null for an unknown id. Each id's
    /// prefix picks the label; the zero-length pattern <c>(n:Label)-[*0..0]-()</c> lets a pattern
    /// comprehension seek the node by its indexed id (a plain node pattern cannot stand in one).
    /// </summary>
    private static CompiledQuery CompileMany(ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping)
    {
        var ids = (field.Arguments.GetValueOrDefault("ids") as IEnumerable<object?>)?.Cast<string>().ToList() ?? [];
        if (ids.Count == 0) return CompiledQuery.Constant(new List<object?>());
        var scope = new CypherScope();
        var projector = new SelectionProjector(schema, mapping, scope);
        var branches = new List<string>();
        foreach (var type in mapping.NodeTypes)
        {
            var n = scope.Variable("n");
            var value = projector.Object(field, type.TypeName, Binding.Node(n), withTypeName: true);
            branches.Add($"WHEN id STARTS WITH {CypherText.Literal(type.IdPrefix + ":")} THEN head([({n}:{CypherText.Name(type.Label)})-[*0..0]-() WHERE {n}.id = id | {value}])");
        }
        var parameter = scope.Parameter(ids);
        string cypher;
        if (scope.LookupLabels.Count == 0)
        {
            cypher = $"RETURN [id IN {parameter} | CASE {string.Join(" ", branches)} ELSE null END] AS value";
        }
        else
        {
            // Lookups need the nodes first (their ids come from the nodes' relationships): find them, then
            // collect the tables for exactly the ids they reach, then project.
            var finds = mapping.NodeTypes.Select(type =>
            {
                var n = scope.Variable("n");
                return $"WHEN id STARTS WITH {CypherText.Literal(type.IdPrefix + ":")} THEN head([({n}:{CypherText.Name(type.Label)})-[*0..0]-() WHERE {n}.id = id | {n}])";
            });
            var wanted = projector.WantedIds(label => projector.LookupIdsOverList(field, "Node", "found", label));
            cypher = $"WITH [id IN {parameter} | CASE {string.Join(" ", finds)} ELSE null END] AS found\n"
                + scope.LookupPrelude(["found"], wanted)
                + $"RETURN [x IN found | {projector.AnyNode(field, "x")}] AS value";
        }
        return new CompiledQuery(new Statement(cypher, scope.Parameters), result => result!.Records[0]["value"]);
    }
}
