using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>
/// Coerces a literal (with variables) to an internal value of an input type (spec 3.5-3.12 input coercion,
/// graphql-js valueFromAST). Returns false when the literal is invalid; validation reports why, so this
/// only says whether. A variable that was not provided counts as missing, not as null.
/// </summary>
public static class ValueFromAst
{
    public static bool TryCoerce(ValueNode? node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is null) return false;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return false;
            // Non-null positions were checked by validation (VariablesInAllowedPositionRule); a null here is an error.
            if (variableValue is null && type is NonNullType) return false;
            value = variableValue;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode) return false;
            return TryCoerce(node, nonNull.OfType, variables, out value);
        }
        if (node is NullValueNode) return true;

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            // A missing variable inside a list becomes null, unless the item type is non-null.
                            if (list.OfType is NonNullType) return false;
                            items.Add(null);
                            continue;
                        }
                        if (!TryCoerce(itemNode, list.OfType, variables, out var item)) return false;
                        items.Add(item);
                    }
                    value = items;
                    return true;
                }
                // A single value where a list is expected is a list of one (spec 3.11 input coercion).
                if (!TryCoerce(node, list.OfType, variables, out var single)) return false;
                value = new List<object?> { single };
                return true;

            case InputObjectType input:
                if (node is not ObjectValueNode objectNode) return false;
                var fieldNodes = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
                foreach (var field in objectNode.Fields) fieldNodes.TryAdd(field.Name.Value, field.Value);
                foreach (var name in fieldNodes.Keys) if (input.GetField(name) is null) return false;
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode, variables))
                    {
                        if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType) return false;
                        continue;
                    }
                    if (!TryCoerce(fieldNode, field.Type, variables, out var fieldValue)) return false;
                    result[field.Name] = fieldValue;
                }
                // graphql-js valueFromAST: a OneOf value has exactly one key, not null (a variable may still be null here).
                if (input.IsOneOf && (result.Count != 1 || result.First().Value is null)) return false;
                value = result;
                return true;

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(node);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>The same, throwing with the scalar's own message when a leaf literal does not fit (for schema defaults).</summary>
    public static object? Coerce(ValueNode node, IGraphQLType type)
    {
        if (TryCoerce(node, type, null, out var value)) return value;
        var reason = LeafReason(node, type);
        throw new GraphQLException($"Expected value of type \"{type}\", found {Printer.Print(node)}{(reason is null ? "." : "; " + reason)}");
    }

    private static string? LeafReason(ValueNode node, IGraphQLType type)
    {
        try
        {
            switch (type.GetNullableType())
            {
                case ScalarType scalar: scalar.ParseLiteral(node); break;
                case EnumType enumType: enumType.ParseLiteral(node); break;
            }
        }
        catch (GraphQLException e)
        {
            return e.Message;
        }
        return null;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
