using PolityGraph.GraphQL;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Filtering;

/// <summary>One key of an order: a Cypher expression that is never null, its direction, and a name for cursors.</summary>
public sealed record SortKey(string Expression, bool Descending, string Path);

/// <summary>
/// Compiles an <c>order:</c> value (a list of coerced &lt;Type&gt;SortInput) into sort keys, in Hot Chocolate's
/// sense: the list gives precedence, each entry names one field (a property, a related object's field, or a
/// list's count). Missing values sort as the lowest (first ascending, last descending), so keys compare in
/// Cypher and in cursors alike.
/// </summary>
public sealed class OrderCompiler(GraphMapping mapping, SelectionProjector projector)
{
    /// <summary>What a missing number sorts as: below any Int.</summary>
    private const string MissingNumber = "-2147483649";

    public IReadOnlyList<SortKey> Keys(TypeMapping type, Binding item, object? order)
    {
        var keys = new List<SortKey>();
        if (order is null) return keys;
        var entries = order as IEnumerable<object?> ?? [order];
        foreach (var entry in entries)
            if (entry is IReadOnlyDictionary<string, object?> map)
                foreach (var (name, value) in map)
                    if (value is not null) keys.AddRange(Field(type, item, name, value, "", expression => expression));
        return keys;
    }

    /// <summary>
    /// The keys one entry gives. <paramref name="wrap"/> turns an expression on the bound item into one on the
    /// owner the order started from (a related object's field is read through a pattern comprehension).
    /// </summary>
    private IEnumerable<SortKey> Field(TypeMapping type, Binding item, string name, object value, string path, Func<string, string> wrap)
    {
        var fullPath = path.Length == 0 ? name : path + "." + name;
        var field = type.Fields.GetValueOrDefault(name);
        if (field is CountField count && type.Fields.GetValueOrDefault(count.Of) is RelationshipField or CitedByField)
        {
            var items = projector.Items(type.Fields[count.Of], item.Variable);
            yield return new SortKey(wrap(items.Count(items.Where())), Descending(value), fullPath);
            yield break;
        }
        switch (field)
        {
            case PropertyField property:
                var read = $"{item.Variable}.{CypherText.Name(property.Property)}";
                var missing = property.Type.Name is "Int" or "Float" ? MissingNumber : "''";
                yield return new SortKey(wrap($"coalesce({read}, {missing})"), Descending(value), fullPath);
                break;
            case EndpointField endpoint:
                foreach (var key in Nested(mapping.NodeType(endpoint.Type.Name), Binding.Node(endpoint.IsStart ? item.Start! : item.End!), value, fullPath, wrap))
                    yield return key;
                break;
            case RelationshipField { Type.IsList: false } single:
                var (pattern, binding, itemType) = projector.RelationshipPattern(single, item.Variable);
                // The related object's key, or the missing value when there is none.
                foreach (var key in Nested(mapping.NodeType(itemType), binding, value, fullPath, e => wrap($"coalesce(head([{pattern} | {e}]), '')")))
                    yield return key;
                break;
            default:
                throw new GraphQLException($"order: {type.TypeName}.{name} cannot be sorted by.", new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput, ["argument"] = "order" });
        }
    }

    private IEnumerable<SortKey> Nested(TypeMapping type, Binding item, object value, string path, Func<string, string> wrap)
    {
        if (value is not IReadOnlyDictionary<string, object?> map) yield break;
        foreach (var (name, inner) in map)
            if (inner is not null)
                foreach (var key in Field(type, item, name, inner, path, wrap))
                    yield return key;
    }

    private static bool Descending(object value) => value is string s
        ? s == "DESC"
        : throw new GraphQLException("order: a field's direction is ASC or DESC.", new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput, ["argument"] = "order" });
}
