using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

/// <summary>A load either happens completely or leaves the graph exactly as it was.</summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class AllOrNothingTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task A_broken_folder_writes_nothing_and_lists_its_problems()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        var before = await GraphSnapshot.TakeAsync(neo4j.Driver);
        using var broken = SeedFolder.CopyOf(SeedFolder.Valid)
            .Replace("people.yaml", "name: Trương Thị Mai", "name: Trương Thị Mai (changed)")
            .Replace("tenures.yaml", "person: person:dinh-tien-dung", "person: person:nobody");

        var run = await LoaderRuns.RunCommandAsync(broken.Path, neo4j.Driver);

        Assert.Equal(ExitCodes.InvalidSeedData, run.ExitCode);
        Assert.Contains("tenures.yaml:3: tenure:dinh-tien-dung--secretary-hanoi-party-committee: person: unknown person 'person:nobody'", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Driver));
    }

    /// <summary>Both write paths: compare-and-MERGE over a loaded graph, plain CREATE into an empty one.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_failure_in_the_middle_of_a_load_rolls_back_what_was_already_written(bool graphLoadedBefore)
    {
        await neo4j.WipeAsync();
        if (graphLoadedBefore) await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        var before = await GraphSnapshot.TakeAsync(neo4j.Driver);

        // A valid change (a renamed person, written first) followed by a tenure whose person is not in
        // the graph: validation would never let this through, so the plan is built by hand.
        using var renamed = SeedFolder.CopyOf(SeedFolder.Valid).Replace("people.yaml", "name: Trương Thị Mai", "name: Trương Thị Mai (renamed)");
        var (seeds, problems) = SeedValidator.ReadAndValidate(renamed.Path);
        Assert.Empty(problems);
        var plan = new GraphPlanBuilder().Build(seeds);
        var orphan = new KeyedRelationshipRow("tenure:nobody--secretary-hanoi-party-committee", "person:nobody",
            "position:secretary-hanoi-party-committee", new Dictionary<string, object?> { ["id"] = "tenure:nobody--secretary-hanoi-party-committee" });
        plan = plan with
        {
            KeyedRelationships = [.. plan.KeyedRelationships, new KeyedRelationshipSet(RelationshipTypes.Held, Labels.Person, Labels.Position, [orphan])],
        };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => new GraphWriter(neo4j.Driver).WriteAsync(plan));

        Assert.Contains("endpoint node is missing", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Driver));
    }

    /// <summary>
    /// A load is sent as many requests into one open HTTP transaction (a batch of statements each, so no
    /// request body holds the whole load): a failure in the last request still undoes every earlier one.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_failure_in_a_later_request_rolls_back_the_earlier_requests(bool graphLoadedBefore)
    {
        await neo4j.WipeAsync();
        if (graphLoadedBefore) await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        var before = await GraphSnapshot.TakeAsync(neo4j.Driver);
        using var renamed = SeedFolder.CopyOf(SeedFolder.Valid).Replace("people.yaml", "name: Trương Thị Mai", "name: Trương Thị Mai (renamed)");
        var plan = LoaderRuns.Plan(renamed.Path);
        var orphan = new KeyedRelationshipRow("tenure:nobody--secretary-hanoi-party-committee", "person:nobody",
            "position:secretary-hanoi-party-committee", new Dictionary<string, object?> { ["id"] = "tenure:nobody--secretary-hanoi-party-committee" });
        plan = plan with
        {
            KeyedRelationships = [.. plan.KeyedRelationships, new KeyedRelationshipSet(RelationshipTypes.Held, Labels.Person, Labels.Position, [orphan])],
        };
        var counting = new RequestCountingDriver(neo4j.Driver);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new GraphWriter(counting, new WriteOptions(BatchSize: 1, StatementsPerRequest: 1)).WriteAsync(plan));

        Assert.Contains("endpoint node is missing", failure.Message, StringComparison.Ordinal);
        // One row per statement, one statement per request: every node of the fixture went in a request of its own before the failing one.
        var nodes = plan.Nodes.Sum(n => n.Rows.Count);
        Assert.True(counting.Requests > nodes, $"{counting.Requests} requests for {nodes} nodes");
        Assert.Equal(0, counting.Commits);
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Driver));
    }

    /// <summary>The same load cut into one request per row and sent whole in a few requests writes the same graph.</summary>
    [Fact]
    public async Task A_load_cut_into_many_requests_writes_the_same_graph_as_one_in_few()
    {
        await neo4j.WipeAsync();
        await new GraphWriter(neo4j.Driver).WriteAsync(LoaderRuns.Plan(SeedFolder.Valid));
        var few = await GraphSnapshot.TakeAsync(neo4j.Driver);

        await neo4j.WipeAsync();
        var counting = new RequestCountingDriver(neo4j.Driver);
        var counts = await new GraphWriter(counting, new WriteOptions(BatchSize: 1, StatementsPerRequest: 1)).WriteAsync(LoaderRuns.Plan(SeedFolder.Valid));

        Assert.Equal(1, counting.Commits);
        Assert.True(counting.Requests > 20, $"{counting.Requests} requests");
        Assert.Equal(few, await GraphSnapshot.TakeAsync(neo4j.Driver));
        Assert.Equal(0, counts.Updated + counts.Removed);
    }

    /// <summary>Node batches also end at a number of characters (a source's text is large): cut at every node, the graph is the same.</summary>
    [Fact]
    public async Task Nodes_batched_by_their_text_size_write_the_same_graph()
    {
        await neo4j.WipeAsync();
        await new GraphWriter(neo4j.Driver).WriteAsync(LoaderRuns.Plan(SeedFolder.Valid));
        var whole = await GraphSnapshot.TakeAsync(neo4j.Driver);

        await neo4j.WipeAsync();
        var counting = new RequestCountingDriver(neo4j.Driver);
        var plan = LoaderRuns.Plan(SeedFolder.Valid);
        await new GraphWriter(counting, new WriteOptions(StatementsPerRequest: 1, BatchCharacters: 1)).WriteAsync(plan);

        var nodes = plan.Nodes.Sum(n => n.Rows.Count);
        Assert.True(counting.Requests >= nodes, $"{counting.Requests} requests for {nodes} nodes: one statement per node");
        Assert.Equal(whole, await GraphSnapshot.TakeAsync(neo4j.Driver));
    }

    [Fact]
    public async Task A_dry_run_validates_without_connecting()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await new LoadCommand(output, error).RunAsync(SeedFolder.Valid, LoadMode.ValidateOnly,
            connect: () => throw new InvalidOperationException("a dry run must not connect"));

        Assert.Equal(ExitCodes.Loaded, exit);
        Assert.Contains("10 records valid", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Validated only: nothing was written.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }
}
