namespace PolityGraph.Api;

/// <summary>The "Health" configuration section.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>How long /healthz waits for Neo4j before answering 503: a health probe must answer quickly.</summary>
    public TimeSpan Neo4jTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
