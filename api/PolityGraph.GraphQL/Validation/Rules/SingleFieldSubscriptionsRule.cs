using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection
/// field. Root fields are collected as execution would (fragments followed, literal @skip/@include applied;
/// a condition given by a variable counts as included, since variables are unknown during validation).
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode { Operation: OperationType.Subscription } operation:
                    Check(operation);
                    return VisitorAction.SkipChildren;
                case OperationDefinitionNode or FragmentDefinitionNode:
                    return VisitorAction.SkipChildren;
                default:
                    return VisitorAction.Continue;
            }
        }

        private void Check(OperationDefinitionNode operation)
        {
            if (context.Schema.SubscriptionType is not { } subscriptionType) return;
            var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            Collect(subscriptionType, operation.SelectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));

            var name = operation.Name?.Value;
            if (order.Count > 1)
            {
                var extra = order.Skip(1).SelectMany(key => fields[key]).ToArray<AstNode>();
                context.ReportError(
                    name is not null
                        ? $"Subscription \"{name}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extra);
            }
            foreach (var key in order)
            {
                var fieldNodes = fields[key];
                if (!fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                context.ReportError(
                    name is not null
                        ? $"Subscription \"{name}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes.ToArray<AstNode>());
            }
        }

        private void Collect(
            ObjectType type,
            SelectionSetNode selectionSet,
            Dictionary<string, List<FieldNode>> fields,
            List<string> order,
            HashSet<string> visitedFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (IsExcluded(selection.Directives)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseKey;
                        if (!fields.TryGetValue(key, out var list))
                        {
                            fields[key] = list = new List<FieldNode>();
                            order.Add(key);
                        }
                        list.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (Applies(inline.TypeCondition, type)) Collect(type, inline.SelectionSet, fields, order, visitedFragments);
                        break;
                    case FragmentSpreadNode spread:
                        if (!visitedFragments.Add(spread.Name.Value)) break;
                        if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(fragment.TypeCondition, type))
                            Collect(type, fragment.SelectionSet, fields, order, visitedFragments);
                        break;
                }
            }
        }

        private bool Applies(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null) return true;
            var conditionType = TypeFromAst.Get(context.Schema, condition);
            if (ReferenceEquals(conditionType, type)) return true;
            return conditionType is NamedType named && named.IsAbstractType() && context.Schema.IsSubType(named, type);
        }

        private static bool IsExcluded(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
                if (condition is not BooleanValueNode literal) continue;
                if (directive.Name.Value == "skip" && literal.Value) return true;
                if (directive.Name.Value == "include" && !literal.Value) return true;
            }
            return false;
        }
    }
}
