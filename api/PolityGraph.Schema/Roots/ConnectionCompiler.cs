using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;
using PolityGraph.Schema.Pagination;

namespace PolityGraph.Schema.Roots;

/// <summary>
/// @connection root fields (people, bodies, ...): a Relay connection in one statement. Order: the declared
/// property (missing values first), then id; cursors are keyset positions in that order. Counting
/// (totalCount, hasPreviousPage/hasNextPage beyond the page) runs only when the request asks for it.
/// </summary>
public static class ConnectionCompiler
{
    public static CompiledQuery Compile(ConnectionRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        var connectionType = (ObjectType)schema.GetType(root.Type.Name)!;
        var page = PageRequest.From(field.Arguments, root.Type.Name);
        var nodeType = mapping.NodeType(root.NodeType);
        var scope = new CypherScope(options);
        var projector = new SelectionProjector(schema, mapping, scope);

        var label = CypherText.Name(nodeType.Label);
        var key = $"coalesce(this.{CypherText.Name(root.OrderBy)}, '')";
        var filters = Predicates.For(root.Filters, field.Arguments, nodeType, Binding.Node("this"), scope);
        var selections = field.SelectionsFor(connectionType);
        var wantsCounts = selections.Any(s => s.Field.Name is "totalCount" or "pageInfo");

        // One projection per selected node (edges { node } and nodes, each possibly aliased several times),
        // keyed s0, s1, ... in selection order; Shape walks the selections in the same order.
        var items = new ListProjection("n", "rows", new MapProjection(NodeSelections(selections)
            .Select((nodeSelection, index) => ("s" + index, (Projection)projector.Object(nodeSelection, nodeType.TypeName, Binding.Node("n"))))
            .ToList()), scope);

        var window = new List<string>(filters);
        string? atOrBeforeAfter = null, atOrAfterBefore = null;
        if (page.After is { } after)
        {
            var (k, id) = (scope.Parameter(after.SortKey), scope.Parameter(after.Id));
            window.Add($"({key} > {k} OR ({key} = {k} AND this.id > {id}))");
            atOrBeforeAfter = $"{key} < {k} OR ({key} = {k} AND this.id <= {id})";
        }
        if (page.Before is { } before)
        {
            var (k, id) = (scope.Parameter(before.SortKey), scope.Parameter(before.Id));
            window.Add($"({key} < {k} OR ({key} = {k} AND this.id < {id}))");
            atOrAfterBefore = $"{key} > {k} OR ({key} = {k} AND this.id >= {id})";
        }

        var direction = page.Backward ? "DESC" : "ASC";
        var statement = new CypherStatement(scope);
        if (wantsCounts)
            statement.Match($"(this:{label})", filters).With([
                "count(this) AS total",
                $"sum(CASE WHEN {atOrBeforeAfter ?? "false"} THEN 1 ELSE 0 END) AS preceding",
                $"sum(CASE WHEN {atOrAfterBefore ?? "false"} THEN 1 ELSE 0 END) AS following"]);
        else
            statement.With(["0 AS total", "0 AS preceding", "0 AS following"]);
        statement.OptionalMatch($"(this:{label})", window)
            .With([.. statement.Carried, "this"], $" ORDER BY {key} {direction}, this.id {direction} LIMIT {page.Size + 1}")
            .With(["total", "preceding", "following", "collect(this) AS rows"])
            .Lookups(items);
        var cypher = statement.Return(
            $"total, preceding, following, [n IN rows | [coalesce(n.{CypherText.Name(root.OrderBy)}, ''), n.id]] AS keys, {items.Cypher()} AS items");

        return new CompiledQuery(
            cypher,
            result => Shape(result!.Records[0], root, page, selections));
    }

    /// <summary>The selections that project a node, in a fixed order: nodes, and node under edges.</summary>
    private static IEnumerable<ISelectedField> NodeSelections(IReadOnlyList<ISelectedField> selections)
    {
        foreach (var selection in selections)
        {
            if (selection.Field.Name == "nodes")
                yield return selection;
            else if (selection.Field.Name == "edges")
                foreach (var edgeField in selection.SelectionsFor((ObjectType)selection.Field.Type.GetNamedType()))
                    if (edgeField.Field.Name == "node") yield return edgeField;
        }
    }

    private static Dictionary<string, object?> Shape(
        Record record, ConnectionRoot root, PageRequest page, IReadOnlyList<ISelectedField> selections)
    {
        var keys = (IReadOnlyList<object?>)record["keys"]!;
        var items = (IReadOnlyList<object?>)record["items"]!;
        var more = keys.Count > page.Size;
        var count = Math.Min(keys.Count, page.Size);
        var order = Enumerable.Range(0, count).ToList();
        if (page.Backward) order.Reverse(); // fetched nearest-first: put the page back in list order
        var cursors = order.Select(i =>
        {
            var pair = (IReadOnlyList<object?>)keys[i]!;
            return new Cursor((string)pair[0]!, (string)pair[1]!).Encode(root.Type.Name);
        }).ToList();
        var preceding = Convert.ToInt64(record["preceding"]);
        var following = Convert.ToInt64(record["following"]);
        var hasPrevious = page.Backward ? more || (page.After is not null && preceding > 0) : page.After is not null && preceding > 0;
        var hasNext = page.Backward ? page.Before is not null && following > 0 : more || (page.Before is not null && following > 0);

        var projection = 0; // which s{n} entry of each item the next node selection reads, as NodeSelections numbered them
        List<object?> Nodes()
        {
            var key = "s" + projection++;
            return Enumerable.Range(0, count).Select(i => ((IReadOnlyDictionary<string, object?>)items[order[i]]!)[key]).ToList();
        }

        var value = new Dictionary<string, object?>();
        foreach (var selection in selections)
        {
            switch (selection.Field.Name)
            {
                case "totalCount": value[selection.ResponseKey] = record["total"]; break;
                case "nodes": value[selection.ResponseKey] = Nodes(); break;
                case "edges":
                    var edges = Enumerable.Range(0, count).Select(_ => new Dictionary<string, object?>()).ToList();
                    foreach (var edgeField in selection.SelectionsFor((ObjectType)selection.Field.Type.GetNamedType()))
                    {
                        if (edgeField.Field.Name == "cursor")
                            for (var i = 0; i < count; i++) edges[i][edgeField.ResponseKey] = cursors[i];
                        else if (edgeField.Field.Name == "node")
                        {
                            var nodes = Nodes();
                            for (var i = 0; i < count; i++) edges[i][edgeField.ResponseKey] = nodes[i];
                        }
                    }
                    value[selection.ResponseKey] = edges;
                    break;
                case "pageInfo":
                    value[selection.ResponseKey] = new Dictionary<string, object?>
                    {
                        ["hasNextPage"] = hasNext,
                        ["hasPreviousPage"] = hasPrevious,
                        ["startCursor"] = cursors.Count == 0 ? null : cursors[0],
                        ["endCursor"] = cursors.Count == 0 ? null : cursors[^1],
                    };
                    break;
            }
        }
        return value;
    }
}
