using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.1 Directives Are Defined, and 5.7.2 Directives Are In Valid Locations. Directives defined in the
/// document itself (SDL) count as known, as in graphql-js.
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : AstVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyCollection<string>> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
                _locations[directive.Name] = directive.Locations.Select(l => l.ToSpecName()).ToArray();
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
                _locations[definition.Name.Value] = definition.Locations.Select(l => l.Value).ToArray();
        }

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            if (node is not DirectiveNode directive) return VisitorAction.Continue;
            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var allowed))
            {
                _context.ReportError($"Unknown directive \"@{name}\".", directive);
                return VisitorAction.SkipChildren;
            }
            var location = LocationOf(walk);
            if (location is not null && !allowed.Contains(location))
                _context.ReportError($"Directive \"@{name}\" may not be used on {location}.", directive);
            return VisitorAction.SkipChildren;
        }

        // The directive's location is the kind of node it is applied to (its parent in the walk).
        private static string? LocationOf(VisitorContext walk)
        {
            DirectiveLocation? location = walk.Parent switch
            {
                OperationDefinitionNode operation => operation.Operation switch
                {
                    OperationType.Mutation => DirectiveLocation.Mutation,
                    OperationType.Subscription => DirectiveLocation.Subscription,
                    _ => DirectiveLocation.Query,
                },
                FieldNode => DirectiveLocation.Field,
                FragmentSpreadNode => DirectiveLocation.FragmentSpread,
                InlineFragmentNode => DirectiveLocation.InlineFragment,
                FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
                VariableDefinitionNode => DirectiveLocation.VariableDefinition,
                SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
                ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
                ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
                FieldDefinitionNode => DirectiveLocation.FieldDefinition,
                InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
                UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
                EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
                EnumValueDefinitionNode => DirectiveLocation.EnumValue,
                InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
                InputValueDefinitionNode => walk.Ancestors.Count >= 2 && walk.Ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                    ? DirectiveLocation.InputFieldDefinition
                    : DirectiveLocation.ArgumentDefinition,
                _ => null,
            };
            return location?.ToSpecName();
        }
    }
}
