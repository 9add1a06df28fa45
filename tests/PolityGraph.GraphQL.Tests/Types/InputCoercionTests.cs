using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Tests.Types;

/// <summary>Input coercion of literals and variable values (spec 3.9-3.12): enums, input objects, lists, null vs missing.</summary>
public class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 7 label: String }
        type Query { f(a: Int): Int }
        """).Build();

    private static IGraphQLType Type(string reference) => TypeFromAst.Get(Schema, Parser.ParseType(reference))!;

    public static TheoryData<string, string, string> Literals => new()
    {
        { "Color", "RED", "\"RED\"" },
        { "[Int]", "1", "[1]" },
        { "[Int]", "[1, null]", "[1, null]" },
        { "[[Int]]", "1", "[[1]]" },
        { "Point", "{x: 1}", "{ x: 1, y: 7 }" },
        { "Point", "{x: 1, y: null}", "{ x: 1, y: null }" },
        { "Point", "{x: 1, label: \"a\"}", "{ x: 1, y: 7, label: \"a\" }" },
        { "Int", "null", "null" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Literals_coerce(string type, string literal, string expected)
    {
        Assert.True(ValueFromAst.TryCoerce(Parser.ParseConstValue(literal), Type(type), null, out var value));
        Assert.Equal(expected, Inspect.Value(value));
    }

    [Theory]
    [InlineData("Color", "\"RED\"")] // a string is not an enum literal (spec 3.9 input coercion)
    [InlineData("Color", "BLUE")]
    [InlineData("Int!", "null")]
    [InlineData("[Int!]", "[1, null]")]
    [InlineData("Point", "{y: 1}")]
    [InlineData("Point", "{x: 1, z: 2}")]
    [InlineData("Point", "1")]
    public void Invalid_literals_do_not_coerce(string type, string literal)
    {
        Assert.False(ValueFromAst.TryCoerce(Parser.ParseConstValue(literal), Type(type), null, out _));
    }

    [Fact]
    public void A_string_literal_for_an_enum_is_rejected_with_a_hint()
    {
        var color = (EnumType)Schema.GetType("Color")!;
        var error = Assert.Throws<GraphQLException>(() => color.ParseLiteral(Parser.ParseConstValue("\"RED\"")));
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?", error.Message); // graphql-js 16.15 words it so: suggestions come from the printed literal
    }

    public static TheoryData<string, object?, string> Variables => new()
    {
        { "Color", "GREEN", "\"GREEN\"" },
        { "[Int]", 5, "[5]" },
        { "[Int]", new object?[] { 1, null }, "[1, null]" },
        { "Point", new Dictionary<string, object?> { ["x"] = 1 }, "{ x: 1, y: 7 }" },
        { "Point", System.Text.Json.JsonDocument.Parse("{\"x\": 2, \"y\": null}").RootElement, "{ x: 2, y: null }" },
    };

    [Theory]
    [MemberData(nameof(Variables))]
    public void Variable_values_coerce(string type, object? input, string expected)
    {
        var errors = new List<string>();
        var value = InputCoercion.Coerce(input, Type(type), (path, _, message) => errors.Add(InputCoercion.PrintPath(path) + " " + message));
        Assert.Empty(errors);
        Assert.Equal(expected, Inspect.Value(value));
    }

    public static TheoryData<string, object?, string> BadVariables => new()
    {
        { "Color", "BLUE", " Value \"BLUE\" does not exist in \"Color\" enum." },
        { "Color", 1, " Enum \"Color\" cannot represent non-string value: 1." },
        { "Point", new Dictionary<string, object?> { ["y"] = 1 }, " Field \"x\" of required type \"Int!\" was not provided." },
        { "Point", new Dictionary<string, object?> { ["x"] = 1, ["lable"] = "a" }, " Field \"lable\" is not defined by type \"Point\". Did you mean \"label\"?" },
        { "Point", "x", " Expected type \"Point\" to be an object." },
        { "[Int!]", new object?[] { 1, null }, "[1] Expected non-nullable type \"Int!\" not to be null." },
        { "[Point]", new object?[] { new Dictionary<string, object?> { ["x"] = "one" } }, "[0].x Int cannot represent non-integer value: \"one\"" },
    };

    [Theory]
    [MemberData(nameof(BadVariables))]
    public void Bad_variable_values_report_the_path_and_reason(string type, object? input, string expected)
    {
        var errors = new List<string>();
        InputCoercion.Coerce(input, Type(type), (path, _, message) => errors.Add(InputCoercion.PrintPath(path) + " " + message));
        Assert.Equal(expected, Assert.Single(errors));
    }
}
