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
/// then id; a cursor names an item, whose keys the statement reads to page from it (keyset pagination). Counting
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

        // The order: order: keys (or the declared property, missing values first), then id. The same expressions
        // on a cursor's item give its position in the order.
        var order = field.Arguments.GetValueOrDefault(FilterInputs.Order);
        List<SortKey> Keys(string variable)
        {
            var keys = projector.Order.Keys(nodeType, Binding.Node(variable), order).ToList();
            if (keys.Count == 0) keys.Add(new SortKey($"coalesce({variable}.{CypherText.Name(root.OrderBy)}, '')", false, root.OrderBy));
            keys.Add(new SortKey($"{variable}.id", false, "id"));
            return keys;
        }
        var keys = Keys("this");
        var tag = Cursor.Tag(root.Type.Name, keys.Select(k => k.Path + (k.Descending ? " DESC" : "")));
        var page = PageRequest.From(field.Arguments, root.Type.Name, tag);

        var label = CypherText.Name(nodeType.Label);
        var filters = Predicates.For(root.Filters, field.Arguments, nodeType, self, scope);
        var whereValue = field.Arguments.GetValueOrDefault(FilterInputs.Where);
        if (projector.Where.Condition(nodeType, self, whereValue) is { } where) filters.Add(where);
        var anchor = new FilterAnchor(mapping, scope).Pattern(nodeType, "candidate", whereValue);
        var selections = field.SelectionsFor(connectionType);
        var wantsCounts = selections.Any(s => s.Field.Name is "totalCount" or "pageInfo");

        // One projection per selected node (edges { node } and nodes, each possibly aliased several times),
        // keyed s0, s1, ... in selection order; Shape walks the selections in the same order.
        var items = new ListProjection("n", "rows", new MapProjection(NodeSelections(selections)
            .Select((nodeSelection, index) => ("s" + index, (Projection)projector.Object(nodeSelection, nodeType.TypeName, Binding.Node("n"))))
            .ToList()), scope);

        var statement = new CypherStatement(scope);
        // A filter that names a node by id (FilterAnchor): the items connected to it are collected from it first, and
        // only they are tested, each sought by id, instead of every node of the label.
        if (anchor is not null)
            statement.OptionalMatch(anchor, []).With(["collect(DISTINCT candidate.id) AS candidates"]).Keep("candidates");
        // The items that meet the conditions, as `this`: one row each, or one row of null when there is none (what
        // OPTIONAL MATCH (this:Label) gives, which the counts and the page are read from).
        CypherStatement MatchItems(bool optional, IEnumerable<string> conditions)
        {
            if (anchor is null)
                return optional ? statement.OptionalMatch($"(this:{label})", conditions) : statement.Match($"(this:{label})", conditions);
            // Each candidate is sought by id; a candidate that fails the filter leaves a row of null, and nulls would
            // take places in the page's ORDER BY ... LIMIT, so the matches are collected and unwound again.
            statement.Clause("UNWIND CASE WHEN size(candidates) = 0 THEN [null] ELSE candidates END AS candidateId");
            return statement.OptionalMatch($"(this:{label})", conditions.Prepend("this.id = candidateId"))
                .With([.. statement.Carried, "collect(this) AS matched"])
                .Clause("UNWIND CASE WHEN size(matched) = 0 THEN [null] ELSE matched END AS this");
        }
        // A cursor names its item by node id (Cursor): seek each one and read its sort keys, carried as afterKey/beforeKey
        // (null when the node is gone: then no item is beyond it, and Shape reports the cursor's item gone).
        var cursors = new List<(string Name, Cursor Cursor)>();
        if (page.After is { } after) cursors.Add(("after", after));
        if (page.Before is { } before) cursors.Add(("before", before));
        foreach (var (name, cursor) in cursors)
            statement.OptionalMatch($"({name}Item:{label})", [$"id({name}Item) = {scope.Parameter(cursor.Node)}"]);
        if (cursors.Count > 0)
        {
            statement.With(cursors.Select(c => $"CASE WHEN {c.Name}Item IS NULL THEN null ELSE [{string.Join(", ", Keys(c.Name + "Item").Select(k => k.Expression))}] END AS {c.Name}Key"));
            foreach (var (name, _) in cursors) statement.Keep(name + "Key");
        }

        var window = new List<string>(filters);
        string? atOrBeforeAfter = null, atOrAfterBefore = null;
        if (page.After is not null)
        {
            var beyond = Beyond(keys, "afterKey", forward: true);
            window.Add(beyond);
            atOrBeforeAfter = $"NOT {beyond}";
        }
        if (page.Before is not null)
        {
            var beyond = Beyond(keys, "beforeKey", forward: false);
            window.Add(beyond);
            atOrAfterBefore = $"NOT {beyond}";
        }

        if (wantsCounts)
            // After filter tables or cursor keys the count's WITH groups by them, and a group needs a row: OPTIONAL MATCH gives one.
            MatchItems(optional: scope.FilterTables.Count > 0 || cursors.Count > 0, filters).With([
                "count(this) AS total",
                $"sum(CASE WHEN {atOrBeforeAfter ?? "false"} THEN 1 ELSE 0 END) AS preceding",
                $"sum(CASE WHEN {atOrAfterBefore ?? "false"} THEN 1 ELSE 0 END) AS following"]);
        else
            statement.With(["0 AS total", "0 AS preceding", "0 AS following"]);
        // Fetched nearest-first: backward pages walk the order in reverse.
        var orderBy = string.Join(", ", keys.Select(k => $"{k.Expression} {(k.Descending != page.Backward ? "DESC" : "ASC")}"));
        MatchItems(optional: true, window)
            .With([.. statement.Carried, "this"], $" ORDER BY {orderBy} LIMIT {page.Size + 1}")
            .With(["total", "preceding", "following", "collect(this) AS rows", "collect(CASE WHEN this IS NULL THEN null ELSE [id(this), this.id] END) AS positions"])
            .Lookups(items);
        // Each cursor's item id, for Shape to check the node still is that item.
        var cypher = statement.Return(string.Join(", ", new[] { "total", "preceding", "following", "positions", $"{items.Cypher()} AS items" }
            .Concat(cursors.Select(c => $"{c.Name}Key[{keys.Count - 1}] AS {c.Name}Id"))));

        return new CompiledQuery(
            cypher,
            result => Shape(result!.Records[0], root, page, selections, tag));
    }

    /// <summary>
    /// The items strictly after (<paramref name="forward"/>) or before a position in the order (the list
    /// <paramref name="position"/> of the cursor item's keys): <c>k1 &gt; c[0] OR (k1 = c[0] AND k2 &gt; c[1]) OR ...</c>,
    /// each comparison turned for a descending key.
    /// </summary>
    private static string Beyond(IReadOnlyList<SortKey> keys, string position, bool forward)
    {
        var values = Enumerable.Range(0, keys.Count).Select(i => $"{position}[{i}]").ToList();
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
        Record record, ConnectionRoot root, PageRequest page, IReadOnlyList<ISelectedField> selections, string tag)
    {
        if (page.After is { } after && !after.Matches(record["afterId"] as string)) throw Cursor.Gone(root.Type.Name, "after");
        if (page.Before is { } before && !before.Matches(record["beforeId"] as string)) throw Cursor.Gone(root.Type.Name, "before");
        var positions = (IReadOnlyList<object?>)record["positions"]!;
        var items = (IReadOnlyList<object?>)record["items"]!;
        var more = positions.Count > page.Size;
        var count = Math.Min(positions.Count, page.Size);
        var order = Enumerable.Range(0, count).ToList();
        if (page.Backward) order.Reverse(); // fetched nearest-first: put the page back in list order
        var cursors = order.Select(i =>
        {
            var position = (IReadOnlyList<object?>)positions[i]!; // [node id, id]
            return Cursor.Of(Convert.ToInt64(position[0], System.Globalization.CultureInfo.InvariantCulture), (string)position[1]!).Encode(tag);
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
