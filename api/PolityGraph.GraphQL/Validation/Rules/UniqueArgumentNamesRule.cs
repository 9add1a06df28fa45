using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: one error per repeated argument name, at every occurrence.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is null || arguments.Count < 2) return VisitorAction.Continue;
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var names = group.Select(a => (AstNode)a.Name).ToArray();
                if (names.Length > 1) context.ReportError($"There can be only one argument named \"{group.Key}\".", names);
            }
            return VisitorAction.Continue;
        }
    }
}
