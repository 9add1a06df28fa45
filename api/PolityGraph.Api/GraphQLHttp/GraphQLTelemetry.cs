using System.Diagnostics;
using System.Diagnostics.Metrics;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// The endpoint's traces and metrics, with the BCL's ActivitySource and Meter (OpenTelemetry subscribes to
/// them by <see cref="Name"/>). One span per GraphQL request, named after the OpenTelemetry GraphQL conventions
/// (<c>query WhoHeld</c>, or the bare type for an anonymous operation) and tagged with the operation's type and
/// name; never the document or its variables, which may hold what users typed. Statement spans (the Neo4j
/// driver's) nest under it. Metrics: requests and their duration by operation type and status code, and errors
/// by extensions.code.
/// </summary>
public static class GraphQLTelemetry
{
    public const string Name = "PolityGraph.Api";

    /// <summary>The span's name until the operation is known, and for requests refused before one was chosen.</summary>
    public const string RequestSpanName = "graphql";

    public const string RequestsMetric = "graphql.server.requests";
    public const string DurationMetric = "graphql.server.request.duration";
    public const string ErrorsMetric = "graphql.server.errors";

    private static readonly ActivitySource source = new(Name);
    private static readonly Meter meter = new(Name);

    private static readonly Counter<long> requests = meter.CreateCounter<long>(
        RequestsMetric, unit: "{request}", description: "GraphQL requests answered, by operation type and HTTP status code.");

    private static readonly Histogram<double> duration = meter.CreateHistogram<double>(
        DurationMetric, unit: "s", description: "Time to answer a GraphQL request, from reading it to writing the response.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    private static readonly Counter<long> errors = meter.CreateCounter<long>(
        ErrorsMetric, unit: "{error}", description: "Errors in GraphQL responses, by extensions.code (\"none\" for errors without one, such as validation errors).");

    public static Activity? StartRequest() => source.StartActivity(RequestSpanName, ActivityKind.Internal);

    /// <summary>Names the span after the operation the executor chose and counts the answer.</summary>
    public static void Completed(Activity? activity, RequestContext? context, int statusCode, TimeSpan elapsed, ExecutionResult result)
    {
        var operation = context?.Operation;
        var type = operation?.Operation.ToKeyword() ?? "unknown";
        if (activity is not null)
        {
            if (operation is not null)
            {
                activity.SetTag("graphql.operation.type", type);
                if (operation.Name?.Value is { } name) activity.SetTag("graphql.operation.name", name);
                activity.DisplayName = operation.Name is { } n ? $"{type} {n.Value}" : type;
            }
            activity.SetTag("http.response.status_code", statusCode);
            if (result.Errors.Count > 0)
            {
                activity.SetTag("graphql.error.count", result.Errors.Count);
                if (statusCode >= 500 || result.Data is null) activity.SetStatus(ActivityStatusCode.Error);
            }
        }

        var tags = new TagList { { "graphql.operation.type", type }, { "http.response.status_code", statusCode } };
        requests.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
        foreach (var error in result.Errors)
            errors.Add(1, new KeyValuePair<string, object?>("error.code", error.Extensions?.GetValueOrDefault("code") as string ?? "none"));
    }
}
