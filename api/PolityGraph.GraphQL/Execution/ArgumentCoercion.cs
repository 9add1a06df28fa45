using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Execution;

/// <summary>Spec 6.4.1 CoerceArgumentValues, with graphql-js's messages; problems become located errors.</summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?>? variables,
        AstNode errorNode)
    {
        if (definitions.Count == 0) return NoArguments;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? node = null;
            foreach (var candidate in nodes)
            {
                if (candidate.Name.Value != name) continue;
                node = candidate;
                break;
            }
            if (node is null)
            {
                if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                else if (type is NonNullType)
                    throw Located($"Argument \"{name}\" of required type \"{type}\" was not provided.", errorNode);
                continue;
            }
            var valueNode = node.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                    else if (type is NonNullType)
                        throw Located($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", valueNode);
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && type is NonNullType)
                throw Located($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            if (!ValueFromAst.TryCoerce(valueNode, type, variables, out var value))
                throw Located($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            coerced[name] = value;
        }
        return coerced;
    }

    /// <summary>True when no argument value mentions a variable, so the coerced values can be cached with the plan.</summary>
    public static bool IsStatic(IReadOnlyList<ArgumentNode> nodes)
    {
        foreach (var node in nodes) if (ContainsVariable(node.Value)) return false;
        return true;
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static GraphQLException Located(string message, AstNode node) => new(GraphQLError.At(message, node));
}
