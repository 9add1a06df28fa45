using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is used by some operation, directly or not.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Leave(AstNode node, VisitorContext walk)
        {
            if (node is not DocumentNode document) return VisitorAction.Continue;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation)) used.Add(fragment.Name.Value);
            }
            foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
            {
                if (!used.Contains(fragment.Name.Value))
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
            return VisitorAction.Continue;
        }

        public override VisitorAction Enter(AstNode node, VisitorContext walk) =>
            node is DocumentNode ? VisitorAction.Continue : VisitorAction.SkipChildren;
    }
}
