using System.Globalization;
using System.Text;
using PolityGraph.GraphModel;
using PolityGraph.GraphQL;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Filtering;

/// <summary>
/// Compiles a <c>where:</c> value (a coerced &lt;Type&gt;FilterInput) into one Cypher condition on a bound item.
/// Every value becomes a parameter; property names, labels and relationship types come from the mapping.
/// Relationships are tested with pattern comprehensions (<c>size([pattern WHERE c | 1]) &gt; 0</c>), which
/// Neo4j 3.1 and 5.x both evaluate, so a filter never adds a statement. Nodes named by id lists (@nodesByIds)
/// are tested against a table of matching ids the statement collects first (<see cref="CypherScope.FilterTable"/>).
/// </summary>
public sealed class WhereCompiler(GraphMapping mapping, CypherScope scope, SelectionProjector projector)
{
    /// <summary>The filter field of an @edge type with a @timespan: held on that date.</summary>
    public const string HeldOn = "heldOn";

    /// <summary>How deep and/or/not may nest; deeper filters are refused before any Cypher is written.</summary>
    public const int MaxLogicalDepth = 5;

    /// <summary>The condition, or null when the filter is absent or empty.</summary>
    public string? Condition(TypeMapping type, Binding item, object? where) => Object(type, item, where, 0);

    private string? Object(TypeMapping type, Binding item, object? where, int depth)
    {
        if (where is null) return null;
        var map = Map(where);
        var conditions = new List<string>();
        foreach (var (name, value) in map)
        {
            if (value is null) continue;
            switch (name)
            {
                case "and" or "or":
                    if (depth >= MaxLogicalDepth) throw TooDeep();
                    var parts = Items(value, name).Select(v => Object(type, item, v, depth + 1)).OfType<string>().ToList();
                    if (parts.Count > 0) conditions.Add("(" + string.Join(name == "and" ? " AND " : " OR ", parts) + ")");
                    break;
                case "not":
                    if (depth >= MaxLogicalDepth) throw TooDeep();
                    if (Object(type, item, value, depth + 1) is { } negated) conditions.Add($"NOT coalesce({negated}, false)");
                    break;
                case HeldOn when type.Timespan is not null && !type.Fields.ContainsKey(HeldOn):
                    conditions.Add(Predicates.HeldOn(Predicates.Span(type, item, HeldOn), Predicates.DateText(value), scope));
                    break;
                default:
                    if (Field(type.Field(name), item, value, depth) is { } condition) conditions.Add(condition);
                    break;
            }
        }
        return conditions.Count == 0 ? null : string.Join(" AND ", conditions);
    }

    private string? Field(FieldMapping field, Binding item, object value, int depth)
    {
        switch (field)
        {
            case PropertyField { Type.IsList: false } property:
                return Operations($"{item.Variable}.{CypherText.Name(property.Property)}", property.Type.Name, value, depth);
            case PropertyField property:
                var list = $"coalesce({item.Variable}.{CypherText.Name(property.Property)}, [])";
                var x = scope.Variable("x");
                return Quantified(value, list, $"{x} IN {list}", inner => Operations(x, property.Type.Name, inner, depth));
            case EndpointField endpoint:
                return Object(mapping.NodeType(endpoint.Type.Name), Binding.Node(endpoint.IsStart ? item.Start! : item.End!), value, depth);
            case RelationshipField { Type.IsList: false } single:
            {
                var (pattern, binding, itemType) = projector.RelationshipPattern(single, item.Variable);
                var condition = Object(mapping.Type(itemType)!, binding, value, depth);
                return condition is null ? null : $"size([{pattern} WHERE {condition} | 1]) > 0";
            }
            case RelationshipField or CitedByField:
                return RelationshipList(field, item, value, depth);
            case NodesByIdsField byIds:
                return NodesByIds(byIds, item, value, depth);
            default:
                throw new GraphQLException($"{field.FieldName} cannot be filtered.", BadFilter());
        }
    }

