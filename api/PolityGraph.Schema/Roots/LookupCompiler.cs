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

    public static CompiledQuery Compile(LookupRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        if (root.Type.IsList) return CompileMany(field, schema, mapping, options);

        var scope = new CypherScope(options);
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
                new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput });
        }

        var value = projector.Object(field, nodeType.TypeName, Binding.Node("this"), withTypeName: abstractType);
        var statement = new CypherStatement(scope).Match($"(this:{CypherText.Name(nodeType.Label)})", conditions);
        var cypher = statement.HasLookupTables
            ? statement.With(["this"], $" ORDER BY this.id LIMIT {AmbiguityLimit}").Lookups(value).Return($"{value.Cypher()} AS value, this.id AS id ORDER BY this.id")
            : statement.Return($"{value.Cypher()} AS value, this.id AS id ORDER BY this.id LIMIT {AmbiguityLimit}");
        return new CompiledQuery(cypher, result => Single(result!, root.FieldName));
    }

    private static object? Single(QueryResult result, string fieldName)
    {
        if (result.Records.Count <= 1) return result.Records.Count == 0 ? null : result.Records[0]["value"];
        var ids = result.Records.Select(r => (string)r["id"]!).ToList();
        throw new GraphQLException(
            $"{fieldName}: {ids.Count}{(ids.Count == AmbiguityLimit ? " or more" : "")} nodes match ({string.Join(", ", ids)}); look one up by id.",
            new Dictionary<string, object?> { ["code"] = ErrorCodes.Ambiguous, ["ids"] = ids });
    }

    /// <summary>
    /// nodes(ids:): one list comprehension over the ids, in their order, null for an unknown id. Each id's
    /// prefix picks the label; the zero-length pattern <c>(n:Label)-[*0..0]-()</c> lets a pattern
    /// comprehension seek the node by its indexed id (a plain node pattern cannot stand in one).
    /// </summary>
    private static CompiledQuery CompileMany(ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        var ids = (field.Arguments.GetValueOrDefault("ids") as IEnumerable<object?>)?.Cast<string>().ToList() ?? [];
        if (ids.Count == 0) return CompiledQuery.Constant(new List<object?>());
        var scope = new CypherScope(options);
        var projector = new SelectionProjector(schema, mapping, scope);
        var parameter = scope.Parameter(ids);
        // One walk: the selection projected for each node type, bound to x.
        var branches = mapping.NodeTypes.Select(type => (Type: type, Value: (Projection)projector.Object(field, type.TypeName, Binding.Node("x"), withTypeName: true))).ToList();
        // The id's node, found by the index: a CASE over the node types, picked by the id's prefix.
        string Find(Func<Projection, Projection> item) => "CASE " + string.Join(" ", branches.Select(b =>
            $"WHEN id STARTS WITH {CypherText.Literal(b.Type.IdPrefix + ":")} THEN {new LookupProjection(b.Type.Label, "x", "id", null, item(b.Value)).Cypher()}")) + " ELSE null END";

        var statement = new CypherStatement(scope);
        Statement cypher;
        if (!statement.HasLookupTables)
        {
            cypher = statement.Return($"[id IN {parameter} | {Find(value => value)}] AS value");
        }
        else
        {
            // Lookups need the nodes first (their ids come from the nodes' relationships): find them, then
            // collect the tables for exactly the ids they reach, then project.
            var value = new ListProjection("x", "found", new AnyNodeProjection("x", branches.Select(b => (b.Type.Label, b.Value)).ToList()), scope);
            cypher = statement.With([$"[id IN {parameter} | {Find(_ => new ExpressionProjection("x"))}] AS found"])
                .Lookups(value)
                .Return($"{value.Cypher()} AS value");
        }
        return new CompiledQuery(cypher, result => result!.Records[0]["value"]);
    }
}
