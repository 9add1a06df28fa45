using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// Spec 6.3.2 CollectFields: groups the selections that apply to one object type by response key, in request
/// order, following fragments once each and honouring @skip and @include.
/// </summary>
internal sealed class FieldCollector
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;

    public FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
    }

    public SelectionPlan CollectRoot(ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(type, selectionSet, groups, order, null);
        return CreatePlan(type, groups, order);
    }

    /// <summary>The merged sub-selection of a field's nodes for the concrete type its value resolved to (CollectSubfields).</summary>
    public SelectionPlan CollectSubfields(ObjectType type, List<FieldNode> fieldNodes)
    {
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        HashSet<string>? visited = null;
        foreach (var node in fieldNodes)
            if (node.SelectionSet is not null) Collect(type, node.SelectionSet, groups, order, visited ??= new HashSet<string>(StringComparer.Ordinal));
        return CreatePlan(type, groups, order);
    }

    private SelectionPlan CreatePlan(ObjectType type, Dictionary<string, List<FieldNode>> groups, List<string> order)
    {
        var fields = new List<FieldPlan>(order.Count);
        foreach (var key in order)
        {
            var nodes = groups[key];
            var definition = TypeInfo.GetFieldDefinition(_schema, type, nodes[0].Name.Value);
            // Unknown fields are skipped as graphql-js skips them; validation reports them before execution.
            if (definition is null) continue;
            var plan = new FieldPlan(key, definition, nodes);
            if (ArgumentCoercion.IsStatic(nodes[0].Arguments))
            {
                plan.ArgumentsAreStatic = true;
                try
                {
                    plan.StaticArguments = ArgumentCoercion.Coerce(definition.Arguments, nodes[0].Arguments, null, nodes[0]);
                }
                catch (GraphQLException e)
                {
                    plan.StaticArgumentError = e.Errors[0];
                }
            }
            fields.Add(plan);
        }
        return new SelectionPlan(fields.ToArray());
    }

    private void Collect(ObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> groups, List<string> order, HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (groups.TryGetValue(key, out var list)) list.Add(field);
                    else
                    {
                        groups[key] = new List<FieldNode>(1) { field };
                        order.Add(key);
                    }
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !ConditionMatches(inline.TypeCondition, type)) continue;
                    Collect(type, inline.SelectionSet, groups, order, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(name)) continue;
                    if (!_fragments.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition, type)) continue;
                    Collect(type, fragment.SelectionSet, groups, order, visitedFragments);
                    break;
            }
        }
    }

    // Spec 6.3.2 DoesFragmentTypeApply.
    private bool ConditionMatches(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = _schema.GetType(condition.Name.Value);
        if (conditionType is null) return false;
        if (ReferenceEquals(conditionType, type)) return true;
        return conditionType.IsAbstractType() && _schema.IsSubType(conditionType, type);
    }

    // @skip(if: true) excludes; @include(if: false) excludes (spec 3.13.1, 3.13.2).
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name != "skip" && name != "include") continue;
            var condition = ConditionValue(directive);
            if (name == "skip" && condition) return false;
            if (name == "include" && !condition) return false;
        }
        return true;
    }

    private bool ConditionValue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            switch (argument.Value)
            {
                case BooleanValueNode literal: return literal.Value;
                case VariableNode variable:
                    return _variables.TryGetValue(variable.Name.Value, out var value) && value is true;
            }
        }
        return false;
    }
}
