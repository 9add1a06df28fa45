using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Neo4j;

namespace PolityGraph.Api;

/// <summary>
/// OpenTelemetry, configured by the standard environment variables:
/// <list type="bullet">
/// <item>metrics: <c>OTEL_METRICS_EXPORTER</c>, a comma-separated list of <c>prometheus</c> (the scrape endpoint
/// <c>GET /metrics</c>), <c>otlp</c> and <c>none</c>; default <c>prometheus</c>, plus <c>otlp</c> when an OTLP
/// endpoint is set;</item>
/// <item>traces: <c>OTEL_TRACES_EXPORTER</c>, <c>otlp</c> or <c>none</c>; default <c>otlp</c> when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or <c>OTEL_EXPORTER_OTLP_TRACES_ENDPOINT</c>) is set, else none, so that
/// nothing is recorded for nobody;</item>
/// <item>the OTLP exporter reads <c>OTEL_EXPORTER_OTLP_*</c> (endpoint, protocol, headers) itself, the resource
/// reads <c>OTEL_SERVICE_NAME</c> (default <c>polity-graph</c>) and <c>OTEL_RESOURCE_ATTRIBUTES</c>;</item>
/// <item><c>OTEL_SDK_DISABLED=true</c> turns all of it off.</item>
/// </list>
/// Sources: the GraphQL endpoint (<see cref="GraphQLTelemetry"/>), the Neo4j driver (<see cref="Neo4jTelemetry"/>)
/// and ASP.NET Core's own HTTP server metrics and request spans.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string DefaultServiceName = "polity-graph";

    private static readonly string[] aspNetCoreMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = TelemetrySettings.From(configuration);
        services.AddSingleton(settings);
        if (settings.Disabled) return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"])) resource.AddService(DefaultServiceName);
            });
        if (settings.Prometheus || settings.OtlpMetrics)
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphQLTelemetry.Name, Neo4jTelemetry.Name).AddMeter(aspNetCoreMeters);
                if (settings.Prometheus) metrics.AddPrometheusExporter();
                if (settings.OtlpMetrics) metrics.AddOtlpExporter();
            });
        if (settings.OtlpTraces)
            telemetry.WithTracing(tracing => tracing
                .AddSource(GraphQLTelemetry.Name, Neo4jTelemetry.Name, "Microsoft.AspNetCore")
                .AddOtlpExporter());
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format) when the Prometheus exporter is on.</summary>
    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<TelemetrySettings>() is { Disabled: false, Prometheus: true })
            endpoints.MapPrometheusScrapingEndpoint();
        return endpoints;
    }
}

/// <summary>Which exporters the OTEL_* variables ask for.</summary>
public sealed record TelemetrySettings(bool Disabled, bool Prometheus, bool OtlpMetrics, bool OtlpTraces)
{
    public static TelemetrySettings From(IConfiguration configuration)
    {
        var disabled = bool.TryParse(configuration["OTEL_SDK_DISABLED"], out var off) && off;
        var otlpEndpoint = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var metrics = Exporters(configuration["OTEL_METRICS_EXPORTER"], "OTEL_METRICS_EXPORTER", ["prometheus", "otlp", "none"])
            ?? (otlpEndpoint || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"]) ? ["prometheus", "otlp"] : ["prometheus"]);
        var traces = Exporters(configuration["OTEL_TRACES_EXPORTER"], "OTEL_TRACES_EXPORTER", ["otlp", "none"])
            ?? (otlpEndpoint || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]) ? ["otlp"] : []);
        return new TelemetrySettings(disabled, metrics.Contains("prometheus"), metrics.Contains("otlp"), traces.Contains("otlp"));
    }

    private static string[]? Exporters(string? value, string variable, string[] known)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).ToArray();
        foreach (var name in names.Where(n => !known.Contains(n)))
            throw new InvalidOperationException($"{variable}={value}: '{name}' is not an exporter this server has; use {string.Join(", ", known)}.");
        return names;
    }
}
