using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>
/// A tree's content without its locations, as a flat list of enter/leave events with each node's own values:
/// two trees are the same document when their shapes are equal (records compare lists by reference).
/// </summary>
internal static class AstShape
{
    public static IReadOnlyList<string> Of(AstNode root)
    {
        var events = new List<string>();
        Visitor.Visit(root, new Recorder(events));
        return events;
    }

    public static ISet<NodeKind> KindsIn(AstNode root)
    {
        var kinds = new HashSet<NodeKind>();
        Visitor.Visit(root, new NodeVisitor().Enter<AstNode>((node, _) => kinds.Add(node.Kind)));
        return kinds;
    }

    private sealed class Recorder(List<string> events) : IAstVisitor
    {
        public VisitorAction Enter(AstNode node, VisitorContext context)
        {
            events.Add("enter " + node.Kind + OwnValues(node));
            return VisitorAction.Continue;
        }

        public VisitorAction Leave(AstNode node, VisitorContext context)
        {
            events.Add("leave " + node.Kind);
            return VisitorAction.Continue;
        }

        private static string OwnValues(AstNode node) => node switch
        {
            NameNode n => " " + n.Value,
            IntValueNode n => " " + n.Value,
            FloatValueNode n => " " + n.Value,
            StringValueNode n => $" {n.Value} block={n.Block}",
            BooleanValueNode n => " " + n.Value,
            EnumValueNode n => " " + n.Value,
            OperationDefinitionNode n => " " + n.Operation,
            OperationTypeDefinitionNode n => " " + n.Operation,
            DirectiveDefinitionNode n => " repeatable=" + n.Repeatable,
            _ => string.Empty,
        };
    }
}
