using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>Type-system documents (spec section 3): definitions, descriptions, extensions.</summary>
public class SchemaParserTests
{
    private static T Single<T>(string sdl) where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(sdl).Definitions));

    [Fact]
    public void Schema_definition_with_description_directives_and_root_types()
    {
        var schema = Single<SchemaDefinitionNode>("\"The API.\" schema @api { query: Query mutation: Mutation subscription: Feed }");
        Assert.Equal("The API.", schema.Description!.Value);
        Assert.Equal("api", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Feed") },
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Object_type_with_interfaces_fields_arguments_and_defaults()
    {
        var type = Single<ObjectTypeDefinitionNode>(""""
            """
              A person who held office.
            """
            type Person implements & Node & Named @key(fields: "id") {
              "The identifier."
              id: ID!
              tenures(first: Int = 10, "Only these kinds." kinds: [OfficeKind!] @deprecated(reason: "use filter")): [Tenure!]! @cost(weight: 2)
            }
            """");
        Assert.Equal("A person who held office.", type.Description!.Value);
        Assert.True(type.Description.Block);
        Assert.Equal("Person", type.Name.Value);
        Assert.Equal(new[] { "Node", "Named" }, type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", Assert.Single(type.Directives).Name.Value);

        var id = type.Fields[0];
        Assert.Equal("The identifier.", id.Description!.Value);
        Assert.False(id.Description.Block);
        Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Empty(id.Arguments);

        var tenures = type.Fields[1];
        Assert.Equal(new[] { "first", "kinds" }, tenures.Arguments.Select(a => a.Name.Value));
        Assert.Equal("10", Assert.IsType<IntValueNode>(tenures.Arguments[0].DefaultValue).Value);
        Assert.Equal("Only these kinds.", tenures.Arguments[1].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(tenures.Arguments[1].Directives).Name.Value);
        Assert.Equal("cost", Assert.Single(tenures.Directives).Name.Value);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Attested implements Node & Named { id: ID! }");
        Assert.Equal(new[] { "Node", "Named" }, type.Interfaces.Select(i => i.Name.Value));
        Assert.Single(type.Fields);
    }

    [Theory]
    [InlineData("union SearchResult = Person | Office", new[] { "Person", "Office" })]
    [InlineData("union SearchResult = | Person | Office", new[] { "Person", "Office" })]
    [InlineData("union SearchResult =\n  | Person\n  | Office", new[] { "Person", "Office" })]
    [InlineData("union SearchResult", new string[0])]
    public void Union_members_with_optional_leading_pipe(string sdl, string[] members)
    {
        Assert.Equal(members, Single<UnionTypeDefinitionNode>(sdl).Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Enum_values_with_descriptions_and_directives()
    {
        var type = Single<EnumTypeDefinitionNode>("enum OfficeKind { \"Government.\" MINISTER CHAIR @deprecated DEPUTY }");
        Assert.Equal(new[] { "MINISTER", "CHAIR", "DEPUTY" }, type.Values.Select(v => v.Name.Value));
        Assert.Equal("Government.", type.Values[0].Description!.Value);
        Assert.Single(type.Values[1].Directives);
    }

    [Fact]
    public void Input_object_scalar_and_directive_definitions()
    {
        var document = Parser.Parse("""
            input OfficeFilter { kind: OfficeKind! = MINISTER, since: Date @constraint(pattern: "\\d{4}") }
            scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
            "Repeatable." directive @attestedBy(source: String!) repeatable on | OBJECT | FIELD_DEFINITION
            directive @cost(weight: Int) on FIELD_DEFINITION
            """);
        var input = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new[] { "kind", "since" }, input.Fields.Select(f => f.Name.Value));
        Assert.Equal("MINISTER", Assert.IsType<EnumValueNode>(input.Fields[0].DefaultValue).Value);
        Assert.Equal(@"\d{4}", Assert.IsType<StringValueNode>(input.Fields[1].Directives[0].Arguments[0].Value).Value);

        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);

        var attested = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[2]);
        Assert.True(attested.Repeatable);
        Assert.Equal("Repeatable.", attested.Description!.Value);
        Assert.Equal(new[] { "OBJECT", "FIELD_DEFINITION" }, attested.Locations.Select(l => l.Value));
        Assert.Equal("source", Assert.Single(attested.Arguments).Name.Value);

        var cost = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[3]);
        Assert.False(cost.Repeatable);
    }

    [Fact]
    public void Every_extension_kind()
    {
        var document = Parser.Parse("""
            extend schema @api { subscription: Feed }
            extend scalar Date @tz
            extend type Person implements Node @key { spouse: Person }
            extend interface Named implements Node { id: ID! }
            extend union SearchResult @tag = Place
            extend enum OfficeKind { SECRETARY }
            extend input OfficeFilter @oneOf { limit: Int }
            """);
        Assert.Equal(
            new[]
            {
                NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension,
                NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension,
                NodeKind.InputObjectTypeExtension,
            },
            document.Definitions.Select(d => d.Kind));
        Assert.All(document.Definitions, d => Assert.IsAssignableFrom<TypeSystemExtensionNode>(d));

        var schema = (SchemaExtensionNode)document.Definitions[0];
        Assert.Equal(OperationType.Subscription, Assert.Single(schema.OperationTypes).Operation);
        var person = (ObjectTypeExtensionNode)document.Definitions[2];
        Assert.Equal("Person", person.Name.Value);
        Assert.Equal("Node", Assert.Single(person.Interfaces).Name.Value);
        Assert.Equal("spouse", Assert.Single(person.Fields).Name.Value);
        Assert.Equal("Place", Assert.Single(((UnionTypeExtensionNode)document.Definitions[4]).Types).Name.Value);
        Assert.Equal("SECRETARY", Assert.Single(((EnumTypeExtensionNode)document.Definitions[5]).Values).Name.Value);
        Assert.Equal("limit", Assert.Single(((InputObjectTypeExtensionNode)document.Definitions[6]).Fields).Name.Value);
    }

    [Fact]
    public void Type_definitions_share_a_base_with_name_description_and_directives()
    {
        var document = Parser.Parse("scalar A type B interface C union D enum E input F");
        var names = document.Definitions.Cast<TypeDefinitionNode>().Select(d => d.Name.Value);
        Assert.Equal(new[] { "A", "B", "C", "D", "E", "F" }, names);
    }

    [Fact]
    public void Executable_and_type_system_definitions_may_mix()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int }");
        Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.IsType<OperationDefinitionNode>(document.Definitions[1]);
        Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[2]);
    }
}
