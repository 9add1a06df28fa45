using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// A server limit, not a spec rule: how deeply an operation may nest fields. Root fields are at depth 1, their
/// sub-fields at depth 2, and so on; fragments count as if written in place (a fragment cycle counts once,
/// <see cref="NoFragmentCyclesRule"/> rejects it anyway). Introspection fields (<c>__schema</c>, <c>__type</c>)
/// count as one level whatever they select, unless <c>countIntrospection</c> is set, so tools such as GraphiQL
/// keep working under a tight limit. @skip/@include are not evaluated: a skipped field still counts.
/// One error per operation that is too deep, located at the first field past the limit.
/// </summary>
public sealed class MaxDepthRule : IValidationRule
{
    public MaxDepthRule(int maxDepth, bool countIntrospection = false)
    {
        if (maxDepth < 1) throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The maximum depth must be at least 1.");
        MaxDepth = maxDepth;
        CountIntrospection = countIntrospection;
    }

    public int MaxDepth { get; }

    public bool CountIntrospection { get; }

    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

    private sealed class Visitor(MaxDepthRule rule, ValidationContext context) : AstVisitor
    {
        // Depth of the deepest field under a selection set, relative to it; fragments shared between operations are measured once.
        private readonly Dictionary<SelectionSetNode, int> _depths = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    var depth = DepthOf(operation.SelectionSet);
                    if (depth > rule.MaxDepth)
                    {
                        var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "Anonymous operation";
                        context.ReportError(
                            $"{name} has depth {depth}, which exceeds the maximum depth of {rule.MaxDepth}.",
                            FirstFieldPastLimit(operation.SelectionSet, 0));
                    }
                    return VisitorAction.SkipChildren;
                case FragmentDefinitionNode:
                    return VisitorAction.SkipChildren;
                default:
                    return VisitorAction.Continue;
            }
        }

        private int DepthOf(SelectionSetNode selectionSet)
        {
            if (_depths.TryGetValue(selectionSet, out var known)) return known;
            var deepest = 0;
            foreach (var selection in selectionSet.Selections) deepest = Math.Max(deepest, DepthOf(selection));
            _depths[selectionSet] = deepest;
            return deepest;
        }

        private int DepthOf(SelectionNode selection)
        {
            switch (selection)
            {
                case FieldNode field:
                    return 1 + (field.SelectionSet is { } sub && Descends(field) ? DepthOf(sub) : 0);
                case InlineFragmentNode inline:
                    return DepthOf(inline.SelectionSet);
                case FragmentSpreadNode spread:
                    if (context.GetFragment(spread.Name.Value) is not { } fragment || !_fragmentsInProgress.Add(spread.Name.Value)) return 0;
                    try
                    {
                        return DepthOf(fragment.SelectionSet);
                    }
                    finally
                    {
                        _fragmentsInProgress.Remove(spread.Name.Value);
                    }
                default:
                    return 0;
            }
        }

        // Follows only branches known to go past the limit, so the search is linear in the depth.
        private FieldNode? FirstFieldPastLimit(SelectionSetNode selectionSet, int depthAbove)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (depthAbove + DepthOf(selection) <= rule.MaxDepth) continue;
                switch (selection)
                {
                    case FieldNode field:
                        return depthAbove + 1 > rule.MaxDepth ? field : FirstFieldPastLimit(field.SelectionSet!, depthAbove + 1);
                    case InlineFragmentNode inline:
                        return FirstFieldPastLimit(inline.SelectionSet, depthAbove);
                    case FragmentSpreadNode spread:
                        return FirstFieldPastLimit(context.GetFragment(spread.Name.Value)!.SelectionSet, depthAbove);
                }
            }
            return null;
        }

        private bool Descends(FieldNode field) => rule.CountIntrospection || !field.Name.Value.StartsWith("__", StringComparison.Ordinal);
    }
}
