using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.Schema.Execution;

/// <summary>
/// Normalises arguments before compilation: an argument of a @oneOf input type whose fields are named like
/// other arguments of the same field (<c>resolution(by: {code: "28-NQ/TW"})</c> beside <c>resolution(code:)</c>)
/// stands for that one argument, so the compilers see <c>resolution(code: "28-NQ/TW")</c> and know nothing of it.
/// </summary>
public static class OneOfArguments
{
    public static ISelectedField Spread(ISelectedField field)
    {
        Dictionary<string, object?>? spread = null;
        foreach (var argument in field.Field.Arguments)
        {
            if (argument.Type.GetNamedType() is not InputObjectType { IsOneOf: true } oneOf) continue;
            if (field.Arguments.GetValueOrDefault(argument.Name) is not IReadOnlyDictionary<string, object?> value) continue;
            if (!oneOf.Fields.All(f => field.Field.Arguments.Any(a => a.Name == f.Name))) continue;

            // Validation and coercion made it exactly one non-null entry.
            var (name, given) = value.Single();
            if (field.Arguments.GetValueOrDefault(name) is not null)
                throw new GraphQLException(
                    $"{field.Field.Name}: give {argument.Name}: {{ {name}: ... }} or {name}:, not both.",
                    new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput });
            spread ??= new Dictionary<string, object?>(field.Arguments, StringComparer.Ordinal);
            spread.Remove(argument.Name);
            spread[name] = given;
        }
        return spread is null ? field : new WithArguments(field, spread);
    }

    private sealed class WithArguments(ISelectedField inner, IReadOnlyDictionary<string, object?> arguments) : ISelectedField
    {
        public string ResponseKey => inner.ResponseKey;
        public FieldDefinition Field => inner.Field;
        public IReadOnlyDictionary<string, object?> Arguments => arguments;
        public IReadOnlyList<FieldNode> Nodes => inner.Nodes;
        public IReadOnlyList<ISelectedField> SelectionsFor(ObjectType type) => inner.SelectionsFor(type);
    }
}
