using System.Collections;
using System.Text.RegularExpressions;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>
/// An internal input value back to a literal of its type, as graphql-js's astFromValue does: used to print
/// default values in SDL and introspection (so "= 1" for a [Int] default prints as "[1]", like graphql-js).
/// </summary>
public static partial class AstFromValue
{
    /// <summary>The literal, or null when the value cannot be represented (graphql-js returns undefined/null).</summary>
    public static ValueNode? From(object? value, IGraphQLType type)
    {
        value = JsonValues.Normalize(value);
        if (type is NonNullType nonNull)
        {
            var inner = From(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode();
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                        if (From(item, list.OfType) is { } node) nodes.Add(node);
                    return new ListValueNode(nodes);
                }
                return From(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (!map.TryGetValue(field.Name, out var fieldValue)) continue;
                    if (From(fieldValue, field.Type) is { } node) fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                }
                return new ObjectValueNode(fields);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case IdType id:
                var serializedId = (string)id.Serialize(value)!;
                return IntegerString().IsMatch(serializedId) ? new IntValueNode(serializedId) : new StringValueNode(serializedId);
            case ScalarType scalar:
                return scalar.ToLiteral(value);
            default:
                throw new ArgumentException("Not an input type: " + type, nameof(type));
        }
    }

    /// <summary>A serialized scalar value (bool, number, string) as a literal.</summary>
    public static ValueNode? FromPlainValue(object? serialized)
    {
        switch (serialized)
        {
            case null: return null;
            case bool b: return new BooleanValueNode(b);
            case string s: return new StringValueNode(s);
        }
        if (Numbers.TryGetDouble(serialized, out var number) && double.IsFinite(number))
        {
            var text = Numbers.FormatLikeJavaScript(number);
            return IntegerString().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }
        throw new GraphQLException("Cannot convert value to AST: " + Inspect.Value(serialized) + ".");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
