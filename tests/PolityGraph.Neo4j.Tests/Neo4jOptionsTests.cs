namespace PolityGraph.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Environment_variables_set_every_connection_setting()
    {
        var variables = new Dictionary<string, string>
        {
            ["NEO4J_URI"] = "https://graph.example.org:7473",
            ["NEO4J_USER"] = "analyst",
            ["NEO4J_PASSWORD"] = "s3cret",
            ["NEO4J_DATABASE"] = "polity",
        };

        var options = Neo4jOptions.FromVariables(name => variables.GetValueOrDefault(name));

        Assert.Equal(new Uri("https://graph.example.org:7473"), options.Uri);
        Assert.Equal("analyst", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal("polity", options.Database);
    }

    [Fact]
    public void Unset_variables_keep_the_defaults()
    {
        var options = Neo4jOptions.FromVariables(_ => null);

        Assert.Equal(new Uri("http://localhost:7474"), options.Uri);
        Assert.Equal("neo4j", options.User);
        Assert.Equal("neo4j", options.Database);
    }

    [Theory]
    [InlineData("localhost:7474", "absolute")]
    [InlineData("bolt://localhost:7687", "HTTP API")]
    [InlineData("not a uri", "absolute")]
    public void A_URI_the_client_cannot_use_is_refused_with_the_reason(string uri, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Neo4jOptions.FromVariables(name => name == "NEO4J_URI" ? uri : null));

        Assert.Contains(reason, error.Message);
    }
}
