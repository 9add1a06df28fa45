using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections: scalars and enums take no selection set; every other type needs one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            if (node is not FieldNode field || context.Type is not { } type) return VisitorAction.Continue;
            var name = field.Name.Value;
            if (type.GetNamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                    context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
            }
            return VisitorAction.Continue;
        }
    }
}
