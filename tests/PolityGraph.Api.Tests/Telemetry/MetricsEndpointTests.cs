using System.Net;
using System.Text.RegularExpressions;
using PolityGraph.Api.Tests.Http;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Telemetry;

/// <summary>
/// The real host process over real HTTP: after a query and a refused one, GET /metrics (Prometheus text format)
/// shows the requests by operation type and status, their latency, the errors by code and the Neo4j round trips.
/// </summary>
public sealed class MetricsEndpointTests(Neo4jServerFixture neo4j) : IClassFixture<Neo4jServerFixture>
{
    [Fact]
    public async Task Metrics_show_requests_latency_errors_by_code_and_Neo4j_time_after_queries()
    {
        await using var api = await ApiProcess.StartAsync(neo4j.Options);
        // A freshly started host answers its first request slowly on a busy machine: more patience than ApiProcess's client.
        using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(3) };

        var answered = await client.PostJsonAsync(new { query = "query Count { people(first: 1) { totalCount } }" });
        Assert.True(answered.Status == HttpStatusCode.OK, answered.ToString());
        var refused = await client.PostJsonAsync(new { query = "{ bodies { nodes { members { person { participations { event { title } } } } } } }" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);

        var metrics = await client.GetStringAsync("/metrics");

        Assert.True(Sample(metrics, "graphql_server_requests_total", ("graphql_operation_type", "query"), ("http_response_status_code", "200")) >= 1, metrics);
        Assert.True(Sample(metrics, "graphql_server_requests_total", ("graphql_operation_type", "unknown"), ("http_response_status_code", "400")) >= 1, metrics);
        Assert.True(Sample(metrics, "graphql_server_request_duration_seconds_count", ("graphql_operation_type", "query")) >= 1, metrics);
        Assert.Contains("graphql_server_request_duration_seconds_bucket{", metrics);
        Assert.Equal(1, Sample(metrics, "graphql_server_errors_total", ("error_code", "COMPLEXITY_LIMIT_EXCEEDED")));
        Assert.True(Sample(metrics, "db_client_operation_duration_seconds_count", ("db_system_name", "neo4j"), ("db_operation_name", "run")) >= 1, metrics);
        Assert.True(Sample(metrics, "db_client_operation_duration_seconds_sum", ("db_system_name", "neo4j"), ("db_operation_name", "run")) > 0, metrics);
    }

    /// <summary>The value of the one sample of <paramref name="metric"/> carrying all the given labels.</summary>
    private static double Sample(string exposition, string metric, params (string Name, string Value)[] labels)
    {
        var matches = exposition.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal))
            .Where(line => labels.All(label => line.Contains($"{label.Name}=\"{label.Value}\"", StringComparison.Ordinal)))
            .ToList();
        Assert.True(matches.Count == 1, $"expected one {metric} sample with {string.Join(", ", labels)}, found {matches.Count}:\n{exposition}");
        var value = Regex.Match(matches[0], @"\} (\S+)").Groups[1].Value;
        return double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
