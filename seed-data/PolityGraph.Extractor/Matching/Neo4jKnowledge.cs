using PolityGraph.Extractor.Grammar;
using PolityGraph.GraphModel;
using PolityGraph.Neo4j;

namespace PolityGraph.Extractor.Matching;

/// <summary>
/// What the running Neo4j (NEO4J_URI) holds that an article can match, read with the project's client: so a draft
/// reuses those ids and writes what the graph says of them, even when they came from another seed folder.
/// Only what the article can name is read, so the cost follows the article, not the graph: the people whose folded
/// name or alias contains a name the article gives (the <c>searchKey</c> index), with the posts each holds and their
/// tenures and participations; the events on the reported date; and every post, body and coded document (the
/// institutions, bounded by the state's size, not the number of people).
/// </summary>
public static class Neo4jKnowledge
{
    // Labels and relationship types come from the graph model; values are never spliced into Cypher.
    // The pattern comprehensions give what matching and the draft's comments need: the posts a person holds
    // (to tell namesakes apart, as for the seed's people) and a post's body.
    private static string Node(string nameProperty, string links) =>
        $"RETURN n.{Properties.Id} AS id, n.{nameProperty} AS name, properties(n) AS properties, {links} AS links";

    private static readonly string PersonLinks = $"[(n)-[:{RelationshipTypes.Held}]->(p:{Labels.Position}) | p.{Properties.Id}]";

    /// <summary>The statements, with their parameters, that read what an article with these facts can match.</summary>
    private static IEnumerable<(string Label, string Cypher, Dictionary<string, object?> Parameters)> NodeReads(ArticleFacts facts)
    {
        var names = facts.Posts.Select(f => f.Person).Concat(facts.Participations.Select(p => p.Person))
            .Select(SearchFolding.Fold).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count > 0)
            yield return (Labels.Person,
                $"UNWIND $names AS name MATCH (n:{Labels.Person}) WHERE n.{Properties.SearchKey} CONTAINS name AND n.{Properties.Id} IS NOT NULL "
                + $"WITH DISTINCT n {Node(Properties.Name, PersonLinks)}",
                new() { ["names"] = names });
        yield return (Labels.Position, $"MATCH (n:{Labels.Position}) WHERE n.{Properties.Id} IS NOT NULL "
            + Node(Properties.Title, $"[(n)-[:{RelationshipTypes.InBody}]->(b:{Labels.Body}) | b.{Properties.Id}]"), []);
        yield return (Labels.Body, $"MATCH (n:{Labels.Body}) WHERE n.{Properties.Id} IS NOT NULL " + Node(Properties.Name, "[]"), []);
        yield return (Labels.Resolution, $"MATCH (n:{Labels.Resolution}) WHERE n.{Properties.Id} IS NOT NULL " + Node(Properties.Code, "[]"), []);
        if (facts.Event?.Date is { } date)
            yield return (Labels.Event, $"MATCH (n:{Labels.Event}) WHERE n.{Properties.Date} = $date AND n.{Properties.Id} IS NOT NULL " + Node(Properties.Title, "[]"),
                new() { ["date"] = date });
    }

    /// <summary>What Neo4j holds that an article with these facts can match: nodes, and the tenures and participations of the people among them.</summary>
    public static async Task<(IReadOnlyList<KnownNode> Nodes, IReadOnlyList<KnownTenure> Tenures, IReadOnlyList<KnownParticipation> Participations)> ReadForAsync(
        INeo4jDriver driver, ArticleFacts facts, CancellationToken cancellationToken = default)
    {
        var nodes = new List<KnownNode>();
        foreach (var (label, cypher, parameters) in NodeReads(facts))
        {
            var result = await driver.RunReadAsync(cypher, parameters, cancellationToken);
            nodes.AddRange(result.Records
                .Where(r => r["id"] is string && r["name"] is string)
                .Select(r => new KnownNode(label, (string)r["id"]!, (string)r["name"]!)
                {
                    Properties = r["properties"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
                    Links = r["links"] is List<object?> ids ? [.. ids.OfType<string>()] : [],
                }));
        }
        var people = nodes.Where(n => n.Label == Labels.Person).Select(n => n.Id).ToList();
        var tenures = (await ReadKeyedAsync(driver, people, RelationshipTypes.Held, Labels.Position, cancellationToken))
            .Select(r => new KnownTenure(r.Id, r.From, r.To, r.Properties)).ToList();
        var participations = (await ReadKeyedAsync(driver, people, RelationshipTypes.ParticipatedIn, Labels.Event, cancellationToken))
            .Select(r => new KnownParticipation(r.Id, r.From, r.To, r.Properties)).ToList();
        return (nodes, tenures, participations);
    }

    /// <summary>Which of these ids Neo4j already gives to a node (of the label each id's prefix names): a new record must not take one.</summary>
    public static async Task<IReadOnlySet<string>> TakenAsync(INeo4jDriver driver, IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in ids.GroupBy(EntityIds.PrefixOf))
        {
            if (group.Key is null || LabelOf(group.Key) is not { } label) continue;
            var result = await driver.RunReadAsync(
                $"UNWIND $ids AS wanted MATCH (n:{label} {{{Properties.Id}: wanted}}) RETURN n.{Properties.Id} AS id",
                new Dictionary<string, object?> { ["ids"] = group.Distinct().ToList() }, cancellationToken);
            taken.UnionWith(result.Records.Select(r => r["id"]).OfType<string>());
        }
        return taken;
    }

    private static string? LabelOf(string prefix) => prefix switch
    {
        EntityIds.Person => Labels.Person,
        EntityIds.Body => Labels.Body,
        EntityIds.Position => Labels.Position,
        EntityIds.Resolution => Labels.Resolution,
        EntityIds.Event => Labels.Event,
        EntityIds.Source => Labels.Source,
        _ => null, // tenures and participations: their ids are made of their endpoints' ids
    };

    /// <summary>The relationships of one type from these people that carry an id (the seed's keyed facts), with their endpoints' ids and properties.</summary>
    private static async Task<IEnumerable<(string Id, string From, string To, IReadOnlyDictionary<string, object?> Properties)>> ReadKeyedAsync(
        INeo4jDriver driver, IReadOnlyList<string> people, string type, string toLabel, CancellationToken cancellationToken)
    {
        if (people.Count == 0) return [];
        var result = await driver.RunReadAsync(
            $"UNWIND $people AS person MATCH (a:{Labels.Person} {{{Properties.Id}: person}})-[r:{type}]->(b:{toLabel}) WHERE r.{Properties.Id} IS NOT NULL "
            + $"RETURN r.{Properties.Id} AS id, a.{Properties.Id} AS fromId, b.{Properties.Id} AS toId, properties(r) AS properties",
            new Dictionary<string, object?> { ["people"] = people }, cancellationToken);
        return result.Records
            .Where(r => r["id"] is string && r["fromId"] is string && r["toId"] is string)
            .Select(r => ((string)r["id"]!, (string)r["fromId"]!, (string)r["toId"]!,
                r["properties"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>()));
    }
}
