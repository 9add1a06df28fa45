using PolityGraph.Loader.Tests.Support;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

[Collection(Neo4jServerFixture.Collection)]
public sealed class IdempotentLoadTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task A_first_load_creates_every_element_and_a_second_changes_nothing()
    {
        await neo4j.WipeAsync();

        var first = await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        var afterFirst = await GraphSnapshot.TakeAsync(neo4j.Driver);
        var second = await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        var afterSecond = await GraphSnapshot.TakeAsync(neo4j.Driver);

        // 10 records + 1 source: 8 nodes; HELD, PARTICIPATED_IN, PART_OF, IN_BODY, ISSUED_BY, HOSTED_BY, DISCUSSED and 7 ATTESTED_BY: 14 relationships.
        Assert.Equal((8, 14), (afterFirst.Nodes, afterFirst.Relationships));
        Assert.Equal((22L, 0L, 0L), (first.Created, first.Updated, first.Removed));
        Assert.Equal((0L, 0L, 0L, 22L), (second.Created, second.Updated, second.Removed, second.Unchanged));
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task The_command_reports_zero_created_and_zero_updated_on_a_reload()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.RunCommandAsync(SeedFolder.Valid, neo4j.Driver);

        var reload = await LoaderRuns.RunCommandAsync(SeedFolder.Valid, neo4j.Driver);

        Assert.Equal(ExitCodes.Loaded, reload.ExitCode);
        Assert.Contains("Total: 0 created, 0 updated, 0 removed, 22 unchanged", reload.Output, StringComparison.Ordinal);
        Assert.Matches(@"Person\s+0\s+0\s+0\s+2", reload.Output);
    }
}
