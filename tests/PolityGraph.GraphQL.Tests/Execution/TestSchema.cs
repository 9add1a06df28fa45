using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>A small schema over in-memory data with sync, async, failing and null-returning resolvers.</summary>
public static class TestSchema
{
    public const string Sdl = """
        scalar Date

        enum Color { RED GREEN BLUE }

        input Point { x: Int! y: Int = 0 }

        interface Node { id: ID! }

        type Person implements Node {
          id: ID!
          name: String!
          born: Date
          friends: [Person!]!
          color: Color
        }

        type Item { name: String! bad: String! throwing: String }

        type Holder { value: String! items: [Item!]! nullableItems: [Item] }

        union Thing = Person | Item

        type Query {
          node(id: ID!): Node
          person(id: ID!): Person
          people: [Person!]!
          things: [Thing]
          holder: Holder
          nonNullHolder: Holder!
          nonNullFailure: String!
          failing: String
          coded: String
          async(value: String, delayMs: Int = 1): String
          echo(int: Int, float: Float, id: ID, text: String = "default", list: [Int], point: Point, color: Color, date: Date): String
          numbers: [Int!]
          mixedNumbers: [Int!]
          nullableNumbers: [Int]
          notAList: [Int]
        }

        type Mutation { append(value: String!, delayMs: Int = 0): [String!]! }
        """;

    public sealed record Person(string Id, string Name, string? Born, string[] FriendIds, string? Color);

    public static readonly Person[] People =
    {
        new("p1", "Ada", "1815-12-10", new[] { "p2" }, "RED"),
        new("p2", "Bo", null, Array.Empty<string>(), null),
    };

    public static Schema Build(List<string>? mutationLog = null)
    {
        var log = mutationLog ?? new List<string>();
        return SchemaBuilder.FromSdl(Sdl)
            .AddScalar(new DateScalar())
            .AddResolver("Query", "node", c => new(People.FirstOrDefault(p => p.Id == c.ArgumentValue<string>("id"))))
            .AddResolver("Query", "person", c => new(People.FirstOrDefault(p => p.Id == c.ArgumentValue<string>("id"))))
            .AddResolver("Query", "people", _ => new(People))
            .AddResolver("Person", "friends", c => new(((Person)c.Parent!).FriendIds.Select(id => People.First(p => p.Id == id))))
            .AddResolver("Query", "things", _ => new(new object?[]
            {
                People[0],
                new Dictionary<string, object?> { ["__typename"] = "Item", ["name"] = "lamp", ["bad"] = "ok" },
                null,
            }))
            .AddResolver("Query", "holder", _ => new(Holder()))
            .AddResolver("Query", "nonNullHolder", _ => new(Holder()))
            .AddResolver("Query", "nonNullFailure", _ => new((object?)null))
            .AddResolver("Query", "failing", _ => throw new InvalidOperationException("The archive is closed."))
            .AddResolver("Query", "coded", _ => throw new GraphQLException("Not allowed.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))
            .AddResolver("Query", "async", async c =>
            {
                await Task.Delay(c.ArgumentValue<int>("delayMs"), c.CancellationToken);
                return c.ArgumentValue<string>("value");
            })
            .AddResolver("Query", "echo", c => new(string.Join(", ", c.Arguments.Select(a => a.Key + "=" + Inspect.Value(a.Value)))))
            .AddResolver("Query", "numbers", _ => new(new[] { 1, 2, 3 }))
            .AddResolver("Query", "mixedNumbers", _ => new(new object?[] { 1, null, 3 }))
            .AddResolver("Query", "nullableNumbers", _ => new(new object?[] { 1, "x", 3 }))
            .AddResolver("Query", "notAList", _ => new("abc"))
            .AddResolver("Mutation", "append", async c =>
            {
                await Task.Delay(c.ArgumentValue<int>("delayMs"));
                lock (log) log.Add(c.ArgumentValue<string>("value"));
                lock (log) return log.ToArray();
            })
            .AddTypeResolver("Node", (value, _) => value is Person ? "Person" : null)
            .Build();
    }

    private static Dictionary<string, object?> Holder() => new()
    {
        ["value"] = "v",
        ["items"] = new object?[] { Item("a", "ok"), Item("b", null) },
        ["nullableItems"] = new object?[] { Item("a", "ok"), Item("b", null) },
    };

    private static Dictionary<string, object?> Item(string name, string? bad) => new()
    {
        ["name"] = name,
        ["bad"] = bad,
    };

    public static async Task<string> RunAsync(Schema schema, string query, string? variablesJson = null, string? operationName = null, ExecutionOptions? options = null)
    {
        var executor = new RequestExecutor(schema, options ?? new ExecutionOptions { DocumentCacheSize = 10 });
        return await RunAsync(executor, query, variablesJson, operationName);
    }

    public static async Task<string> RunAsync(IRequestExecutor executor, string query, string? variablesJson = null, string? operationName = null)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (variablesJson is not null)
            variables = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(variablesJson)!
                .ToDictionary(p => p.Key, p => (object?)p.Value);
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, operationName, variables));
        return ExecutionResultJsonWriter.Serialize(result);
    }
}
