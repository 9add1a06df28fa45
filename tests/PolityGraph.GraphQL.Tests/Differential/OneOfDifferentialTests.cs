using System.Text.Json;
using System.Text.Json.Nodes;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>
/// OneOf Input Objects executed by our engine and by graphql-js (tests/differential/execute.mjs) on the same
/// SDL, documents and variables: the same coerced arguments, the same errors (messages and paths). Covers
/// literal and variable coercion; validation is the corpus's (ValuesOfCorrectType.graphql), introspection
/// IntrospectionDifferentialTests' (the corpus schema has a @oneOf input).
/// </summary>
public sealed class OneOfDifferentialTests
{
    private const string Sdl = """
        input Lookup @oneOf { id: ID  code: String  nested: Range }
        input Range { from: Int  to: Int = 10 }
        type Query {
          find(by: Lookup): String
          must(by: Lookup!): String
          many(by: [Lookup!]): String
        }
        """;

    public static readonly (string Query, string? Variables)[] Cases =
    [
        ("""{ find(by: { id: "1" }) }""", null),
        ("""{ find(by: { code: "28-NQ/TW" }) }""", null),
        ("""{ find(by: { nested: { from: 1 } }) }""", null),
        ("""{ many(by: [{ id: 1 }, { code: "x" }]) }""", null),
        ("""query ($by: Lookup) { find(by: $by) }""", """{"by": {"id": "7"}}"""),
        ("""query ($by: Lookup) { find(by: $by) }""", """{"by": {"id": "7", "code": "x"}}"""),
        ("""query ($by: Lookup) { find(by: $by) }""", """{"by": {}}"""),
        ("""query ($by: Lookup) { find(by: $by) }""", """{"by": {"code": null}}"""),
        ("""query ($by: Lookup) { find(by: $by) }""", """{"by": {"unknown": 1}}"""),
        ("""query ($by: Lookup) { find(by: $by) }""", """{"by": null}"""),
        ("""query ($by: Lookup!) { must(by: $by) }""", """{"by": {"nested": {"from": 2}}}"""),
        ("""query ($by: [Lookup!]) { many(by: $by) }""", """{"by": [{"id": 1}, {"id": 2, "code": "y"}]}"""),
        ("""query ($by: [Lookup!]) { many(by: $by) }""", """{"by": {"code": "single"}}"""),
        ("""query ($id: ID!) { find(by: { id: $id }) }""", """{"id": "9"}"""),
        ("""query ($by: Lookup) { find(by: $by) }""", """{"by": "not an object"}"""),
    ];

    [Fact]
    public async Task Our_engine_coerces_OneOf_values_as_graphql_js_does()
    {
        var input = new JsonObject
        {
            ["schema"] = Sdl,
            ["cases"] = new JsonArray(Cases.Select(c => (JsonNode)new JsonObject
            {
                ["query"] = c.Query,
                ["variables"] = c.Variables is null ? null : JsonNode.Parse(c.Variables),
            }).ToArray()),
        };
        var theirs = JsonNode.Parse(NodeHarness.Run("execute.mjs", Array.Empty<string>(), input.ToJsonString()))!.AsArray();

        var builder = SchemaBuilder.FromSdl(Sdl);
        foreach (var field in new[] { "find", "must", "many" })
            builder.AddResolver("Query", field, context => new ValueTask<object?>(Sorted(context.Arguments)!.ToJsonString()));
        var executor = new RequestExecutor(builder.Build());

        var disagreements = new List<string>();
        for (var i = 0; i < Cases.Length; i++)
        {
            var (query, variables) = Cases[i];
            var variableMap = variables is null ? null
                : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variables)!.ToDictionary(p => p.Key, p => (object?)p.Value);
            var result = await executor.ExecuteAsync(new GraphQLRequest(query, null, variableMap));
            var ours = JsonNode.Parse(ExecutionResultJsonWriter.Serialize(result))!;
            var expected = new JsonObject
            {
                ["data"] = theirs[i]!["data"]?.DeepClone(),
                ["errors"] = new JsonArray(theirs[i]!["errors"]!.AsArray().Select(e => (JsonNode?)e!["message"]!.DeepClone()).ToArray()),
            };
            var actual = new JsonObject
            {
                ["data"] = ours["data"]?.DeepClone(),
                ["errors"] = new JsonArray((ours["errors"]?.AsArray() ?? []).Select(e => (JsonNode?)e!["message"]!.DeepClone()).ToArray()),
            };
            if (!JsonNode.DeepEquals(expected, actual))
                disagreements.Add($"{query} {variables}\n    graphql-js: {expected.ToJsonString()}\n    ours:       {actual.ToJsonString()}");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static JsonNode? Sorted(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        IEnumerable<object?> list when value is not string => new JsonArray(list.Select(Sorted).ToArray()),
        _ => JsonValue.Create(value),
    };
}
