using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>Executable documents (spec section 2) parse into the expected tree.</summary>
public class ParserTests
{
    private static OperationDefinitionNode Operation(string document) =>
        Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(document).Definitions));

    private static FieldNode Field(SelectionSetNode? set, int index = 0) =>
        Assert.IsType<FieldNode>(set!.Selections[index]);

    [Fact]
    public void Shorthand_query_is_an_anonymous_query()
    {
        var operation = Operation("{ officeholders { id } }");
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        var field = Field(operation.SelectionSet);
        Assert.Equal("officeholders", field.Name.Value);
        Assert.Equal("id", Field(field.SelectionSet).Name.Value);
        Assert.Null(Field(field.SelectionSet).SelectionSet);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query, "Q")]
    [InlineData("mutation M { a }", OperationType.Mutation, "M")]
    [InlineData("subscription S { a }", OperationType.Subscription, "S")]
    [InlineData("query { a }", OperationType.Query, null)]
    [InlineData("mutation { a }", OperationType.Mutation, null)]
    public void Operation_kind_and_name(string document, OperationType kind, string? name)
    {
        var operation = Operation(document);
        Assert.Equal(kind, operation.Operation);
        Assert.Equal(name, operation.Name?.Value);
    }

    [Fact]
    public void Alias_arguments_and_directives_of_a_field()
    {
        var field = Field(Operation("{ chair: officeholder(office: CHAIR, first: 3) @include(if: $all) @cached }").SelectionSet);
        Assert.Equal("chair", field.Alias!.Value);
        Assert.Equal("officeholder", field.Name.Value);
        Assert.Equal("chair", field.ResponseKey);
        Assert.Equal(new[] { "office", "first" }, field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("CHAIR", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("3", Assert.IsType<IntValueNode>(field.Arguments[1].Value).Value);
        Assert.Equal(new[] { "include", "cached" }, field.Directives.Select(d => d.Name.Value));
        Assert.Equal("all", Assert.IsType<VariableNode>(field.Directives[0].Arguments[0].Value).Name.Value);
        Assert.Empty(field.Directives[1].Arguments);
    }

    [Fact]
    public void Variable_definitions_with_types_defaults_and_directives()
    {
        var operation = Operation("query Q($id: ID!, $first: Int = 10, $kinds: [OfficeKind!] = [MINISTER] @deprecated, $f: Filter) { a }");
        var variables = operation.VariableDefinitions;
        Assert.Equal(new[] { "id", "first", "kinds", "f" }, variables.Select(v => v.Variable.Name.Value));

        var id = Assert.IsType<NonNullTypeNode>(variables[0].Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(id.Type).Name.Value);
        Assert.Null(variables[0].DefaultValue);

        Assert.Equal("10", Assert.IsType<IntValueNode>(variables[1].DefaultValue).Value);

        var list = Assert.IsType<ListTypeNode>(variables[2].Type);
        Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("MINISTER", Assert.IsType<EnumValueNode>(Assert.Single(Assert.IsType<ListValueNode>(variables[2].DefaultValue).Values)).Value);
        Assert.Equal("deprecated", Assert.Single(variables[2].Directives).Name.Value);
    }

    [Fact]
    public void Fragment_spreads_inline_fragments_and_definitions()
    {
        var document = Parser.Parse("""
            { node { ...personFields ... on Person @skip(if: false) { id } ... @include(if: true) { id } ... { id } } }
            fragment personFields on Person @onFragment { fullName }
            """);
        var node = Field(((OperationDefinitionNode)document.Definitions[0]).SelectionSet);
        var selections = node.SelectionSet!.Selections;

        Assert.Equal("personFields", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("Person", typed.TypeCondition!.Name.Value);
        Assert.Equal("skip", Assert.Single(typed.Directives).Name.Value);
        var untypedWithDirective = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untypedWithDirective.TypeCondition);
        Assert.Single(untypedWithDirective.Directives);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("personFields", fragment.Name.Value);
        Assert.Equal("Person", fragment.TypeCondition.Name.Value);
        Assert.Equal("onFragment", Assert.Single(fragment.Directives).Name.Value);
        Assert.Empty(fragment.VariableDefinitions);
        Assert.Equal("fullName", Field(fragment.SelectionSet).Name.Value);
    }

    [Fact]
    public void Keywords_are_ordinary_names_in_fields_and_arguments()
    {
        var operation = Operation("{ query mutation fragment on type(on: on, null: null, true: true) extend }");
        var names = operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value);
        Assert.Equal(new[] { "query", "mutation", "fragment", "on", "type", "extend" }, names);
        var arguments = Field(operation.SelectionSet, 4).Arguments;
        Assert.IsType<EnumValueNode>(arguments[0].Value);
        Assert.IsType<NullValueNode>(arguments[1].Value);
        Assert.True(Assert.IsType<BooleanValueNode>(arguments[2].Value).Value);
    }

    [Fact]
    public void Spread_followed_by_on_is_an_inline_fragment()
    {
        var selection = Assert.Single(Operation("{ ...on Person { id } }").SelectionSet.Selections);
        Assert.Equal("Person", Assert.IsType<InlineFragmentNode>(selection).TypeCondition!.Name.Value);
    }

    [Theory]
    [InlineData("123", typeof(IntValueNode))]
    [InlineData("-0", typeof(IntValueNode))]
    [InlineData("1.5e3", typeof(FloatValueNode))]
    [InlineData("\"text\"", typeof(StringValueNode))]
    [InlineData("\"\"\"block\"\"\"", typeof(StringValueNode))]
    [InlineData("true", typeof(BooleanValueNode))]
    [InlineData("null", typeof(NullValueNode))]
    [InlineData("MINISTER", typeof(EnumValueNode))]
    [InlineData("$v", typeof(VariableNode))]
    [InlineData("[]", typeof(ListValueNode))]
    [InlineData("{}", typeof(ObjectValueNode))]
    public void Every_value_kind(string literal, Type nodeType)
    {
        Assert.IsType(nodeType, Parser.ParseValue(literal));
    }

    [Fact]
    public void Numbers_keep_their_text_and_strings_remember_block_form()
    {
        Assert.Equal("12345678901234567890", Assert.IsType<IntValueNode>(Parser.ParseValue("12345678901234567890")).Value);
        Assert.Equal("6.0221E+23", Assert.IsType<FloatValueNode>(Parser.ParseValue("6.0221E+23")).Value);
        Assert.False(Assert.IsType<StringValueNode>(Parser.ParseValue("\"a\"")).Block);
        Assert.True(Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"a\"\"\"")).Block);
    }

    [Fact]
    public void Nested_lists_and_objects()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{office: {kind: MINISTER, ids: [1, [2, 3]]}, name: \"Võ Văn Kiệt\"}"));
        Assert.Equal(new[] { "office", "name" }, value.Fields.Select(f => f.Name.Value));
        var office = Assert.IsType<ObjectValueNode>(value.Fields[0].Value);
        var ids = Assert.IsType<ListValueNode>(office.Fields[1].Value);
        Assert.Equal(2, Assert.IsType<ListValueNode>(ids.Values[1]).Values.Count);
        Assert.Equal("Võ Văn Kiệt", Assert.IsType<StringValueNode>(value.Fields[1].Value).Value);
    }

    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("Int!", "NonNull(Int)")]
    [InlineData("[Int]", "List(Int)")]
    [InlineData("[Int!]!", "NonNull(List(NonNull(Int)))")]
    [InlineData("[[Person]!]", "List(NonNull(List(Person)))")]
    public void Type_references(string source, string shape)
    {
        static string Shape(TypeNode type) => type switch
        {
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => $"List({Shape(list.Type)})",
            NonNullTypeNode nonNull => $"NonNull({Shape(nonNull.Type)})",
            _ => throw new InvalidOperationException(),
        };
        Assert.Equal(shape, Shape(Parser.ParseType(source)));
    }

    [Fact]
    public void Nodes_know_where_they_are()
    {
        const string document = "query Q {\n  officeholders(first: 2) {\n    id\n  }\n}";
        var parsed = Parser.Parse(document);
        Assert.Equal(new Location(0, document.Length, 1, 1), parsed.Location);
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(parsed.Definitions));
        Assert.Equal(new Location(0, document.Length, 1, 1), operation.Location);

        var field = Field(operation.SelectionSet);
        var fieldLocation = field.Location!.Value;
        Assert.Equal(2, fieldLocation.Line);
        Assert.Equal(3, fieldLocation.Column);
        Assert.Equal("officeholders(first: 2) {\n    id\n  }", document[fieldLocation.Start..fieldLocation.End]);

        var argument = Assert.Single(field.Arguments).Location!.Value;
        Assert.Equal("first: 2", document[argument.Start..argument.End]);
        Assert.Equal(new SourceLocation(2, 17), argument.StartLocation);

        var id = Field(field.SelectionSet);
        Assert.Equal(new SourceLocation(3, 5), id.Location!.Value.StartLocation);
    }

    [Fact]
    public void Columns_count_utf16_units_like_graphql_js()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(b: \"Đồng \U0001F600\") ? }"));
        Assert.Equal(new SourceLocation(1, 19), error.Location); // graphql@16.15.0 says 1:19 too
    }

    [Fact]
    public void Locations_can_be_left_out()
    {
        var document = Parser.Parse("{ a(b: [1]) }", new ParserOptions { NoLocation = true });
        Assert.Null(document.Location);
        var field = Field(((OperationDefinitionNode)document.Definitions[0]).SelectionSet);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Each_node_reports_its_kind()
    {
        var document = Parser.Parse("query Q($v: [Int!]) { a(b: {c: 1.5}) ... on T { d } ...F } fragment F on T { e }");
        Assert.Equal(NodeKind.Document, document.Kind);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(NodeKind.OperationDefinition, operation.Kind);
        Assert.Equal(NodeKind.VariableDefinition, operation.VariableDefinitions[0].Kind);
        Assert.Equal(NodeKind.Variable, operation.VariableDefinitions[0].Variable.Kind);
        Assert.Equal(NodeKind.ListType, operation.VariableDefinitions[0].Type.Kind);
        Assert.Equal(NodeKind.SelectionSet, operation.SelectionSet.Kind);
        Assert.Equal(
            new[] { NodeKind.Field, NodeKind.InlineFragment, NodeKind.FragmentSpread },
            operation.SelectionSet.Selections.Select(s => s.Kind));
        var argument = Field(operation.SelectionSet).Arguments[0];
        Assert.Equal(NodeKind.Argument, argument.Kind);
        Assert.Equal(NodeKind.ObjectValue, argument.Value.Kind);
        Assert.Equal(NodeKind.ObjectField, ((ObjectValueNode)argument.Value).Fields[0].Kind);
        Assert.Equal(NodeKind.FloatValue, ((ObjectValueNode)argument.Value).Fields[0].Value.Kind);
        Assert.Equal(NodeKind.FragmentDefinition, document.Definitions[1].Kind);
    }

    [Fact]
    public void A_source_can_carry_a_name()
    {
        var source = new Source("{ a }", "officeholders.graphql");
        Assert.Equal("officeholders.graphql", source.Name);
        Assert.Single(Parser.Parse(source).Definitions);
    }
}
