using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: a non-null argument without a default must be given, on fields and on
/// directives (also directives defined in the document).
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;

        // Directive name -> its required arguments: name and type as printed in messages.
        private readonly Dictionary<string, (string Name, string Type)[]> _requiredDirectiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                _requiredDirectiveArguments[directive.Name] = directive.Arguments
                    .Where(a => a.IsRequiredInput())
                    .Select(a => (a.Name, a.Type.ToString()!))
                    .ToArray();
            }
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _requiredDirectiveArguments[definition.Name.Value] = definition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                    .ToArray();
            }
        }

        public override VisitorAction Leave(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                // On leave the field definition is still the current one.
                case FieldNode field when _context.FieldDef is { } fieldDef:
                    foreach (var argument in fieldDef.Arguments)
                    {
                        if (!argument.IsRequiredInput() || field.Arguments.Any(a => a.Name.Value == argument.Name)) continue;
                        _context.ReportError(
                            $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }
                    break;
                case DirectiveNode directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required)
                    {
                        if (directive.Arguments.Any(a => a.Name.Value == name)) continue;
                        _context.ReportError(
                            $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                            directive);
                    }
                    break;
            }
            return VisitorAction.Continue;
        }
    }
}
