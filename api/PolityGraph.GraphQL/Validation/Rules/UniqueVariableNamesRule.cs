using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: one error per repeated name, located at every definition of it.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    foreach (var group in operation.VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
                    {
                        var names = group.Select(d => (AstNode)d.Variable.Name).ToArray();
                        if (names.Length > 1) context.ReportError($"There can be only one variable named \"${group.Key}\".", names);
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
