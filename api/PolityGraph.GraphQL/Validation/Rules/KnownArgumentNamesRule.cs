using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 Argument Names: every argument given to a field or directive is defined by it. Arguments of
/// unknown fields and directives are left to the rules that report those.
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
                _directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToArray();
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
                _directiveArguments[definition.Name.Value] = definition.Arguments.Select(a => a.Name.Value).ToArray();
        }

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    if (_directiveArguments.TryGetValue(directive.Name.Value, out var known))
                    {
                        foreach (var argument in directive.Arguments)
                        {
                            var name = argument.Name.Value;
                            if (known.Contains(name)) continue;
                            _context.ReportError(
                                $"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\"." +
                                Suggestions.DidYouMean(Suggestions.SuggestionList(name, known)),
                                argument);
                        }
                    }
                    // Directive arguments are checked here, not by the field-argument case below.
                    return VisitorAction.SkipChildren;
                case ArgumentNode argument when _context.Argument is null && _context.FieldDef is { } field && _context.ParentType is { } parent:
                    _context.ReportError(
                        $"Unknown argument \"{argument.Name.Value}\" on field \"{parent.Name}.{field.Name}\"." +
                        Suggestions.DidYouMean(Suggestions.SuggestionList(argument.Name.Value, field.Arguments.Select(a => a.Name))),
                        argument);
                    return VisitorAction.Continue;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
