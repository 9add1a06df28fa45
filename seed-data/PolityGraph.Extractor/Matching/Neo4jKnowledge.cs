using PolityGraph.GraphModel;
using PolityGraph.Neo4j;

namespace PolityGraph.Extractor.Matching;

/// <summary>
/// The people, positions and bodies the running Neo4j holds (NEO4J_URI), read with the project's
/// client, so a draft reuses their ids even when they came from another seed folder.
/// </summary>
public static class Neo4jKnowledge
{
    // Labels come from the graph model; values are never spliced into Cypher.
    private static readonly (string Label, string NameProperty)[] Kinds =
    [
        (Labels.Person, "name"), (Labels.Position, "title"), (Labels.Body, "name"),
    ];

    public static async Task<IReadOnlyList<KnownNode>> ReadAsync(INeo4jDriver driver, CancellationToken cancellationToken = default)
    {
        var nodes = new List<KnownNode>();
        foreach (var (label, property) in Kinds)
        {
            var result = await driver.RunAsync(
                $"MATCH (n:{label}) WHERE n.id IS NOT NULL RETURN n.id AS id, n.{property} AS name",
                cancellationToken: cancellationToken);
            nodes.AddRange(result.Records
                .Where(r => r["name"] is string)
                .Select(r => new KnownNode(label, (string)r["id"]!, (string)r["name"]!)));
        }
        return nodes;
    }
}
