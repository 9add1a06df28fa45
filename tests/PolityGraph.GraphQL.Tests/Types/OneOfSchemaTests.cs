using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Tests.Types;

/// <summary>@oneOf in a schema: the fields a OneOf Input Object may have (graphql-js validateOneOfInputObjectField), and the printer.</summary>
public sealed class OneOfSchemaTests
{
    [Theory]
    [InlineData("input In @oneOf { a: String! b: Int }", "OneOf input field In.a must be nullable.")]
    [InlineData("input In @oneOf { a: String = \"x\" b: Int }", "OneOf input field In.a cannot have a default value.")]
    [InlineData("input In { a: String } extend input In @oneOf", null)]
    [InlineData("input In @oneOf { a: String b: Int }", null)]
    public void OneOf_fields_are_nullable_and_without_defaults(string input, string? problem)
    {
        var sdl = input + " type Query { f(in: In): String }";
        if (problem is null)
        {
            var schema = SchemaBuilder.FromSdl(sdl).Build();
            Assert.True(((InputObjectType)schema.GetType("In")!).IsOneOf);
            return;
        }
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build());
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void The_printer_keeps_oneOf_and_does_not_print_the_built_in_directive()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("input In @oneOf { a: String } type Query { f(in: In): String }").Build());
        Assert.Contains("input In @oneOf {", printed);
        Assert.DoesNotContain("directive @oneOf", printed);
    }
}
