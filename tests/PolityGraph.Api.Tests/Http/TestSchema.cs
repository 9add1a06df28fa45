using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using GraphQLSchema = PolityGraph.GraphQL.Types.Schema;
using PolityGraph.Neo4j;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// A small schema that exercises the endpoint rather than the domain: a greeting, a list to sum (large
/// variables), a field that waits (the timeout), one that fails (field errors keep data), a recursive list
/// (depth and complexity limits), a mutation (GET must refuse it) and one Cypher call (Server-Timing).
/// </summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          "Adds the numbers up; lets a test send a large list variable."
          sum(values: [Int!]!): Int!
          "Waits, honouring cancellation, so the execution timeout can be tested."
          slow(milliseconds: Int!): String
          "Always fails: a field error, while the rest of the data stays."
          failing: String
          people(first: Int): [Person!]!
          "Runs RETURN 1 on the registered Neo4j driver."
          cypherOne: Int
        }

        type Person {
          name: String!
          friends(first: Int): [Person!]!
        }

        type Mutation {
          rename(name: String!): String!
        }
        """;

    public static GraphQLSchema Build() => SchemaBuilder.FromSdl(Sdl)
        .AddResolver("Query", "hello", context => new ValueTask<object?>($"Hello, {context.ArgumentValue<string>("name")}!"))
        .AddResolver("Query", "sum", context =>
        {
            var values = (IEnumerable<object?>)context.Arguments["values"]!;
            return new ValueTask<object?>(values.Sum(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
        })
        .AddResolver("Query", "slow", async context =>
        {
            await Task.Delay(context.ArgumentValue<int>("milliseconds"), context.CancellationToken);
            return "done";
        })
        .AddResolver("Query", "failing", _ => throw new InvalidOperationException("This field always fails."))
        .AddResolver("Query", "people", context => new ValueTask<object?>(People("person", context.Arguments)))
        .AddResolver("Person", "friends", context =>
            new ValueTask<object?>(People((string)((IReadOnlyDictionary<string, object?>)context.Parent!)["name"]!, context.Arguments)))
        .AddResolver("Query", "cypherOne", async context =>
        {
            var driver = (INeo4jDriver?)context.Services?.GetService(typeof(INeo4jDriver))
                ?? throw new InvalidOperationException("No Neo4j driver is registered.");
            var result = await driver.RunAsync("RETURN 1 AS one", cancellationToken: context.CancellationToken);
            return Convert.ToInt32(result.Records[0]["one"], System.Globalization.CultureInfo.InvariantCulture);
        })
        .AddResolver("Mutation", "rename", context => new ValueTask<object?>(context.ArgumentValue<string>("name")))
        .Build();

    private static List<IReadOnlyDictionary<string, object?>> People(string parent, IReadOnlyDictionary<string, object?> arguments)
    {
        var count = arguments.TryGetValue("first", out var first) && first is int n ? Math.Clamp(n, 0, 50) : 2;
        return Enumerable.Range(1, count)
            .Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["name"] = $"{parent}.{i}" })
            .ToList();
    }
}
