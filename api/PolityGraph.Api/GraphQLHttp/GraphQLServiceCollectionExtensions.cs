using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolityGraph.GraphQL.Execution;
using GraphQLSchema = PolityGraph.GraphQL.Types.Schema;

namespace PolityGraph.Api.GraphQLHttp;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL endpoint: options from the "GraphQL", "GraphQL:Cors" and "GraphiQL" sections
    /// (validated at start-up), the HTTP handler, GraphiQL and CORS. The executor is whatever IRequestExecutor
    /// is registered; if none is, one is built over the registered <see cref="GraphQLSchema"/> with this endpoint's
    /// limits (<see cref="GraphQLEndpointOptions.ToExecutionOptions"/>).
    /// </summary>
    public static IServiceCollection AddGraphQLEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLEndpointOptions>().Bind(configuration.GetSection(GraphQLEndpointOptions.SectionName)).ValidateOnStart();
        services.AddOptions<GraphQLCorsOptions>().Bind(configuration.GetSection(GraphQLCorsOptions.SectionName)).ValidateOnStart();
        services.AddOptions<GraphiQLOptions>().Bind(configuration.GetSection(GraphiQLOptions.SectionName)).ValidateOnStart();
        services.AddOptions<PersistedOperationsOptions>().Bind(configuration.GetSection(PersistedOperationsOptions.SectionName));
        services.AddSingleton<IValidateOptions<GraphQLEndpointOptions>, GraphQLEndpointOptionsValidator>();
        services.AddSingleton<IValidateOptions<GraphQLCorsOptions>, GraphQLEndpointOptionsValidator>();
        services.AddSingleton<IValidateOptions<GraphiQLOptions>, GraphQLEndpointOptionsValidator>();

        services.TryAddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            provider.GetRequiredService<GraphQLSchema>(),
            provider.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value.ToExecutionOptions()));

        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<PersistedOperations>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<SchemaSdl>();

        services.AddCors();
        services.AddSingleton<GraphQLCors>();
        services.AddSingleton<IConfigureOptions<CorsOptions>>(provider => provider.GetRequiredService<GraphQLCors>());
        services.AddSingleton<IStartupFilter>(provider => provider.GetRequiredService<GraphQLCors>());
        return services;
    }
}
