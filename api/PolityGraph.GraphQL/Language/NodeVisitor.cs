using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Language;

/// <summary>
/// A visitor assembled from handlers per node type, like graphql-js's <c>{ Field: { enter, leave } }</c> objects:
/// <code>new NodeVisitor().Enter&lt;FieldNode&gt;((field, ctx) =&gt; ...).Leave&lt;OperationDefinitionNode&gt;(...)</code>.
/// A handler registered for an abstract type (SelectionNode, ValueNode...) runs for every concrete subtype.
/// </summary>
public sealed class NodeVisitor : IAstVisitor
{
    private readonly Func<AstNode, VisitorContext, VisitorAction>?[] _enter = new Func<AstNode, VisitorContext, VisitorAction>?[KindCount];
    private readonly Func<AstNode, VisitorContext, VisitorAction>?[] _leave = new Func<AstNode, VisitorContext, VisitorAction>?[KindCount];

    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    // Kind of every concrete node type, found once by reflection, so abstract registrations can be expanded.
    private static readonly (Type Type, NodeKind Kind)[] ConcreteNodeTypes = typeof(AstNode).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(AstNode).IsAssignableFrom(t))
        .Select(t => (t, KindOf(t)))
        .ToArray();

    public NodeVisitor Enter<TNode>(Action<TNode, VisitorContext> handler) where TNode : AstNode =>
        Enter<TNode>((node, context) =>
        {
            handler(node, context);
            return VisitorAction.Continue;
        });

    public NodeVisitor Enter<TNode>(Func<TNode, VisitorContext, VisitorAction> handler) where TNode : AstNode
    {
        Register(_enter, handler);
        return this;
    }

    public NodeVisitor Leave<TNode>(Action<TNode, VisitorContext> handler) where TNode : AstNode =>
        Leave<TNode>((node, context) =>
        {
            handler(node, context);
            return VisitorAction.Continue;
        });

    public NodeVisitor Leave<TNode>(Func<TNode, VisitorContext, VisitorAction> handler) where TNode : AstNode
    {
        Register(_leave, handler);
        return this;
    }

    VisitorAction IAstVisitor.Enter(AstNode node, VisitorContext context) =>
        _enter[(int)node.Kind] is { } handler ? handler(node, context) : VisitorAction.Continue;

    VisitorAction IAstVisitor.Leave(AstNode node, VisitorContext context) =>
        _leave[(int)node.Kind] is { } handler ? handler(node, context) : VisitorAction.Continue;

    private static void Register<TNode>(Func<AstNode, VisitorContext, VisitorAction>?[] table, Func<TNode, VisitorContext, VisitorAction> handler)
        where TNode : AstNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        foreach (var (type, kind) in ConcreteNodeTypes)
        {
            if (!typeof(TNode).IsAssignableFrom(type)) continue;
            var previous = table[(int)kind];
            table[(int)kind] = previous is null
                ? (node, context) => handler((TNode)node, context)
                : (node, context) =>
                {
                    // Two handlers on one kind: both run; the first non-Continue answer wins.
                    var first = previous(node, context);
                    var second = handler((TNode)node, context);
                    return first != VisitorAction.Continue ? first : second;
                };
        }
    }

    private static NodeKind KindOf(Type type)
    {
        // Every concrete node's Kind is constant; read it from an uninitialised instance.
        var instance = (AstNode)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
        return instance.Kind;
    }
}