    /// <summary>some / none / all / any over the items of a list relationship (or of a @citedBy list).</summary>
    private string? RelationshipList(FieldMapping field, Binding owner, object value, int depth)
    {
        var conditions = new List<string>();
        foreach (var (quantifier, inner) in Map(value))
        {
            if (inner is null) continue;
            var items = projector.Items(field, owner.Variable);
            var pattern = items.Pattern;
            if (quantifier == "any")
            {
                conditions.Add($"size([{pattern}{items.Where()} | 1]) {((bool)inner ? ">" : "=")} 0");
                continue;
            }
            var condition = Object(mapping.Type(items.ItemType)!, items.Binding, inner, depth) ?? "true";
            conditions.Add(quantifier switch
            {
                "some" => $"size([{pattern}{items.Where(condition)} | 1]) > 0",
                "none" => $"size([{pattern}{items.Where(condition)} | 1]) = 0",
                "all" => $"size([{pattern}{items.Where($"NOT coalesce({condition}, false)")} | 1]) = 0",
                _ => throw new GraphQLException($"Unknown list filter {quantifier}.", BadFilter()),
            });
        }
        return conditions.Count == 0 ? null : string.Join(" AND ", conditions);
    }

    /// <summary>some / none / all / any over nodes named by an id list: the ids are tested against the matching ids.</summary>
    private string? NodesByIds(NodesByIdsField field, Binding owner, object value, int depth)
    {
        var ids = $"coalesce({owner.Variable}.{CypherText.Name(field.Property)}, [])";
        var target = mapping.NodeType(field.Type.Name);
        var conditions = new List<string>();
        foreach (var (quantifier, inner) in Map(value))
        {
            if (inner is null) continue;
            if (quantifier == "any")
            {
                conditions.Add($"size({ids}) {((bool)inner ? ">" : "=")} 0");
                continue;
            }
            var candidate = scope.Variable("f");
            var condition = Object(target, Binding.Node(candidate), inner, depth);
            var table = scope.FilterTable(target.Label, candidate, condition);
            var id = scope.Variable("id");
            conditions.Add(quantifier switch
            {
                "some" => $"any({id} IN {ids} WHERE {id} IN {table})",
                "none" => $"none({id} IN {ids} WHERE {id} IN {table})",
                "all" => $"all({id} IN {ids} WHERE {id} IN {table})",
                _ => throw new GraphQLException($"Unknown list filter {quantifier}.", BadFilter()),
            });
        }
        return conditions.Count == 0 ? null : string.Join(" AND ", conditions);
    }

    /// <summary>some / none / all / any over a list property, each element tested by <paramref name="element"/>.</summary>
    private static string? Quantified(object value, string list, string range, Func<object, string?> element)
    {
        var conditions = new List<string>();
        foreach (var (quantifier, inner) in Map(value))
        {
            if (inner is null) continue;
            if (quantifier == "any")
            {
                conditions.Add($"size({list}) {((bool)inner ? ">" : "=")} 0");
                continue;
            }
            var condition = element(inner) ?? "true";
            conditions.Add(quantifier switch
            {
                "some" => $"any({range} WHERE {condition})",
                "none" => $"none({range} WHERE {condition})",
                "all" => $"all({range} WHERE coalesce({condition}, false))",
                _ => throw new GraphQLException($"Unknown list filter {quantifier}.", BadFilter()),
            });
        }
        return conditions.Count == 0 ? null : string.Join(" AND ", conditions);
    }

