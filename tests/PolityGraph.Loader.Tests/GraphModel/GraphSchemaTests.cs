using PolityGraph.GraphModel;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.GraphModel;

[Collection(Neo4jServerFixture.Collection)]
public sealed class GraphSchemaTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task Ensuring_twice_succeeds_and_ids_are_then_unique()
    {
        await neo4j.WipeAsync();
        await GraphSchema.EnsureAsync(neo4j.Driver);
        await GraphSchema.EnsureAsync(neo4j.Driver);

        await neo4j.Driver.RunAsync("CREATE (:Person {id: 'person:schema-test'})");
        var duplicate = await Assert.ThrowsAnyAsync<Neo4jException>(() =>
            neo4j.Driver.RunAsync("CREATE (:Person {id: 'person:schema-test'})"));
        Assert.Contains("ConstraintValidationFailed", duplicate.Code, StringComparison.Ordinal);
        await neo4j.WipeAsync();
    }

    [Fact]
    public async Task The_indexes_exist_after_ensuring()
    {
        await GraphSchema.EnsureAsync(neo4j.Driver);

        var indexes = await neo4j.Driver.RunAsync("CALL db.indexes() YIELD description RETURN collect(description) AS all");
        var all = string.Join("\n", (List<object?>)indexes.Records[0]["all"]!);
        foreach (var (label, property) in SchemaStatements.Indexes)
            Assert.Contains($":{label}({property})", all, StringComparison.Ordinal);
        Assert.Contains(":Person(id)", all, StringComparison.Ordinal); // backing the uniqueness constraint
    }
}
