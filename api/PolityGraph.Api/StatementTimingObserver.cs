using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Neo4j;

namespace PolityGraph.Api;

/// <summary>
/// Where the Neo4j driver meets the HTTP layer's Server-Timing: every round trip the driver makes is added to
/// the request's <see cref="StatementTiming"/> scope. The one path Cypher timing takes.
/// </summary>
public sealed class StatementTimingObserver : IStatementObserver
{
    public static StatementTimingObserver Instance { get; } = new();

    public void OnCompleted(StatementsCompleted completed) => StatementTiming.Record(completed.Statements, completed.Duration);
}
