using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used: every variable an operation defines is used by it or its fragments.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    var used = context.GetRecursiveVariableUsages(operation)
                        .Select(u => u.Node.Name.Value)
                        .ToHashSet(StringComparer.Ordinal);
                    foreach (var definition in operation.VariableDefinitions)
                    {
                        var name = definition.Variable.Name.Value;
                        if (used.Contains(name)) continue;
                        context.ReportError(
                            operation.Name is { } operationName
                                ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                                : $"Variable \"${name}\" is never used.",
                            definition);
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
