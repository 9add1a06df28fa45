using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// CORS for the GraphQL paths only, from <see cref="GraphQLCorsOptions"/>: a named policy, and a start-up
/// filter that puts the CORS middleware in front of those paths when origins are configured (so Program.cs
/// needs no extra line, and with no origins configured the pipeline carries no CORS at all).
/// </summary>
public sealed class GraphQLCors(IOptions<GraphQLCorsOptions> cors, IOptions<GraphQLEndpointOptions> endpoint)
    : IConfigureOptions<CorsOptions>, IStartupFilter
{
    public const string PolicyName = "GraphQL";

    public void Configure(CorsOptions options) => options.AddPolicy(PolicyName, policy =>
    {
        var settings = cors.Value;
        if (settings.AllowedOrigins.Contains("*")) policy.AllowAnyOrigin();
        else policy.WithOrigins(settings.AllowedOrigins);
        // Clients send Content-Type: application/json (not a "simple" header) and may send Authorization.
        policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization")
            .WithExposedHeaders(ServerTiming.HeaderName)
            .SetPreflightMaxAge(settings.PreflightMaxAge);
    });

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (cors.Value.IsEnabled)
        {
            var path = endpoint.Value.Path;
            app.UseWhen(http => http.Request.Path.StartsWithSegments(path), branch => branch.UseCors(PolicyName));
        }
        next(app);
    };
}
