using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible: some object type must be both the fragment's type condition and
/// the type it is spread into.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.Type is NamedType fragmentType && fragmentType.IsCompositeType()
                        && context.ParentType is { } parentType && parentType.IsCompositeType()
                        && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(
                            $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                            inline);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (FragmentType(name) is { } spreadType
                        && context.ParentType is { } spreadParent
                        && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, spreadParent))
                    {
                        context.ReportError(
                            $"Fragment \"{name}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{spreadType.Name}\".",
                            spread);
                    }
                    break;
            }
            return VisitorAction.Continue;
        }

        private NamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && TypeFromAst.Get(context.Schema, fragment.TypeCondition) is NamedType type
            && type.IsCompositeType()
                ? type
                : null;
    }
}
