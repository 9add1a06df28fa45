using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case FragmentDefinitionNode fragment:
                    var name = fragment.Name;
                    if (_known.TryGetValue(name.Value, out var first))
                        context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
                    else
                        _known[name.Value] = name;
                    return VisitorAction.SkipChildren;
                case OperationDefinitionNode:
                    return VisitorAction.SkipChildren;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
