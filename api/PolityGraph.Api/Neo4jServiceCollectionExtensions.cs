using Microsoft.Extensions.Options;
using PolityGraph.Neo4j;

namespace PolityGraph.Api;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one shared <see cref="INeo4jDriver"/>. Settings come from the "Neo4j" section
    /// (Uri, User, Password, Database, RequestTimeout, MaxRetries...), overridden by the environment
    /// variables NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE, and are validated at start-up.
    /// The driver reports its round trips to <see cref="StatementTimingObserver"/> for the Server-Timing header.
    /// </summary>
    public static IServiceCollection AddNeo4j(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection("Neo4j"))
            // The same variable names the loader, the tests and `make run` use, so one set of exports configures all.
            .PostConfigure(options => options.OverrideFrom(name => configuration[name]))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>();
        services.AddSingleton<INeo4jDriver>(provider =>
            new Neo4jHttpDriver(provider.GetRequiredService<IOptions<Neo4jOptions>>().Value, StatementTimingObserver.Instance));
        return services;
    }

    private sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
    {
        public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
        {
            try
            {
                options.Validate();
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentException e)
            {
                return ValidateOptionsResult.Fail(e.Message);
            }
        }
    }
}
