using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique Per Location: a directive that is not repeatable appears at most once on
/// a node. Unknown directives are left to <see cref="KnownDirectivesRule"/>.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _isUnique = new(StringComparer.Ordinal);

        // A schema, or a type and its extensions, count as one location in SDL.
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives) _isUnique[directive.Name] = !directive.IsRepeatable;
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
                _isUnique[definition.Name.Value] = !definition.Repeatable;
        }

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            var directives = DirectivesOf(node);
            if (directives is null || directives.Count == 0) return VisitorAction.Continue;

            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives;
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    var typeName = node is TypeDefinitionNode d ? d.Name.Value : ((TypeExtensionNode)node).Name.Value;
                    if (!_typeDirectives.TryGetValue(typeName, out seen!)) _typeDirectives[typeName] = seen = new(StringComparer.Ordinal);
                    break;
                default:
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    break;
            }

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_isUnique.TryGetValue(name, out var unique) || !unique) continue;
                if (seen.TryGetValue(name, out var first))
                    _context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                else
                    seen[name] = directive;
            }
            return VisitorAction.Continue;
        }

        private static IReadOnlyList<DirectiveNode>? DirectivesOf(AstNode node) => node switch
        {
            ExecutableDefinitionNode n => n.Directives,
            SelectionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            SchemaDefinitionNode n => n.Directives,
            SchemaExtensionNode n => n.Directives,
            TypeDefinitionNode n => n.Directives,
            TypeExtensionNode n => n.Directives,
            FieldDefinitionNode n => n.Directives,
            InputValueDefinitionNode n => n.Directives,
            EnumValueDefinitionNode n => n.Directives,
            _ => null,
        };
    }
}
