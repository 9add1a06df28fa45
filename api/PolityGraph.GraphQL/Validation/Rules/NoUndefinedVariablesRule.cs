using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined: every variable used by an operation, also inside the fragments it
/// spreads, is defined by that operation. Each use is reported, at the use and at the operation.
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    var defined = operation.VariableDefinitions.Select(d => d.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
                    foreach (var usage in context.GetRecursiveVariableUsages(operation))
                    {
                        var name = usage.Node.Name.Value;
                        if (defined.Contains(name)) continue;
                        context.ReportError(
                            operation.Name is { } operationName
                                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                                : $"Variable \"${name}\" is not defined.",
                            usage.Node, operation);
                    }
                    return VisitorAction.SkipChildren;
                case FragmentDefinitionNode:
                    return VisitorAction.SkipChildren;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
