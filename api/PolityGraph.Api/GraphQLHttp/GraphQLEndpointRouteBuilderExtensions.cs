using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PolityGraph.Api.GraphQLHttp;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps, under GraphQL:Path (default /graphql): the endpoint itself (GET and POST; GET with Accept: text/html
    /// gets GraphiQL), {path}/schema.graphql (the SDL) and {path}/graphiql/{file} (the IDE's assets).
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value.Path;

        // Every method reaches the handler so that it can answer 405 with Allow in GraphQL's error shape.
        endpoints.Map(path, http => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http))
            .WithDisplayName("GraphQL endpoint");

        endpoints.MapGet($"{path}/schema.graphql", (SchemaSdl sdl) => Results.Text(sdl.Text, "text/plain; charset=utf-8"))
            .WithDisplayName("GraphQL schema (SDL)");

        endpoints.MapGet($"{path}/{GraphiQLPage.AssetFolder}/{{file}}", (string file, GraphiQLPage page) => page.Asset(file))
            .WithDisplayName("GraphiQL assets");

        return endpoints;
    }
}
