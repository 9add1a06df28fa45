using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>
/// Two documents using every construct of the grammar (after graphql-js's kitchen sinks, rewritten in our
/// domain). The *.printed.graphql files are graphql@16.15.0's <c>print</c> of the same documents.
/// </summary>
public class KitchenSinkTests
{
    [Theory]
    [InlineData("kitchen_sink.graphql", "kitchen_sink.printed.graphql")]
    [InlineData("schema_kitchen_sink.graphql", "schema_kitchen_sink.printed.graphql")]
    public void Prints_exactly_as_graphql_js_does(string document, string printedByGraphQLJs)
    {
        Assert.Equal(KitchenSink.Read(printedByGraphQLJs), Printer.Print(Parser.Parse(KitchenSink.Read(document))));
    }

    [Theory]
    [InlineData("kitchen_sink.graphql")]
    [InlineData("schema_kitchen_sink.graphql")]
    public void Parse_print_parse_gives_the_same_tree(string document)
    {
        var original = Parser.Parse(KitchenSink.Read(document));
        var printed = Printer.Print(original);
        var reparsed = Parser.Parse(printed);

        Assert.Equal(AstShape.Of(original), AstShape.Of(reparsed));
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Kitchen_sink_covers_every_executable_node_kind()
    {
        var kinds = AstShape.KindsIn(Parser.Parse(KitchenSink.Read("kitchen_sink.graphql")));
        var executableKinds = Enum.GetValues<NodeKind>().Where(k => k < NodeKind.SchemaDefinition);
        Assert.Empty(executableKinds.Except(kinds));
    }

    [Fact]
    public void Schema_kitchen_sink_covers_every_type_system_node_kind()
    {
        var kinds = AstShape.KindsIn(Parser.Parse(KitchenSink.Read("schema_kitchen_sink.graphql")));
        var typeSystemKinds = Enum.GetValues<NodeKind>().Where(k => k >= NodeKind.SchemaDefinition);
        Assert.Empty(typeSystemKinds.Except(kinds));
    }
}
