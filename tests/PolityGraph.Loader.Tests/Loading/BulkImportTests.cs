using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Writing.Bulk;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

/// <summary>A local instance of the tests' own, which a bulk import may stop, replace the store of, and restart.</summary>
public sealed class BulkInstance : IAsyncLifetime
{
    public Neo4jInstance Instance { get; private set; } = null!;

    public BulkTarget Target => new(Instance.Directory, RepositoryRoot.Combine("graph-model", "neo4j", "neo4j.sh"));

    public INeo4jDriver Connect() => new Neo4jHttpDriver(Instance.Options);

    public async Task InitializeAsync() => Instance = await Neo4jInstance.StartThrowawayAsync();

    public async Task DisposeAsync() => await Instance.DisposeAsync();
}

/// <summary>
/// A first load into an empty local graph goes through Neo4j's offline importer (neo4j-import) and must
/// give exactly the graph the transactional load gives for the same files.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class BulkImportTests(Neo4jServerFixture neo4j, BulkInstance local) : IClassFixture<BulkInstance>
{
    [Theory]
    [InlineData("fixture")]
    [InlineData("seed-data")]
    public async Task A_bulk_load_equals_a_transactional_load_of_the_same_files(string which)
    {
        var folder = which == "fixture" ? SeedFolder.Valid : RepositoryRoot.Combine("seed-data");
        await using (var before = local.Connect()) await WipeAsync(before);

        var bulk = await RunAsync(folder);

        Assert.True(bulk.ExitCode == ExitCodes.Loaded, bulk.Error);
        Assert.Contains("bulk import with Neo4j's offline importer", bulk.Output, StringComparison.Ordinal);
        await using var driver = local.Connect();
        var bulkGraph = await GraphSnapshot.TakeAsync(driver);
        await neo4j.WipeAsync();
        var transactional = await LoaderRuns.LoadAsync(folder, neo4j.Driver);
        Assert.Equal(await GraphSnapshot.TakeAsync(neo4j.Driver), bulkGraph);
        Assert.Matches($@"Total: {transactional.Created} created, 0 updated, 0 removed", bulk.Output);

        // The graph is no longer empty: the next load is transactional, and finds nothing to change.
        var reload = await RunAsync(folder);
        Assert.DoesNotContain("bulk import", reload.Output, StringComparison.Ordinal);
        Assert.Contains($"Total: 0 created, 0 updated, 0 removed, {transactional.Created} unchanged", reload.Output, StringComparison.Ordinal);
        // The schema was created after the import.
        var constraints = await driver.RunAsync("CALL db.constraints() YIELD description RETURN count(*) AS count");
        Assert.Equal((long)Labels.All.Count, constraints.Records[0]["count"]);
    }

    [Fact]
    public async Task A_failed_import_leaves_the_empty_graph_and_a_running_instance()
    {
        await using (var before = local.Connect()) await WipeAsync(before);
        var plan = LoaderRuns.Plan(SeedFolder.Valid);
        var orphan = new KeyedRelationshipRow("tenure:nobody--secretary-hanoi-party-committee", "person:nobody",
            "position:secretary-hanoi-party-committee", new Dictionary<string, object?> { ["id"] = "tenure:nobody--secretary-hanoi-party-committee" });
        plan = plan with
        {
            KeyedRelationships = [.. plan.KeyedRelationships, new KeyedRelationshipSet(RelationshipTypes.Held, Labels.Person, Labels.Position, [orphan])],
        };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => new BulkImporter(local.Target).ImportAsync(plan, local.Connect));

        Assert.Contains("neo4j-import failed", failure.Message, StringComparison.Ordinal);
        await using var driver = local.Connect();
        var graph = await GraphSnapshot.TakeAsync(driver); // answering at all: the instance was started again
        Assert.Equal((0L, 0L), (graph.Nodes, graph.Relationships));
    }

    [Fact]
    public void Values_the_CSV_reader_would_misread_keep_the_load_transactional()
    {
        var plan = LoaderRuns.Plan(SeedFolder.Valid);
        Assert.Null(ImportCsv.Unsupported(plan));
        var person = plan.Nodes.Single(n => n.Label == Labels.Person);
        var withBackslash = new NodeRow("person:x", new Dictionary<string, object?> { ["id"] = "person:x", ["name"] = @"C:\path\" });
        plan = plan with { Nodes = [.. plan.Nodes.Where(n => n != person), person with { Rows = [.. person.Rows, withBackslash] }] };

        Assert.Contains("backslash", ImportCsv.Unsupported(plan), StringComparison.Ordinal);
    }

    private async Task<LoaderRuns.Run> RunAsync(string folder)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new LoadCommand(output, error) { Bulk = local.Target }.RunAsync(folder, LoadMode.Load, local.Connect);
        return new LoaderRuns.Run(exit, output.ToString(), error.ToString());
    }

    private static async Task WipeAsync(INeo4jDriver driver) => await driver.RunAsync("MATCH (n) DETACH DELETE n");
}
