using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

[Collection(Neo4jServerFixture.Collection)]
public sealed class DriverTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task The_server_is_Neo4j_3_1_1_community_on_the_3x_endpoint()
    {
        var info = await neo4j.Driver.GetServerInfoAsync();

        Assert.Equal("3.1.1", info.Version);
        Assert.Equal("community", info.Edition);
        Assert.Equal(3, info.MajorVersion);
        Assert.Equal("/db/data/transaction", info.Endpoint.AbsolutePath);
        Assert.Equal(neo4j.Options.Uri.Authority, info.Endpoint.Authority);
    }

    [Fact]
    public async Task Fifty_concurrent_statements_all_succeed_with_their_own_answers()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var result = await neo4j.Driver.RunAsync("UNWIND range(1, $n) AS x RETURN $n AS n, count(x) AS c",
                new Dictionary<string, object?> { ["n"] = (long)i + 1 });
            return (Sent: i + 1L, Record: result.Records.Single());
        }));

        Assert.All(answers, a =>
        {
            Assert.Equal(a.Sent, a.Record["n"]);
            Assert.Equal(a.Sent, a.Record["c"]);
        });
    }

    [Fact]
    public async Task Fifty_concurrent_write_transactions_all_commit()
    {
        var marker = Guid.NewGuid().ToString();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => neo4j.Driver.ExecuteWriteAsync(tx =>
            tx.RunAsync("CREATE (:ConcurrencyProbe {marker: $marker, i: $i})",
                new Dictionary<string, object?> { ["marker"] = marker, ["i"] = (long)i }))));

        var result = await neo4j.Driver.RunAsync(
            "MATCH (n:ConcurrencyProbe {marker: $marker}) RETURN count(DISTINCT n.i) AS distinctIds",
            new Dictionary<string, object?> { ["marker"] = marker });
        await neo4j.Driver.RunAsync("MATCH (n:ConcurrencyProbe {marker: $marker}) DELETE n", new Dictionary<string, object?> { ["marker"] = marker });
        Assert.Equal(50L, result.Records.Single()["distinctIds"]);
    }

    [Fact]
    public async Task A_timing_scope_sums_the_statements_run_inside_it()
    {
        await using var driver = neo4j.CreateDriver(observer: CypherTiming.Observer);
        await driver.GetServerInfoAsync(); // discovery happens outside the scope

        using var timing = CypherTiming.Start();
        await driver.RunAsync("RETURN 1");
        await using (var tx = await driver.BeginTransactionAsync())
        {
            await tx.RunAsync([new Statement("RETURN 1"), new Statement("RETURN 2")]);
            await tx.CommitAsync();
        }

        Assert.Equal(3, timing.Statements);
        Assert.True(timing.Duration > TimeSpan.Zero);
        Assert.Matches("""^cypher;dur=[0-9.]+;desc="3 statements"$""", timing.ToServerTiming());
    }

    [Fact]
    public async Task Work_outside_a_timing_scope_is_not_counted_in_it()
    {
        await using var driver = neo4j.CreateDriver(observer: CypherTiming.Observer);
        CypherTiming scope;
        using (scope = CypherTiming.Start())
            await driver.RunAsync("RETURN 1");

        await driver.RunAsync("RETURN 2");

        Assert.Equal(1, scope.Statements);
    }
}