    /// <summary>The operations of a scalar or enum operation input on one value expression.</summary>
    private string? Operations(string expression, string scalar, object value, int depth)
    {
        var text = scalar == "String";
        var subject = text ? Fold(expression) : expression;
        var conditions = new List<string>();
        foreach (var (operation, operand) in Map(value))
        {
            if (operation is "and" or "or")
            {
                if (depth >= MaxLogicalDepth) throw TooDeep();
                var parts = Items(operand, operation).Select(v => Operations(expression, scalar, v!, depth + 1)).OfType<string>().ToList();
                if (parts.Count > 0) conditions.Add("(" + string.Join(operation == "and" ? " AND " : " OR ", parts) + ")");
                continue;
            }
            if (operand is null)
            {
                // Hot Chocolate's convention: eq: null is "has no value", neq: null "has one"; null elsewhere is no filter.
                if (operation == "eq") conditions.Add($"{expression} IS NULL");
                else if (operation == "neq") conditions.Add($"{expression} IS NOT NULL");
                continue;
            }
            var positive = operation.StartsWith('n') && operation != "neq" && operation != "nin" ? operation[1..] : operation;
            string condition = (operation, positive) switch
            {
                ("eq", _) => $"{subject} = {Parameter(operand, text)}",
                ("neq", _) => $"NOT coalesce({subject} = {Parameter(operand, text)}, false)",
                ("in", _) => $"{subject} IN {List(operand, text, operation)}",
                ("nin", _) => $"NOT coalesce({subject} IN {List(operand, text, operation)}, false)",
                ("gt", _) => $"{subject} > {Parameter(operand, text)}",
                ("gte", _) => $"{subject} >= {Parameter(operand, text)}",
                ("lt", _) => $"{subject} < {Parameter(operand, text)}",
                ("lte", _) => $"{subject} <= {Parameter(operand, text)}",
                (_, "contains") => TextOperation(subject, "CONTAINS", operand, negated: operation != positive),
                (_, "startsWith") => TextOperation(subject, "STARTS WITH", operand, negated: operation != positive),
                (_, "endsWith") => TextOperation(subject, "ENDS WITH", operand, negated: operation != positive),
                _ => throw new GraphQLException($"Unknown filter operation {operation}.", BadFilter()),
            };
            conditions.Add(condition);
        }
        return conditions.Count == 0 ? null : string.Join(" AND ", conditions);
    }

    private string TextOperation(string subject, string op, object operand, bool negated)
    {
        var condition = $"{subject} {op} {Parameter(operand, text: true)}";
        return negated ? $"NOT coalesce({condition}, false)" : condition;
    }

    private string Parameter(object operand, bool text) => scope.Parameter(Value(operand, text));

    private string List(object operand, bool text, string operation)
    {
        var values = Items(operand, operation).Select(v => v is null ? null : Value(v, text)).ToList();
        if (values.Count == 0)
            throw new GraphQLException($"{operation}: give at least one value (an empty list matches nothing).", BadFilter());
        return scope.Parameter(values);
    }

    /// <summary>Values as Cypher compares them: text folded as search folds it, dates as ISO strings, numbers as longs.</summary>
    private static object Value(object operand, bool text) => operand switch
    {
        string s => text ? SearchFolding.Fold(s) : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int i => (long)i,
        _ => operand,
    };

    /// <summary>
    /// <c>expression</c> folded in Cypher as <see cref="SearchFolding.Fold"/> folds in C#: lower case, Vietnamese
    /// diacritics removed, đ → d. Cypher has no Unicode normalization, so each precomposed letter is replaced.
    /// </summary>
    public static string Fold(string expression)
    {
        var text = new StringBuilder();
        foreach (var _ in Foldings) text.Append("replace(");
        text.Append("toLower(").Append(expression).Append(')');
        foreach (var (from, to) in Foldings) text.Append(", '").Append(from).Append("', '").Append(to).Append("')");
        return text.ToString();
    }

    /// <summary>Every lower-case letter of the Vietnamese alphabet that folding turns into a plain letter (67 of them).</summary>
    private static readonly IReadOnlyList<(char From, char To)> Foldings = BuildFoldings();

    private static List<(char, char)> BuildFoldings()
    {
        var candidates = "àáâãèéêìíòóôõùúýăđĩũơư" + new string(Enumerable.Range(0x1EA0, 0x1EFA - 0x1EA0).Select(c => (char)c).ToArray());
        var found = new List<(char, char)>();
        foreach (var c in candidates)
        {
            if (!char.IsLower(c)) continue;
            var folded = SearchFolding.Fold(c.ToString());
            if (folded.Length == 1 && folded[0] is >= 'a' and <= 'z' && folded[0] != c) found.Add((c, folded[0]));
        }
        return found;
    }

    internal static IReadOnlyDictionary<string, object?> Map(object value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new GraphQLException("A filter must be an input object.", BadFilter());

    internal static IEnumerable<object?> Items(object? value, string name) => value switch
    {
        IEnumerable<object?> list => list,
        null => [],
        _ => [value],
    };

    private static GraphQLException TooDeep() =>
        new($"where: and/or/not nest at most {MaxLogicalDepth} deep; flatten the filter.", BadFilter());

    private static Dictionary<string, object?> BadFilter() => new() { ["code"] = ErrorCodes.BadUserInput, ["argument"] = "where" };
}
