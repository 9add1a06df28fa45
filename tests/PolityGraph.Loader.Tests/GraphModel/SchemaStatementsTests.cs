using PolityGraph.GraphModel;

namespace PolityGraph.Loader.Tests.GraphModel;

/// <summary>
/// The DDL dialect per server version. Only 3.1 runs here (see GraphSchemaTests); the 4.x and 5.x
/// forms are pinned to the syntax of their manuals.
/// </summary>
public sealed class SchemaStatementsTests
{
    [Fact]
    public void Neo4j_3_uses_ON_ASSERT_and_unnamed_indexes()
    {
        var statements = SchemaStatements.For("3.1.1");

        Assert.Contains("CREATE CONSTRAINT ON (n:Person) ASSERT n.id IS UNIQUE", statements);
        Assert.Contains("CREATE INDEX ON :Person(searchKey)", statements);
        Assert.Contains("CREATE INDEX ON :Resolution(code)", statements);
    }

    [Theory]
    [InlineData("4.4.30")]
    [InlineData("5.20.0")]
    [InlineData("2025.01.0")]
    public void Neo4j_4_4_and_later_use_named_IF_NOT_EXISTS_FOR_REQUIRE(string version)
    {
        var statements = SchemaStatements.For(version);

        Assert.Contains("CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE", statements);
        Assert.Contains("CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)", statements);
    }

    [Fact]
    public void Neo4j_4_1_to_4_3_use_named_IF_NOT_EXISTS_with_ON_ASSERT()
    {
        Assert.Contains("CREATE CONSTRAINT body_id_unique IF NOT EXISTS ON (n:Body) ASSERT n.id IS UNIQUE", SchemaStatements.For("4.2.0"));
    }

    [Fact]
    public void Every_label_gets_a_unique_id()
    {
        foreach (var version in new[] { "3.1.1", "4.3.0", "5.1.0" })
            Assert.Equal(Labels.All.Count, SchemaStatements.For(version).Count(s => s.Contains("IS UNIQUE", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2.3.0")]
    [InlineData("4.0.12")]
    public void Versions_without_idempotent_DDL_are_refused(string version) =>
        Assert.Throws<NotSupportedException>(() => SchemaStatements.For(version));
}
