using PolityGraph.Loader.Tests.Support;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

/// <summary>
/// A record in the files is the whole truth about its node: on reload, changed properties are
/// updated, properties gone from the file are removed (SET n = map), and the relationships the
/// record owns (IN_BODY, HOSTED_BY, ATTESTED_BY, …) follow the file.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class ReloadTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task Edits_to_the_files_are_applied_and_counted()
    {
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(SeedFolder.Valid, neo4j.Driver);
        using var edited = SeedFolder.CopyOf(SeedFolder.Valid)
            .Replace("organisation.yaml", "    nameEn: Hanoi Party Committee\n", "")                     // property removed
            .Replace("people.yaml", "name: Trương Thị Mai", "name: Trương Thị  Mai")                    // property changed
            .Replace("people.yaml", "quote: \"đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị\"", "quote: \"Trương Thị Mai\"") // evidence replaced
            .Replace("events.yaml", "hosts: [body:hanoi-party-committee]", "hosts: [body:central-committee]"); // link moved

        var counts = await LoaderRuns.LoadAsync(edited.Path, neo4j.Driver);

        Assert.Equal((1L, 1L, 0L), (counts["Body"].Updated, counts["Person"].Updated, counts["Person"].Created));
        Assert.Equal((1L, 1L), (counts["HOSTED_BY"].Created, counts["HOSTED_BY"].Removed));
        Assert.Equal((1L, 1L), (counts["ATTESTED_BY"].Created, counts["ATTESTED_BY"].Removed));
        Assert.Equal(4L, counts.Updated + counts.Removed);

        var body = await neo4j.Driver.RunAsync("MATCH (b:Body {id: 'body:hanoi-party-committee'}) RETURN keys(b) AS keys, b.searchKey AS searchKey");
        Assert.DoesNotContain("nameEn", (List<object?>)body.Records[0]["keys"]!);
        Assert.Equal("thanh uy ha noi\nthanh uy", body.Records[0]["searchKey"]); // name and alias; nameEn gone
        var hosts = await neo4j.Driver.RunAsync("MATCH (:Event)-[:HOSTED_BY]->(b:Body) RETURN collect(b.id) AS hosts");
        Assert.Equal(["body:central-committee"], (List<object?>)hosts.Records[0]["hosts"]!);
        var quotes = await neo4j.Driver.RunAsync("MATCH (:Person {id: 'person:truong-thi-mai'})-[a:ATTESTED_BY]->(:Source) RETURN collect(a.quote) AS quotes");
        Assert.Equal(["Trương Thị Mai"], (List<object?>)quotes.Records[0]["quotes"]!);
    }
}
