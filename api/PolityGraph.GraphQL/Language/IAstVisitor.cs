using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Language;

/// <summary>What a visitor asks the walk to do next (graphql-js: undefined, false, BREAK).</summary>
public enum VisitorAction
{
    /// <summary>Go on: into the node's children on enter, to the next node on leave.</summary>
    Continue,

    /// <summary>On enter: do not visit this node's children, and do not call Leave for it.</summary>
    SkipChildren,

    /// <summary>Stop the whole walk (or, inside a <see cref="ParallelVisitor"/>, this visitor's part of it).</summary>
    Break,
}

/// <summary>Called on entering and leaving every node of a tree walked by <see cref="Visitor.Visit"/>.</summary>
public interface IAstVisitor
{
    VisitorAction Enter(AstNode node, VisitorContext context);

    VisitorAction Leave(AstNode node, VisitorContext context);
}

/// <summary>A visitor that does nothing unless overridden; derive and override what you need.</summary>
public abstract class AstVisitor : IAstVisitor
{
    public virtual VisitorAction Enter(AstNode node, VisitorContext context) => VisitorAction.Continue;

    public virtual VisitorAction Leave(AstNode node, VisitorContext context) => VisitorAction.Continue;
}

/// <summary>Where the walk is: the chain of nodes from the root down to (not including) the current node.</summary>
public sealed class VisitorContext
{
    private readonly List<AstNode> _ancestors = new();

    /// <summary>Root first; the current node's parent last.</summary>
    public IReadOnlyList<AstNode> Ancestors => _ancestors;

    public AstNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>The nearest ancestor of the given type, e.g. the enclosing OperationDefinitionNode.</summary>
    public T? Nearest<T>() where T : AstNode
    {
        for (var i = _ancestors.Count - 1; i >= 0; i--)
        {
            if (_ancestors[i] is T found) return found;
        }
        return null;
    }

    internal void Push(AstNode node) => _ancestors.Add(node);

    internal void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
