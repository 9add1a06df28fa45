using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Tests.Support;

/// <summary>
/// The whole graph reduced to counts and a checksum of every label, relationship and property,
/// so "the graph is exactly as it was" is one equality.
/// </summary>
public sealed record GraphSnapshot(long Nodes, long Relationships, string Checksum)
{
    public static async Task<GraphSnapshot> TakeAsync(INeo4jDriver driver)
    {
        var nodes = await driver.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties");
        var relationships = await driver.RunAsync(
            "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties");
        var lines = nodes.Records.Select(r => Canonical(r.Values))
            .Concat(relationships.Records.Select(r => Canonical(r.Values)))
            .Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        return new GraphSnapshot(nodes.Records.Count, relationships.Records.Count, Convert.ToHexString(hash));
    }

    /// <summary>JSON with map keys sorted, so equal graphs give equal text whatever order Neo4j returns keys in.</summary>
    private static string Canonical(object? value) => JsonSerializer.Serialize(Sorted(value));

    private static object? Sorted(object? value) => value switch
    {
        IDictionary<string, object?> map => new SortedDictionary<string, object?>(
            map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        IEnumerable<object?> list when value is not string => list.Select(Sorted).ToList(),
        _ => value,
    };
}
