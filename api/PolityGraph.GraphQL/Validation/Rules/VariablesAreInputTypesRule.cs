using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (wrapped or not).</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            if (node is VariableDefinitionNode definition
                && TypeFromAst.Get(context.Schema, definition.Type) is { } type
                && !type.IsInputType())
            {
                context.ReportError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    definition.Type);
            }
            return VisitorAction.Continue;
        }
    }
}
