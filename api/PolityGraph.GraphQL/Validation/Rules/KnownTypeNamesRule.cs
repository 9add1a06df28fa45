using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence and 5.8.2's type references: every type named in the document
/// (variable types, fragment conditions) exists in the schema or is defined by the document itself.
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private static readonly string[] StandardTypeNames =
            Scalars.Specified.Select(s => s.Name).Concat(new[]
            {
                "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
            }).ToArray();

        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedInDocument = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions.OfType<TypeDefinitionNode>())
                _definedInDocument.Add(definition.Name.Value);
        }

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            if (node is not NamedTypeNode named) return VisitorAction.Continue;
            var name = named.Name.Value;
            if (_context.Schema.GetType(name) is not null || _definedInDocument.Contains(name)) return VisitorAction.Continue;

            var inTypeSystem = walk.Ancestors.Any(a => a is TypeSystemDefinitionNode or TypeSystemExtensionNode);
            if (inTypeSystem && StandardTypeNames.Contains(name)) return VisitorAction.Continue;

            var candidates = _context.Schema.Types.Select(t => t.Name).Concat(_definedInDocument);
            if (inTypeSystem) candidates = StandardTypeNames.Concat(candidates);
            _context.ReportError(
                $"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.SuggestionList(name, candidates.Distinct())),
                named);
            return VisitorAction.Continue;
        }
    }
}
