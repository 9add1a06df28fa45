using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues with graphql-js's messages; any problem makes the request fail.</summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0) return None;
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst.Get(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Language.Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }
            object? value = null;
            var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
            value = JsonValues.Normalize(value);
            if (!hasValue && definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryCoerce(definition.DefaultValue, type, null, out var defaultValue)) coerced[name] = defaultValue;
                continue;
            }
            if (!hasValue || value is null)
            {
                if (type is NonNullType)
                {
                    errors.Add(GraphQLError.At(hasValue
                        ? $"Variable \"${name}\" of non-null type \"{type}\" must not be null."
                        : $"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                    continue;
                }
                if (hasValue) coerced[name] = null;
                continue;
            }
            coerced[name] = InputCoercion.Coerce(value, type, (path, invalid, message) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
                if (path.Count > 0) prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
                errors.Add(GraphQLError.At(prefix + "; " + message, definition));
            });
        }
        return coerced;
    }
}
