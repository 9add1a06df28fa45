using Microsoft.Extensions.Options;
using PolityGraph.Neo4j;

namespace PolityGraph.Api;

/// <summary>
/// GET /healthz: 200 <c>{"status":"ok","neo4j":{"version":"3.1.1","edition":"community"}}</c> when Neo4j
/// answers a query, 503 <c>{"status":"unavailable","reason":"..."}</c> when it does not. Neo4j is asked
/// on every call (nothing is cached about failure), so the answer flips back once Neo4j is back. The reason
/// is one of a few stable sentences; the driver's detail (Neo4j's address, the socket error) goes to the log.
/// </summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>()
            .Bind(configuration.GetSection(HealthOptions.SectionName))
            .Validate(options => options.Neo4jTimeout > TimeSpan.Zero, "Health:Neo4jTimeout must be positive.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync).WithName("Health");
        return endpoints;
    }

    public const string UnreachableReason = "Neo4j cannot be reached.";
    public const string CredentialsReason = "Neo4j refused the API's credentials: check NEO4J_USER and NEO4J_PASSWORD.";
    public const string ErrorReason = "Neo4j answered the health query with an error.";

    private static async Task<IResult> CheckAsync(HttpContext context, INeo4jDriver neo4j, IOptions<HealthOptions> options, ILoggerFactory loggers)
    {
        context.Response.Headers.CacheControl = "no-store";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.Value.Neo4jTimeout);
        try
        {
            // Server info is cached by the driver, so a live query proves Neo4j answers now.
            await neo4j.RunReadAsync("RETURN 1", null, timeout.Token);
            var server = await neo4j.GetServerInfoAsync(timeout.Token);
            return Results.Ok(new { status = "ok", neo4j = new { version = server.Version, edition = server.Edition } });
        }
        catch (Neo4jException e)
        {
            loggers.CreateLogger(typeof(HealthEndpoints).FullName!).LogWarning(e, "Health check: Neo4j is unavailable");
            return Unavailable(e switch
            {
                AuthenticationException => CredentialsReason,
                ServiceUnavailableException => UnreachableReason,
                _ => ErrorReason,
            });
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return Unavailable($"Neo4j did not answer within {options.Value.Neo4jTimeout.TotalSeconds:0.###}s.");
        }
    }

    private static IResult Unavailable(string reason) =>
        Results.Json(new { status = "unavailable", reason }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
