using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Depth-first walk over a syntax tree, entering and leaving every node. Children are visited in the order
/// graphql-js's QueryDocumentKeys lists them, so rules ported from graphql-js see nodes in the same order.
/// </summary>
public static class Visitor
{
    /// <summary>Walks the tree under <paramref name="root"/>; returns false if a visitor asked to break.</summary>
    public static bool Visit(AstNode root, IAstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        return new Walk(visitor).Node(root);
    }

    /// <summary>The direct children of a node, in visiting order (null members left out).</summary>
    public static IReadOnlyList<AstNode> ChildrenOf(AstNode node)
    {
        var collector = new ChildCollector();
        new Walk(collector).Children(node);
        return collector.Children;
    }

    private sealed class ChildCollector : IAstVisitor
    {
        public List<AstNode> Children { get; } = new();

        public VisitorAction Enter(AstNode node, VisitorContext context)
        {
            Children.Add(node);
            return VisitorAction.SkipChildren;
        }

        public VisitorAction Leave(AstNode node, VisitorContext context) => VisitorAction.Continue;
    }

    private readonly struct Walk
    {
        private readonly IAstVisitor _visitor;
        private readonly VisitorContext _context;

        public Walk(IAstVisitor visitor)
        {
            _visitor = visitor;
            _context = new VisitorContext();
        }

        // Each method returns false once a visitor has asked to break, so the walk unwinds at once.
        public bool Node(AstNode? node)
        {
            if (node is null) return true;
            switch (_visitor.Enter(node, _context))
            {
                case VisitorAction.Break:
                    return false;
                case VisitorAction.SkipChildren:
                    return true;
            }
            _context.Push(node);
            var goOn = Children(node);
            _context.Pop();
            if (!goOn) return false;
            return _visitor.Leave(node, _context) != VisitorAction.Break;
        }

        private bool Nodes<T>(IReadOnlyList<T>? nodes) where T : AstNode
        {
            if (nodes is null) return true;
            for (var i = 0; i < nodes.Count; i++)
            {
                if (!Node(nodes[i])) return false;
            }
            return true;
        }

        public bool Children(AstNode node) => node switch
        {
            NameNode => true,
            DocumentNode n => Nodes(n.Definitions),
            OperationDefinitionNode n => Node(n.Name) && Nodes(n.VariableDefinitions) && Nodes(n.Directives) && Node(n.SelectionSet),
            VariableDefinitionNode n => Node(n.Variable) && Node(n.Type) && Node(n.DefaultValue) && Nodes(n.Directives),
            SelectionSetNode n => Nodes(n.Selections),
            FieldNode n => Node(n.Alias) && Node(n.Name) && Nodes(n.Arguments) && Nodes(n.Directives) && Node(n.SelectionSet),
            ArgumentNode n => Node(n.Name) && Node(n.Value),
            FragmentSpreadNode n => Node(n.Name) && Nodes(n.Directives),
            InlineFragmentNode n => Node(n.TypeCondition) && Nodes(n.Directives) && Node(n.SelectionSet),
            FragmentDefinitionNode n => Node(n.Name) && Nodes(n.VariableDefinitions) && Node(n.TypeCondition) && Nodes(n.Directives) && Node(n.SelectionSet),
            VariableNode n => Node(n.Name),
            IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode => true,
            ListValueNode n => Nodes(n.Values),
            ObjectValueNode n => Nodes(n.Fields),
            ObjectFieldNode n => Node(n.Name) && Node(n.Value),
            DirectiveNode n => Node(n.Name) && Nodes(n.Arguments),
            NamedTypeNode n => Node(n.Name),
            ListTypeNode n => Node(n.Type),
            NonNullTypeNode n => Node(n.Type),
            SchemaDefinitionNode n => Node(n.Description) && Nodes(n.Directives) && Nodes(n.OperationTypes),
            OperationTypeDefinitionNode n => Node(n.Type),
            ScalarTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives),
            ObjectTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
            FieldDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Arguments) && Node(n.Type) && Nodes(n.Directives),
            InputValueDefinitionNode n => Node(n.Description) && Node(n.Name) && Node(n.Type) && Node(n.DefaultValue) && Nodes(n.Directives),
            InterfaceTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
            UnionTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives) && Nodes(n.Types),
            EnumTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives) && Nodes(n.Values),
            EnumValueDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives),
            InputObjectTypeDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Directives) && Nodes(n.Fields),
            DirectiveDefinitionNode n => Node(n.Description) && Node(n.Name) && Nodes(n.Arguments) && Nodes(n.Locations),
            SchemaExtensionNode n => Nodes(n.Directives) && Nodes(n.OperationTypes),
            ScalarTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives),
            ObjectTypeExtensionNode n => Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
            InterfaceTypeExtensionNode n => Node(n.Name) && Nodes(n.Interfaces) && Nodes(n.Directives) && Nodes(n.Fields),
            UnionTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives) && Nodes(n.Types),
            EnumTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives) && Nodes(n.Values),
            InputObjectTypeExtensionNode n => Node(n.Name) && Nodes(n.Directives) && Nodes(n.Fields),
            _ => throw new ArgumentException($"Unknown node kind {node.Kind} ({node.GetType().Name}).", nameof(node)),
        };
    }
}
