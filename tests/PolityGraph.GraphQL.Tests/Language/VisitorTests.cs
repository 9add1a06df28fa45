using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>The walk validation rules run on: order, skipping, breaking, ancestors, parallel visitors.</summary>
public class VisitorTests
{
    private sealed class Recorder : IAstVisitor
    {
        public List<string> Events { get; } = new();

        public Func<AstNode, VisitorAction> OnEnter { get; init; } = _ => VisitorAction.Continue;

        public Func<AstNode, VisitorAction> OnLeave { get; init; } = _ => VisitorAction.Continue;

        public VisitorAction Enter(AstNode node, VisitorContext context)
        {
            Events.Add("enter " + Describe(node));
            return OnEnter(node);
        }

        public VisitorAction Leave(AstNode node, VisitorContext context)
        {
            Events.Add("leave " + Describe(node));
            return OnLeave(node);
        }

        private static string Describe(AstNode node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Visits_depth_first_in_graphql_js_key_order()
    {
        var recorder = new Recorder();
        Assert.True(Visitor.Visit(Parser.Parse("{ a: b(x: 1) @d }"), recorder));
        Assert.Equal(
            new[]
            {
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
                "enter Name a", "leave Name a", "enter Name b", "leave Name b",
                "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue", "leave Argument",
                "enter Directive", "enter Name d", "leave Name d", "leave Directive",
                "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            },
            recorder.Events);
    }

    [Fact]
    public void Skipping_a_subtree_also_skips_its_leave()
    {
        var recorder = new Recorder { OnEnter = node => node is FieldNode { Name.Value: "a" } ? VisitorAction.SkipChildren : VisitorAction.Continue };
        Visitor.Visit(Parser.Parse("{ a { x } b }"), recorder);
        Assert.DoesNotContain("enter Name x", recorder.Events);
        Assert.Single(recorder.Events, e => e == "leave Field"); // only b's
        Assert.Contains("enter Name b", recorder.Events);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Break_stops_the_walk_on_enter_or_leave(bool onEnter)
    {
        Func<AstNode, VisitorAction> breakAtA = node => node is NameNode { Value: "a" } ? VisitorAction.Break : VisitorAction.Continue;
        var recorder = onEnter ? new Recorder { OnEnter = breakAtA } : new Recorder { OnLeave = breakAtA };
        Assert.False(Visitor.Visit(Parser.Parse("{ a b }"), recorder));
        Assert.Equal(onEnter ? "enter Name a" : "leave Name a", recorder.Events[^1]);
    }

    [Fact]
    public void Context_gives_parent_and_ancestors()
    {
        var seen = new List<string>();
        var visitor = new NodeVisitor().Enter<NameNode>((name, context) =>
        {
            if (name.Value != "deep") return;
            seen.Add(context.Parent!.Kind.ToString());
            seen.Add(string.Join("/", context.Ancestors.Select(a => a.Kind)));
            seen.Add(context.Nearest<OperationDefinitionNode>()!.Name!.Value);
            seen.Add(context.Nearest<FragmentDefinitionNode>()?.Name.Value ?? "no fragment");
        });
        Visitor.Visit(Parser.Parse("query Q { top { deep } }"), visitor);
        Assert.Equal(
            new[]
            {
                "Field",
                "Document/OperationDefinition/SelectionSet/Field/SelectionSet/Field",
                "Q",
                "no fragment",
            },
            seen);
    }

    [Fact]
    public void Parallel_visitors_skip_and_break_independently()
    {
        var skipsFields = new Recorder { OnEnter = node => node is FieldNode ? VisitorAction.SkipChildren : VisitorAction.Continue };
        var breaksAtB = new Recorder { OnEnter = node => node is NameNode { Value: "b" } ? VisitorAction.Break : VisitorAction.Continue };
        var seesAll = new Recorder();

        var finished = Visitor.Visit(Parser.Parse("{ a b c }"), new ParallelVisitor(new IAstVisitor[] { skipsFields, breaksAtB, seesAll }));

        Assert.True(finished);
        Assert.DoesNotContain(skipsFields.Events, e => e.StartsWith("enter Name", StringComparison.Ordinal));
        Assert.Contains("leave Document", skipsFields.Events);
        Assert.Equal("enter Name b", breaksAtB.Events[^1]);
        Assert.Contains("enter Name c", seesAll.Events);
        Assert.Equal("leave Document", seesAll.Events[^1]);
    }

    [Fact]
    public void Node_visitor_handlers_for_abstract_types_see_every_subtype()
    {
        var kinds = new List<NodeKind>();
        var leftOperations = 0;
        var visitor = new NodeVisitor()
            .Enter<SelectionNode>((node, _) => kinds.Add(node.Kind))
            .Enter<FieldNode>((node, _) => kinds.Add(NodeKind.Name))
            .Leave<OperationDefinitionNode>((_, _) => leftOperations++);

        Visitor.Visit(Parser.Parse("{ a ...F ... on T { b } } fragment F on T { c }"), visitor);

        Assert.Equal(
            new[]
            {
                NodeKind.Field, NodeKind.Name, NodeKind.FragmentSpread, NodeKind.InlineFragment,
                NodeKind.Field, NodeKind.Name, NodeKind.Field, NodeKind.Name,
            },
            kinds);
        Assert.Equal(1, leftOperations);
    }

    [Fact]
    public void Node_visitor_handler_can_skip_a_subtree()
    {
        var names = new List<string>();
        var visitor = new NodeVisitor()
            .Enter<FragmentDefinitionNode>((_, _) => VisitorAction.SkipChildren)
            .Enter<NameNode>((name, _) => names.Add(name.Value));
        Visitor.Visit(Parser.Parse("{ a } fragment F on T { b }"), visitor);
        Assert.Equal(new[] { "a" }, names);
    }

    [Fact]
    public void Every_node_of_the_schema_kitchen_sink_is_reached()
    {
        var sdl = KitchenSink.Read(KitchenSink.Schema);
        var document = Parser.Parse(sdl);
        var recorder = new Recorder();
        Visitor.Visit(document, recorder);

        var enters = recorder.Events.Count(e => e.StartsWith("enter", StringComparison.Ordinal));
        var leaves = recorder.Events.Count(e => e.StartsWith("leave", StringComparison.Ordinal));
        Assert.Equal(enters, leaves);
        Assert.Contains("enter Name OfficeKind", recorder.Events);
        Assert.Contains("enter Name INLINE_FRAGMENT", recorder.Events); // directive locations
        Assert.Contains("enter Name SECRETARY", recorder.Events); // enum extension values
        Assert.Contains("enter Name SubscriptionRoot", recorder.Events); // schema extension root types
    }

    [Fact]
    public void Children_are_listed_in_visiting_order()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a: b(x: 1) @d { c } }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(
            new[] { NodeKind.Name, NodeKind.Name, NodeKind.Argument, NodeKind.Directive, NodeKind.SelectionSet },
            Visitor.ChildrenOf(field).Select(c => c.Kind));
    }
}
