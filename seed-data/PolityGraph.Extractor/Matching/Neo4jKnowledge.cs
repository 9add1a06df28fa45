using PolityGraph.GraphModel;
using PolityGraph.Neo4j;

namespace PolityGraph.Extractor.Matching;

/// <summary>
/// The people, positions, bodies, coded documents and events the running Neo4j holds (NEO4J_URI), with their properties, the posts each person
/// holds, each post's body, and every tenure and participation, read with the project's client: so a draft reuses their ids, and writes
/// what the graph says of them, even when they came from another seed folder.
/// </summary>
public static class Neo4jKnowledge
{
    // Labels and relationship types come from the graph model; values are never spliced into Cypher.
    // The pattern comprehensions give what matching and the draft's comments need: the posts a person holds
    // (to tell namesakes apart, as for the seed's people) and a post's body.
    private static readonly (string Label, string NameProperty, string Links)[] Kinds =
    [
        (Labels.Person, Properties.Name, $"[(n)-[:{RelationshipTypes.Held}]->(p:{Labels.Position}) | p.{Properties.Id}]"),
        (Labels.Position, Properties.Title, $"[(n)-[:{RelationshipTypes.InBody}]->(b:{Labels.Body}) | b.{Properties.Id}]"),
        (Labels.Body, Properties.Name, "[]"),
        (Labels.Resolution, Properties.Code, "[]"),
        (Labels.Event, Properties.Title, "[]"),
    ];

    public static async Task<IReadOnlyList<KnownNode>> ReadAsync(INeo4jDriver driver, CancellationToken cancellationToken = default)
    {
        var nodes = new List<KnownNode>();
        foreach (var (label, property, links) in Kinds)
        {
            var result = await driver.RunAsync(
                $"MATCH (n:{label}) WHERE n.{Properties.Id} IS NOT NULL RETURN n.{Properties.Id} AS id, n.{property} AS name, properties(n) AS properties, {links} AS links",
                cancellationToken: cancellationToken);
            nodes.AddRange(result.Records
                .Where(r => r["name"] is string)
                .Select(r => new KnownNode(label, (string)r["id"]!, (string)r["name"]!)
                {
                    Properties = r["properties"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
                    Links = r["links"] is List<object?> ids ? [.. ids.OfType<string>()] : [],
                }));
        }
        return nodes;
    }

    /// <summary>Every tenure (HELD) the graph holds, with its endpoints and properties.</summary>
    public static async Task<IReadOnlyList<KnownTenure>> ReadTenuresAsync(INeo4jDriver driver, CancellationToken cancellationToken = default) =>
        [.. (await ReadKeyedAsync(driver, Labels.Person, RelationshipTypes.Held, Labels.Position, cancellationToken))
            .Select(r => new KnownTenure(r.Id, r.From, r.To, r.Properties))];

    /// <summary>Every participation (PARTICIPATED_IN) the graph holds, with its endpoints and properties.</summary>
    public static async Task<IReadOnlyList<KnownParticipation>> ReadParticipationsAsync(INeo4jDriver driver, CancellationToken cancellationToken = default) =>
        [.. (await ReadKeyedAsync(driver, Labels.Person, RelationshipTypes.ParticipatedIn, Labels.Event, cancellationToken))
            .Select(r => new KnownParticipation(r.Id, r.From, r.To, r.Properties))];

    /// <summary>The relationships of one type that carry an id (the seed's keyed facts), with their endpoints' ids and their properties.</summary>
    private static async Task<IEnumerable<(string Id, string From, string To, IReadOnlyDictionary<string, object?> Properties)>> ReadKeyedAsync(
        INeo4jDriver driver, string fromLabel, string type, string toLabel, CancellationToken cancellationToken)
    {
        var result = await driver.RunAsync(
            $"MATCH (a:{fromLabel})-[r:{type}]->(b:{toLabel}) WHERE r.{Properties.Id} IS NOT NULL "
            + $"RETURN r.{Properties.Id} AS id, a.{Properties.Id} AS fromId, b.{Properties.Id} AS toId, properties(r) AS properties",
            cancellationToken: cancellationToken);
        return result.Records
            .Where(r => r["id"] is string && r["fromId"] is string && r["toId"] is string)
            .Select(r => ((string)r["id"]!, (string)r["fromId"]!, (string)r["toId"]!,
                r["properties"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>()));
    }
}
