using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>IResolverContext.ArgumentValue&lt;T&gt; hands resolvers coerced arguments as the CLR types they ask for.</summary>
public class ArgumentValueTests
{
    private enum Color { Red, Green }

    private static async Task<object?> Read<T>(string argumentType, string literal)
    {
        object? seen = null;
        var schema = SchemaBuilder.FromSdl($"enum Color {{ RED GREEN }} scalar Date type Query {{ f(a: {argumentType}): Int }}")
            .AddScalar(new DateScalar())
            .AddResolver("Query", "f", c =>
            {
                seen = c.ArgumentValue<T>("a");
                return new((object?)1);
            })
            .Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest($"{{ f(a: {literal}) }}"));
        Assert.Empty(result.Errors);
        return seen;
    }

    [Fact]
    public async Task Numbers_convert_between_numeric_types() => Assert.Equal(7L, await Read<long>("Int", "7"));

    [Fact]
    public async Task Absent_or_null_arguments_give_the_default() => Assert.Null(await Read<int?>("Int", "null"));

    [Fact]
    public async Task Enum_names_convert_to_clr_enums() => Assert.Equal(Color.Green, await Read<Color>("Color", "GREEN"));

    [Fact]
    public async Task Dates_convert_to_DateOnly() => Assert.Equal(new DateOnly(2021, 4, 5), await Read<DateOnly>("Date", "\"2021-04-05\""));

    [Fact]
    public async Task Lists_convert_to_typed_lists() => Assert.Equal(new[] { "a", "1" }, await Read<IReadOnlyList<string>>("[ID!]", "[\"a\", 1]"));

    [Fact]
    public async Task Lists_convert_to_arrays() => Assert.Equal(new[] { 1, 2 }, await Read<int[]>("[Int]", "[1, 2]"));

    [Fact]
    public async Task A_single_value_for_a_list_becomes_a_list_of_one() => Assert.Equal(new[] { 3 }, await Read<List<int>>("[Int]", "3"));
}
