namespace PolityGraph.Schema.Execution;

/// <summary>
/// Where root resolvers add up their Cypher work in RequestContext.ContextData, for the host's
/// Server-Timing header (<c>cypher;dur=…;desc="N statements"</c>) and for tests that count statements.
/// </summary>
public static class CypherTimingKeys
{
    /// <summary>int: statements sent to Neo4j for this request.</summary>
    public const string Statements = "cypher.statements";

    /// <summary>TimeSpan: their total duration, as the API saw it (network included).</summary>
    public const string Duration = "cypher.duration";

    /// <summary>Adds one statement's duration; root fields resolve in parallel, hence the lock.</summary>
    public static void Record(IDictionary<string, object?> contextData, TimeSpan duration)
    {
        lock (contextData)
        {
            contextData[Statements] = (contextData.TryGetValue(Statements, out var n) && n is int count ? count : 0) + 1;
            contextData[Duration] = (contextData.TryGetValue(Duration, out var d) && d is TimeSpan total ? total : TimeSpan.Zero) + duration;
        }
    }

    public static int StatementsOf(IDictionary<string, object?> contextData)
    {
        lock (contextData) return contextData.TryGetValue(Statements, out var n) && n is int count ? count : 0;
    }
}
