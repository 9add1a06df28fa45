using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Filtering;
using PolityGraph.Schema.Mapping;
using PolityGraph.Schema.Pagination;

namespace PolityGraph.Schema.Roots;

/// <summary>
/// @connection root fields (people, bodies, ...): a Relay connection in one statement, narrowed by the @filter
/// arguments and where:. Order: order: (see OrderCompiler) or else the declared property (missing values first),
/// then id; cursors are keyset positions in that order. Counting
/// (totalCount, hasPreviousPage/hasNextPage beyond the page) runs only when the request asks for it.
/// </summary>
public static class ConnectionCompiler
{
    public static CompiledQuery Compile(ConnectionRoot root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options)
    {
        var connectionType = (ObjectType)schema.GetType(root.Type.Name)!;
        var nodeType = mapping.NodeType(root.NodeType);
        var scope = new CypherScope(options);
        var projector = new SelectionProjector(schema, mapping, scope);
        var self = Binding.Node("this");

        // The order: order: keys (or the declared property, missing values first), then id; cursors hold these keys.
        var keys = projector.Order.Keys(nodeType, self, field.Arguments.GetValueOrDefault(FilterInputs.Order)).ToList();
        if (keys.Count == 0) keys.Add(new SortKey($"coalesce(this.{CypherText.Name(root.OrderBy)}, '')", false, root.OrderBy));
        keys.Add(new SortKey("this.id", false, "id"));
        var tag = Cursor.Tag(root.Type.Name, keys.Select(k => k.Path + (k.Descending ? " DESC" : "")));
        var page = PageRequest.From(field.Arguments, root.Type.Name, tag, keys.Count);

        var label = CypherText.Name(nodeType.Label);
        var filters = Predicates.For(root.Filters, field.Arguments, nodeType, self, scope);
        if (projector.Where.Condition(nodeType, self, field.Arguments.GetValueOrDefault(FilterInputs.Where)) is { } where) filters.Add(where);
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
            var beyond = Beyond(keys, Parameters(after, nodeType, scope), forward: true);
            window.Add(beyond);
            atOrBeforeAfter = $"NOT {beyond}";
        }
        if (page.Before is { } before)
        {
            var beyond = Beyond(keys, Parameters(before, nodeType, scope), forward: false);
            window.Add(beyond);
            atOrAfterBefore = $"NOT {beyond}";
        }

        var statement = new CypherStatement(scope);
        if (wantsCounts)
            // After filter tables the count's WITH groups by them, and a group needs a row: OPTIONAL MATCH gives one.
            (scope.FilterTables.Count == 0 ? statement.Match($"(this:{label})", filters) : statement.OptionalMatch($"(this:{label})", filters)).With([
                "count(this) AS total",
                $"sum(CASE WHEN {atOrBeforeAfter ?? "false"} THEN 1 ELSE 0 END) AS preceding",
                $"sum(CASE WHEN {atOrAfterBefore ?? "false"} THEN 1 ELSE 0 END) AS following"]);
        else
            statement.With(["0 AS total", "0 AS preceding", "0 AS following"]);
        // Fetched nearest-first: backward pages walk the order in reverse.
        var orderBy = string.Join(", ", keys.Select(k => $"{k.Expression} {(k.Descending != page.Backward ? "DESC" : "ASC")}"));
        statement.OptionalMatch($"(this:{label})", window)
            .With([.. statement.Carried, "this"], $" ORDER BY {orderBy} LIMIT {page.Size + 1}")
            .With(["total", "preceding", "following", "collect(this) AS rows", $"collect(CASE WHEN this IS NULL THEN null ELSE [{string.Join(", ", keys.Select(k => k.Expression))}] END) AS keys"])
            .Lookups(items);
        var cypher = statement.Return($"total, preceding, following, keys, {items.Cypher()} AS items");

        return new CompiledQuery(
            cypher,
            result => Shape(result!.Records[0], root, page, selections, tag, nodeType.IdPrefix));
    }

    /// <summary>A cursor's values as parameters, its id given its type prefix back.</summary>
    private static List<string> Parameters(Cursor cursor, NodeTypeMapping nodeType, CypherScope scope) =>
        cursor.Values.Select((value, i) => scope.Parameter(i == cursor.Values.Count - 1 ? nodeType.IdPrefix + ":" + value : value)).ToList();

    /// <summary>
    /// The items strictly after (<paramref name="forward"/>) or before a position in the order:
    /// <c>k1 &gt; c1 OR (k1 = c1 AND k2 &gt; c2) OR ...</c>, each comparison turned for a descending key.
    /// </summary>
    private static string Beyond(IReadOnlyList<SortKey> keys, IReadOnlyList<string> values, bool forward)
    {
        var alternatives = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var less = keys[i].Descending == forward;
            var terms = Enumerable.Range(0, i).Select(j => $"{keys[j].Expression} = {values[j]}")
                .Append($"{keys[i].Expression} {(less ? "<" : ">")} {values[i]}");
            alternatives.Add(i == 0 ? terms.Single() : "(" + string.Join(" AND ", terms) + ")");
        }
        return "(" + string.Join(" OR ", alternatives) + ")";
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
        Record record, ConnectionRoot root, PageRequest page, IReadOnlyList<ISelectedField> selections, string tag, string idPrefix)
    {
        var keys = (IReadOnlyList<object?>)record["keys"]!;
        var items = (IReadOnlyList<object?>)record["items"]!;
        var more = keys.Count > page.Size;
        var count = Math.Min(keys.Count, page.Size);
        var order = Enumerable.Range(0, count).ToList();
        if (page.Backward) order.Reverse(); // fetched nearest-first: put the page back in list order
        var cursors = order.Select(i =>
        {
            var values = ((IReadOnlyList<object?>)keys[i]!).ToList();
            values[^1] = ((string)values[^1]!)[(idPrefix.Length + 1)..]; // the id, without the prefix every item shares
            return new Cursor(values).Encode(tag);
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
