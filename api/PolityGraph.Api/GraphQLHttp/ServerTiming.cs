using System.Globalization;
using PolityGraph.Neo4j;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// The Server-Timing header (W3C Server Timing): <c>graphql;dur=12.3</c> for the whole request and, when
/// resolvers ran Cypher, <c>cypher;dur=4.5;desc="3 statements"</c>. The Cypher figures come from
/// <see cref="CypherTiming"/>: the Neo4j driver reports every round trip into the scope the endpoint opens
/// around execution, so resolvers need not do anything.
/// </summary>
public static class ServerTiming
{
    public const string HeaderName = "Server-Timing";

    public static string Format(TimeSpan graphql, CypherTiming? cypher)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"graphql;dur={graphql.TotalMilliseconds:0.###}");
        return cypher is { Statements: > 0 } ? value + ", " + cypher.ToServerTiming() : value;
    }
}
