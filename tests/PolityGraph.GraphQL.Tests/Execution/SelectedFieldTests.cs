using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>
/// ISelectedField gives a resolver its whole sub-tree (merged, fragments resolved per type, @skip/@include
/// applied, arguments coerced), so it can fetch everything in one query and return a shaped result.
/// </summary>
public class SelectedFieldTests
{
    private const string Sdl = """
        interface Node { id: ID! }
        type Person implements Node { id: ID! name: String! tenures(first: Int = 3): [Tenure!]! }
        type Body implements Node { id: ID! title: String! }
        type Tenure { role: String! }
        type Query { nodes(ids: [ID!]!): [Node!]! }
        """;

    private static string Describe(ISelectedField field, ObjectType? type, int depth)
    {
        var args = field.Arguments.Count == 0 ? "" : "(" + string.Join(", ", field.Arguments.Select(a => a.Key + ": " + Utilities.Inspect.Value(a.Value))) + ")";
        var line = new string(' ', depth * 2) + field.ResponseKey + "=" + field.Field.Name + args;
        var lines = new List<string> { line };
        if (type is not null)
            foreach (var child in field.SelectionsFor(type))
                lines.Add(Describe(child, child.Field.Type.GetNamedType() as ObjectType, depth + 1));
        return string.Join("\n", lines);
    }

    [Fact]
    public async Task A_resolver_sees_its_whole_sub_selection_per_concrete_type()
    {
        string? personView = null, bodyView = null;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "nodes", c =>
            {
                personView = Describe(c.Selection, (ObjectType)c.Schema.GetType("Person")!, 0);
                bodyView = Describe(c.Selection, (ObjectType)c.Schema.GetType("Body")!, 0);
                return new(Array.Empty<object>());
            })
            .Build();

        await TestSchema.RunAsync(schema, """
            query($skip: Boolean!, $n: Int) {
              nodes(ids: ["a", 2]) {
                __typename
                id
                ... on Person { name t: tenures(first: $n) { role } }
                ...B
                id @skip(if: $skip)
                ... on Person { name }
              }
            }
            fragment B on Body { title }
            """, """{"skip":true,"n":1}""");

        Assert.Equal("""
            nodes=nodes(ids: ["a", "2"])
              __typename=__typename
              id=id
              name=name
              t=tenures(first: 1)
                role=role
            """.ReplaceLineEndings("\n"), personView);
        Assert.Equal("""
            nodes=nodes(ids: ["a", "2"])
              __typename=__typename
              id=id
              title=title
            """.ReplaceLineEndings("\n"), bodyView);
    }

    [Fact]
    public async Task A_resolver_may_return_a_result_already_shaped_by_response_key()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "nodes", _ => new(new object[]
            {
                new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = "p", ["who"] = "Ada", ["name"] = "unused" },
            }))
            .Build();

        Assert.Equal("""{"data":{"nodes":[{"id":"p","who":"Ada","name":"unused"}]}}""",
            await TestSchema.RunAsync(schema, """{ nodes(ids: []) { id ... on Person { who: name name } } }"""));
    }
}
