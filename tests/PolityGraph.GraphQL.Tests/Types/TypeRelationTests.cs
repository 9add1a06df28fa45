using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Tests.Types;

/// <summary>TypeComparators and TypeInfo, which validation relies on.</summary>
public class TypeRelationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        type Person implements Named & Node { id: ID! name: String friend(first: Int = 1, filter: Filter): Person }
        type Body implements Node { id: ID! }
        type Other { x: Int }
        union Actor = Person | Body
        union Solo = Other
        input Filter { kinds: [Kind!] }
        enum Kind { A B }
        type Query { node: Node actor: Actor }
        """).Build();

    private static IGraphQLType T(string reference) => TypeFromAst.Get(Schema, Parser.ParseType(reference))!;

    [Theory]
    [InlineData("[Int!]", "[Int!]", true)]
    [InlineData("[Int!]", "[Int]", false)]
    [InlineData("Person", "Person", true)]
    public void IsEqualType(string a, string b, bool expected) => Assert.Equal(expected, TypeComparators.IsEqualType(T(a), T(b)));

    [Theory]
    [InlineData("Person!", "Node", true)]
    [InlineData("Person", "Node!", false)]
    [InlineData("[Person!]!", "[Node]", true)]
    [InlineData("Named", "Node", true)]
    [InlineData("Body", "Named", false)]
    [InlineData("Person", "Actor", true)]
    [InlineData("[Person]", "Person", false)]
    [InlineData("Int!", "Int", true)]
    public void IsTypeSubTypeOf(string sub, string super, bool expected) =>
        Assert.Equal(expected, TypeComparators.IsTypeSubTypeOf(Schema, T(sub), T(super)));

    [Theory]
    [InlineData("Node", "Actor", true)]
    [InlineData("Named", "Body", false)]
    [InlineData("Solo", "Node", false)]
    [InlineData("Person", "Person", true)]
    [InlineData("Person", "Body", false)]
    public void DoTypesOverlap(string a, string b, bool expected) =>
        Assert.Equal(expected, TypeComparators.DoTypesOverlap(Schema, (NamedType)T(a), (NamedType)T(b)));

    [Fact]
    public void TypeInfo_follows_a_walk_through_fields_fragments_arguments_and_values()
    {
        var document = Parser.Parse("{ node { ... on Person { friend(filter: {kinds: [A]}) { name } } } }");
        var typeInfo = new TypeInfo(Schema);
        var seen = new List<string>();
        Visit(document);
        Assert.Equal(new[]
        {
            "Field node: Node in Query",
            "Field friend: Person in Person",
            "Argument filter: Filter default=False",
            "ObjectField kinds: [Kind!]",
            "EnumValue A of Kind! in list of [Kind!]",
            "Field name: String in Person",
        }, seen);

        void Visit(AstNode node)
        {
            typeInfo.Enter(node);
            switch (node)
            {
                case FieldNode field: seen.Add($"Field {field.Name.Value}: {typeInfo.Type} in {typeInfo.ParentType}"); break;
                case ArgumentNode argument: seen.Add($"Argument {argument.Name.Value}: {typeInfo.InputType} default={typeInfo.HasDefaultValue}"); break;
                case ObjectFieldNode objectField: seen.Add($"ObjectField {objectField.Name.Value}: {typeInfo.InputType}"); break;
                case EnumValueNode enumValue: seen.Add($"EnumValue {typeInfo.EnumValue!.Name} of {typeInfo.InputType} in list of {typeInfo.ParentInputType}"); break;
            }
            foreach (var child in PolityGraph.GraphQL.Language.Visitor.ChildrenOf(node)) Visit(child);
            typeInfo.Leave(node);
        }
    }
}
