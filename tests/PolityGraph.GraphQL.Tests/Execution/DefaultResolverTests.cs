using System.Text.Json;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>Fields without a resolver read dictionaries (by response key, then name), JSON objects, and CLR properties.</summary>
public class DefaultResolverTests
{
    private const string Sdl = """
        type Query { item: Item }
        type Item { name: String tags: [String] count: Int child: Item }
        """;

    private sealed class ClrItem
    {
        public string Name { get; init; } = "";
        public int Count { get; init; }
        public string[] Tags { get; init; } = Array.Empty<string>();
        public ClrItem? Child { get; init; }
    }

    private static Task<string> Run(object root, string query) =>
        TestSchema.RunAsync(SchemaBuilder.FromSdl(Sdl).AddResolver("Query", "item", _ => new(root)).Build(), query);

    [Fact]
    public async Task Reads_json_elements()
    {
        var json = JsonDocument.Parse("""{"name":"x","tags":["a","b"],"count":3,"child":{"name":"y","count":null}}""").RootElement;
        Assert.Equal("""{"data":{"item":{"name":"x","tags":["a","b"],"count":3,"child":{"name":"y","count":null,"child":null}}}}""",
            await Run(json, "{ item { name tags count child { name count child { name } } } }"));
    }

    [Fact]
    public async Task Reads_clr_properties_case_insensitively()
    {
        var item = new ClrItem { Name = "x", Count = 2, Tags = new[] { "t" }, Child = new ClrItem { Name = "y" } };
        Assert.Equal("""{"data":{"item":{"name":"x","count":2,"tags":["t"],"child":{"name":"y","child":null}}}}""",
            await Run(item, "{ item { name count tags child { name child { name } } } }"));
    }

    [Fact]
    public async Task Reads_dictionaries_by_response_key_first()
    {
        var item = new Dictionary<string, object?> { ["name"] = "plain", ["label"] = "by alias" };
        Assert.Equal("""{"data":{"item":{"label":"by alias","name":"plain","count":null}}}""",
            await Run(item, "{ item { label: name name count } }"));
    }
}
