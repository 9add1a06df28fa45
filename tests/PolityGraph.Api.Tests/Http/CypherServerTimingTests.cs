using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// A request whose resolvers run Cypher on a real Neo4j reports it in Server-Timing and in the log line;
/// the driver reports through <see cref="StatementTimingObserver"/>, the endpoint opens the scope.
/// </summary>
public sealed class CypherServerTimingTests(Neo4jServerFixture neo4j) : IClassFixture<Neo4jServerFixture>
{
    [Fact]
    public async Task Cypher_statements_and_their_time_appear_in_Server_Timing()
    {
        await using var server = await TestGraphQLServer.StartAsync(services: services =>
            services.AddSingleton<INeo4jDriver>(_ => neo4j.CreateDriver(observer: StatementTimingObserver.Instance)));

        var response = await server.Client.PostJsonAsync(new { query = "{ a: cypherOne b: cypherOne hello }" });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(1, response.Data.GetProperty("a").GetInt32());
        var timing = Assert.Single(response.Headers.GetValues("Server-Timing"));
        Assert.Matches(new Regex(@"^graphql;dur=[\d.]+, cypher;dur=[\d.]+;desc=""2 statements""$"), timing);
        var entry = Assert.Single(server.Logs.Entries, e => e.EventId.Name == "GraphQLRequest");
        Assert.Equal(2, entry.Fields["CypherStatements"]);
    }
}
