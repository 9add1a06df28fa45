using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Runs many visitors in one walk (graphql-js visitInParallel): validation runs every rule over the document
/// once. Each visitor's SkipChildren and Break affect only that visitor.
/// </summary>
public sealed class ParallelVisitor : IAstVisitor
{
    private readonly IAstVisitor[] _visitors;

    // Per visitor: the node whose subtree it skips (null when not skipping), or BreakMarker once it broke.
    private readonly AstNode?[] _skipping;
    private static readonly AstNode BreakMarker = new NameNode("<break>");

    public ParallelVisitor(IEnumerable<IAstVisitor> visitors)
    {
        _visitors = visitors.ToArray();
        _skipping = new AstNode?[_visitors.Length];
    }

    public VisitorAction Enter(AstNode node, VisitorContext context)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null) continue;
            switch (_visitors[i].Enter(node, context))
            {
                case VisitorAction.SkipChildren:
                    _skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    _skipping[i] = BreakMarker;
                    break;
            }
        }
        return VisitorAction.Continue;
    }

    public VisitorAction Leave(AstNode node, VisitorContext context)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipped = _skipping[i];
            if (skipped is null)
            {
                if (_visitors[i].Leave(node, context) == VisitorAction.Break) _skipping[i] = BreakMarker;
            }
            else if (ReferenceEquals(skipped, node))
            {
                // The skipped subtree ends here; its Leave is not called (as in graphql-js).
                _skipping[i] = null;
            }
        }
        return VisitorAction.Continue;
    }
}
