using Microsoft.Extensions.Options;
using PolityGraph.Api.GraphQLHttp;

namespace PolityGraph.Api.Explorer;

public static class ExplorerEndpoints
{
    public const string Path = "/explore";

    /// <summary>
    /// Maps the analyst explorer (built by `make setup` from api/explorer into wwwroot/explorer): its assets under
    /// /explore/assets/{file}, and the app's page for /explore and every path below it, so that a deep link
    /// (/explore/person/person:dinh-tien-dung) or a reload opens the same view. The app talks to /graphql only.
    /// </summary>
    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        var graphQLPath = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value.Path;
        var page = new ExplorerPage(endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>(), Path, graphQLPath);

        endpoints.MapGet($"{Path}/assets/{{file}}", (string file) => page.Asset(file))
            .WithDisplayName("Explorer assets");
        endpoints.MapGet(Path, page.WriteAsync).WithDisplayName("Explorer");
        endpoints.MapGet($"{Path}/{{**view}}", page.WriteAsync).WithDisplayName("Explorer views");
        return endpoints;
    }
}
