using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness, in every object literal at any depth.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            if (node is not ObjectValueNode objectValue || objectValue.Fields.Count < 2) return VisitorAction.Continue;
            var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in objectValue.Fields)
            {
                var name = field.Name;
                if (known.TryGetValue(name.Value, out var first))
                    context.ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
                else
                    known[name.Value] = name;
            }
            return VisitorAction.Continue;
        }
    }
}
