using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Writing;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

/// <summary>
/// Neo4j's own plans for every statement the loader sends, asked with EXPLAIN (nothing runs). A lookup
/// by id that scans a label or a whole index makes a load quadratic in the size of the graph, which no
/// small test would notice by its speed: Neo4j 3.1 planned the hinted OPTIONAL MATCH of the node upsert
/// as a scan of the whole index per row, and a reload of 10,000 unchanged people took 79 s instead of 1 s.
/// The plans are asked on a graph of some size: on a few nodes 3.1 rightly prefers scans.
/// Not checked here, by design: the inventory read once per load (LoadCypher.NodeInventory,
/// RelationshipInventoryPage), which reads every node of a label once, linear in the graph, not per row.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class LoadPlanTests(Neo4jServerFixture neo4j)
{
    private const int FillerPerLabel = 5000;

    // Cost planner names (3.x to 5.x) and the 3.x rule planner's (a label scan there is NodeByLabel, a full scan AllNodes).
    private static readonly string[] Scans = ["NodeIndexScan", "NodeUniqueIndexScan", "NodeByLabelScan", "AllNodesScan", "NodeByLabel", "AllNodes"];

    [Fact]
    public async Task No_statement_of_a_first_load_or_a_reload_scans_for_what_it_looks_up_or_deletes()
    {
        await neo4j.WipeAsync();
        var plan = LoaderRuns.Plan(SeedFolder.Valid);
        var writer = new GraphWriter(neo4j.Driver);
        await writer.WriteAsync(plan); // constraints and indexes exist, as on any load
        // Plans follow statistics: on a handful of nodes a scan is as good as a seek, and 3.1 picks it.
        // What matters is the graph a large load meets, so each label first gets thousands of nodes.
        foreach (var label in plan.Nodes.Select(n => n.Label))
            await neo4j.Driver.RunAsync($"UNWIND range(1, $count) AS i CREATE (:{label} {{id: 'filler:' + toString(i)}})",
                new Dictionary<string, object?> { ["count"] = FillerPerLabel });

        var everyKindEmpty = plan.Nodes.Select(n => n.Label)
            .Concat(plan.KeyedRelationships.Select(k => k.Type))
            .Concat(plan.Links.Select(l => l.Type))
            .Append(global::PolityGraph.GraphModel.RelationshipTypes.AttestedBy)
            .ToHashSet(StringComparer.Ordinal);
        // A reload that also deletes: nodes gone from the files, keyed relationships gone or moved (internal ids; EXPLAIN runs nothing).
        IReadOnlyList<long> someIds = [0, 1, 2];
        var deleting = new GraphDiff(new HashSet<string>(),
            plan.Nodes.ToDictionary(n => n.Label, _ => someIds),
            plan.KeyedRelationships.ToDictionary(k => k.Type, _ => someIds),
            plan.KeyedRelationships.ToDictionary(k => k.Type, _ => someIds),
            plan.KeyedRelationships.ToDictionary(k => k.Type, _ => 1));
        var statements = writer.StatementsFor(plan, GraphDiff.Nothing(everyKindEmpty))
            .Concat(writer.StatementsFor(plan, deleting))
            // A load that adds (--keep-absent) first reads the stored properties of what it merges into, by internal id.
            .Append(new PolityGraph.Neo4j.Statement(LoadCypher.NodeProperties, new Dictionary<string, object?> { ["ids"] = someIds }))
            .Append(new PolityGraph.Neo4j.Statement(LoadCypher.RelationshipProperties, new Dictionary<string, object?> { ["ids"] = someIds }))
            .DistinctBy(s => s.Cypher)
            .ToList();
        Assert.True(statements.Count >= 10, $"only {statements.Count} distinct statements");

        var operators = await ExplainAsync(statements);

        var scanning = statements.Zip(operators)
            .Where(p => p.Second.Intersect(Scans).Any())
            .Select(p => $"{string.Join(" > ", p.Second)}\n{p.First.Cypher}")
            .ToList();
        Assert.True(scanning.Count == 0, "Statements whose plan scans:\n\n" + string.Join("\n\n", scanning));
        // Every statement finds its nodes through the index: a seek (cost planner) or SchemaIndex (3.x rule planner).
        Assert.All(operators, ops => Assert.Contains(ops, o => o.Contains("Seek", StringComparison.Ordinal) || o == "SchemaIndex"
            || o.StartsWith("Create", StringComparison.Ordinal) || o == "UpdateGraph"));
    }

    /// <summary>
    /// The operator names of each statement's plan, through the transactional HTTP endpoint (the driver
    /// returns rows only); one request per statement, as 3.1 fails to serialise several plans in one response.
    /// </summary>
    private async Task<List<List<string>>> ExplainAsync(IReadOnlyList<PolityGraph.Neo4j.Statement> statements)
    {
        var info = await neo4j.Driver.GetServerInfoAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{neo4j.Options.User}:{neo4j.Options.Password}")));
        var plans = new List<List<string>>();
        var fresh = Guid.NewGuid().ToString("N");
        foreach (var statement in statements)
        {
            var body = JsonSerializer.Serialize(new
            {
                // The comment makes the text new to Neo4j's plan cache, so the plan is made for today's statistics.
                statements = new[] { new { statement = $"EXPLAIN {statement.Cypher}\n// plan check {fresh}", parameters = statement.Parameters } },
            });
            using var response = await http.PostAsync(
                new Uri(info.Endpoint.ToString().TrimEnd('/') + "/commit"), new StringContent(body, Encoding.UTF8, "application/json"));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var errors = json.RootElement.GetProperty("errors");
            Assert.True(errors.GetArrayLength() == 0, $"{statement.Cypher}\n{errors}");
            plans.Add([.. Operators(json.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root"))]);
        }
        return plans;
    }

    private static IEnumerable<string> Operators(JsonElement node)
    {
        yield return node.GetProperty("operatorType").GetString()!;
        if (node.TryGetProperty("children", out var children))
            foreach (var child in children.EnumerateArray())
                foreach (var name in Operators(child))
                    yield return name;
    }
}
