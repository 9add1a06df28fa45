using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Writing;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

/// <summary>
/// A load makes the graph equal to the files (issue 13, item 4): a reload over any earlier graph gives
/// exactly the graph a first load of the same files gives into an empty database, whatever moved or
/// went in between. Everything the loader owns (its labels, and the relationships of its nodes) that the
/// files no longer hold is removed; nodes of other labels are left alone.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class ConvergingReloadTests(Neo4jServerFixture neo4j)
{
    private const string Tenure = "tenure:dinh-tien-dung--secretary-hanoi-party-committee";

    /// <summary>The tenure and the participation move to another person under the same ids; the first person's record is deleted.</summary>
    private static SeedFolder MovedAndDeleted() => SeedFolder.CopyOf(SeedFolder.Valid)
        .Replace("tenures.yaml", "person: person:dinh-tien-dung", "person: person:truong-thi-mai")
        .Replace("events.yaml", "person: person:dinh-tien-dung", "person: person:truong-thi-mai")
        .Replace("people.yaml", """
              - id: person:dinh-tien-dung
                name: Đinh Tiến Dũng
                aliases: []
                evidence:
                  - source: source:hanoi-working-session
                    quote: "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng"

            """, "");

    [Fact]
    public async Task A_reload_after_moving_and_deleting_records_gives_the_graph_of_a_first_load()
    {
        using var edited = MovedAndDeleted();
        var expected = await FirstLoadSnapshotAsync(edited.Path);
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);

        var counts = await LoaderRuns.LoadAsync(edited.Path, neo4j.Driver);

        Assert.Equal(expected, await GraphSnapshot.TakeAsync(neo4j.Driver));
        Assert.Equal((0L, 1L, 0L), (counts[RelationshipTypes.Held].Created, counts[RelationshipTypes.Held].Updated, counts[RelationshipTypes.Held].Removed));
        Assert.Equal((0L, 1L, 0L), (counts[RelationshipTypes.ParticipatedIn].Created, counts[RelationshipTypes.ParticipatedIn].Updated, counts[RelationshipTypes.ParticipatedIn].Removed));
        Assert.Equal(1L, counts[Labels.Person].Removed);
        Assert.Equal(1L, counts[RelationshipTypes.AttestedBy].Removed); // the deleted person's evidence
        Assert.Equal((0L, 2L, 2L), (counts.Created, counts.Updated, counts.Removed));
        var holders = await neo4j.Driver.RunAsync("MATCH (p:Person)-[h:HELD {id: $id}]->(:Position) RETURN collect(p.id) AS holders",
            new Dictionary<string, object?> { ["id"] = Tenure });
        Assert.Equal(["person:truong-thi-mai"], (List<object?>)holders.Records[0]["holders"]!);
    }

    /// <summary>The inventory of stored relationships is read in pages of internal ids; a page of one finds the same difference.</summary>
    [Fact]
    public async Task A_reload_that_reads_the_graph_one_relationship_per_page_converges_the_same()
    {
        using var edited = MovedAndDeleted();
        var expected = await FirstLoadSnapshotAsync(edited.Path);
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);

        var counts = await new GraphWriter(neo4j.Driver, new WriteOptions(InventoryPageSize: 1)).WriteAsync(LoaderRuns.Plan(edited.Path));

        Assert.Equal(expected, await GraphSnapshot.TakeAsync(neo4j.Driver));
        Assert.Equal((0L, 2L, 2L), (counts.Created, counts.Updated, counts.Removed));
        var again = await new GraphWriter(neo4j.Driver, new WriteOptions(InventoryPageSize: 1)).WriteAsync(LoaderRuns.Plan(edited.Path));
        Assert.True(again.NothingChanged, again.Summary);
    }

    [Fact]
    public async Task Records_deleted_from_the_files_leave_the_graph_with_their_relationships()
    {
        using var edited = SeedFolder.CopyOf(SeedFolder.Valid).Delete("tenures.yaml").Delete("events.yaml");
        var expected = await FirstLoadSnapshotAsync(edited.Path);
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);

        var counts = await LoaderRuns.LoadAsync(edited.Path, neo4j.Driver);

        Assert.Equal(expected, await GraphSnapshot.TakeAsync(neo4j.Driver));
        Assert.Equal((1L, 1L, 1L, 1L), (counts[Labels.Resolution].Removed, counts[Labels.Event].Removed,
            counts[RelationshipTypes.Held].Removed, counts[RelationshipTypes.ParticipatedIn].Removed));
        Assert.Equal((1L, 1L, 1L, 2L), (counts[RelationshipTypes.IssuedBy].Removed, counts[RelationshipTypes.HostedBy].Removed,
            counts[RelationshipTypes.Discussed].Removed, counts[RelationshipTypes.AttestedBy].Removed));
        Assert.Equal((0L, 0L, 9L), (counts.Created, counts.Updated, counts.Removed));
    }

    [Fact]
    public async Task A_graph_with_a_keyed_relationship_stored_twice_converges()
    {
        using var expectedFolder = SeedFolder.CopyOf(SeedFolder.Valid);
        var expected = await FirstLoadSnapshotAsync(expectedFolder.Path);
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        // What the earlier loader left after a tenure moved: a second HELD under the same id.
        await neo4j.Driver.RunAsync("""
            MATCH (p:Person {id: 'person:truong-thi-mai'}), (post:Position {id: 'position:secretary-hanoi-party-committee'})
            CREATE (p)-[:HELD {id: $id, certainty: 'stated'}]->(post)
            """, new Dictionary<string, object?> { ["id"] = Tenure });

        var counts = await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);

        Assert.Equal(expected, await GraphSnapshot.TakeAsync(neo4j.Driver));
        Assert.Equal((0L, 1L, 0L), (counts[RelationshipTypes.Held].Created, counts[RelationshipTypes.Held].Updated, counts[RelationshipTypes.Held].Removed));
    }

    [Fact]
    public async Task Nodes_of_labels_the_loader_does_not_own_are_left_alone()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        await neo4j.Driver.RunAsync("CREATE (:Annotation {id: 'annotation:1', text: 'kept'})");
        using var edited = MovedAndDeleted();

        await LoaderRuns.LoadAsync(edited.Path, neo4j.Driver);

        var kept = await neo4j.Driver.RunAsync("MATCH (a:Annotation) RETURN a.text AS text");
        Assert.Equal("kept", Assert.Single(kept.Records)["text"]);
    }

    [Fact]
    public async Task A_dry_run_shows_what_a_load_would_change_and_writes_nothing()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        var before = await GraphSnapshot.TakeAsync(neo4j.Driver);
        using var edited = MovedAndDeleted();

        var dryRun = await LoaderRuns.RunCommandAsync(edited.Path, neo4j.Driver, LoadMode.DryRun);

        Assert.Equal(ExitCodes.Loaded, dryRun.ExitCode);
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Driver));
        Assert.Contains("Dry run: what a load would change", dryRun.Output, StringComparison.Ordinal);
        Assert.Matches(@"Person\s+0\s+0\s+1\s+1", dryRun.Output);
        Assert.Matches(@"HELD\s+0\s+1\s+0\s+0", dryRun.Output);
        // The load then does exactly what the dry run said.
        var load = await LoaderRuns.RunCommandAsync(edited.Path, neo4j.Driver);
        Assert.Equal(Table(dryRun.Output), Table(load.Output));
        Assert.Contains("Total: 0 created, 2 updated, 2 removed", load.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_load_that_would_have_deleted_leaves_the_graph_as_it_was()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        var before = await GraphSnapshot.TakeAsync(neo4j.Driver);
        using var edited = MovedAndDeleted();
        var plan = LoaderRuns.Plan(edited.Path);
        // Deletes and moves come first in the transaction; a tenure whose person is missing fails it at the end.
        var orphan = new KeyedRelationshipRow("tenure:nobody--secretary-hanoi-party-committee", "person:nobody",
            "position:secretary-hanoi-party-committee", new Dictionary<string, object?> { ["id"] = "tenure:nobody--secretary-hanoi-party-committee" });
        plan = plan with
        {
            KeyedRelationships = [.. plan.KeyedRelationships, new KeyedRelationshipSet(RelationshipTypes.Held, Labels.Person, Labels.Position, [orphan])],
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new GraphWriter(neo4j.Driver).WriteAsync(plan));

        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Driver));
    }

    [Fact]
    public async Task A_load_that_keeps_absent_records_removes_nothing_the_folder_lacks_but_still_moves_what_it_holds()
    {
        using var edited = MovedAndDeleted();
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);

        var counts = await new GraphWriter(neo4j.Driver, new WriteOptions(KeepAbsent: true)).WriteAsync(LoaderRuns.Plan(edited.Path));

        Assert.Equal(0L, counts.Removed);
        var person = await neo4j.Driver.RunAsync("MATCH (p:Person {id: 'person:dinh-tien-dung'}) RETURN count(p) AS n");
        Assert.Equal(1L, Convert.ToInt64(person.Records[0]["n"]));
        // The tenure the folder holds is its whole truth: it moved to the other person, it did not gain a second holder.
        var holders = await neo4j.Driver.RunAsync("MATCH (p:Person)-[h:HELD {id: $id}]->(:Position) RETURN collect(p.id) AS holders",
            new Dictionary<string, object?> { ["id"] = Tenure });
        Assert.Equal(["person:truong-thi-mai"], (List<object?>)holders.Records[0]["holders"]!);
    }

    private async Task<GraphSnapshot> FirstLoadSnapshotAsync(string folder)
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(folder, neo4j.Driver);
        return await GraphSnapshot.TakeAsync(neo4j.Driver);
    }

    private static string Table(string output) =>
        string.Join("\n", output.Split('\n').SkipWhile(line => !line.StartsWith("kind", StringComparison.Ordinal)));
}
