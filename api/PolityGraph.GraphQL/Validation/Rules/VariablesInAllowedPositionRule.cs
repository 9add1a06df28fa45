using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in, also
/// inside fragments. A nullable variable may fill a non-null position only if the variable or the position
/// has a non-null default. A variable filling a field of a OneOf Input Object must be non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    Check(operation);
                    return VisitorAction.SkipChildren;
                case FragmentDefinitionNode:
                    return VisitorAction.SkipChildren;
                default:
                    return VisitorAction.Continue;
            }
        }

        private void Check(OperationDefinitionNode operation)
        {
            // The last definition of a name wins, as in graphql-js; duplicates are UniqueVariableNamesRule's.
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions) definitions[definition.Variable.Name.Value] = definition;

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (usage.Type is not { } locationType || !definitions.TryGetValue(name, out var definition)) continue;
                if (TypeFromAst.Get(context.Schema, definition.Type) is not { } variableType) continue;
                if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition, usage.Node);
                // A field of a OneOf Input Object cannot be null, so a variable filling one must not be (graphql-js 16.9+).
                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition, usage.Node);
            }
        }

        private bool IsAllowed(IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !locationHasDefault) return false;
                return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }
            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
