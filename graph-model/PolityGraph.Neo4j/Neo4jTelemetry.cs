using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PolityGraph.Neo4j;

/// <summary>
/// What the driver tells OpenTelemetry (or any ActivityListener / MeterListener), with the BCL's own types so
/// that the driver depends on no telemetry package: a span per round trip that carries statements, named
/// after the OpenTelemetry database conventions, and the duration of every round trip as a histogram.
/// Spans say how many statements ran and where, never the Cypher text or its parameters.
/// </summary>
public static class Neo4jTelemetry
{
    /// <summary>The ActivitySource and Meter name to subscribe to.</summary>
    public const string Name = "PolityGraph.Neo4j";

    /// <summary>Span name of a round trip that runs Cypher (child of whatever span is current, e.g. a GraphQL operation).</summary>
    public const string StatementSpanName = "cypher";

    /// <summary>Histogram of round-trip durations in seconds (db.client.operation.duration in the conventions).</summary>
    public const string DurationMetric = "db.client.operation.duration";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter meter = new(Name);

    private static readonly Histogram<double> duration = meter.CreateHistogram<double>(
        DurationMetric, unit: "s", description: "Duration of the HTTP round trips to Neo4j: statements, transaction opens, commits and rollbacks.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    internal static Activity? StartStatements(int statements, string database, Uri server)
    {
        if (statements == 0) return null;
        var activity = Source.StartActivity(StatementSpanName, ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("db.system.name", "neo4j");
        activity.SetTag("db.namespace", database);
        activity.SetTag("db.operation.batch.size", statements);
        activity.SetTag("server.address", server.Host);
        activity.SetTag("server.port", server.Port);
        return activity;
    }

    internal static void Completed(Activity? activity, string operation, TimeSpan elapsed, Exception? error)
    {
        var errorType = error switch
        {
            null => null,
            Neo4jException neo4j => neo4j.Code,
            _ => error.GetType().Name,
        };
        if (activity is not null)
        {
            if (errorType is not null)
            {
                activity.SetTag("error.type", errorType);
                activity.SetStatus(ActivityStatusCode.Error);
            }
            activity.Dispose();
        }
        if (!duration.Enabled) return;
        var tags = new TagList { { "db.system.name", "neo4j" }, { "db.operation.name", operation } };
        if (errorType is not null) tags.Add("error.type", errorType);
        duration.Record(elapsed.TotalSeconds, tags);
    }
}
