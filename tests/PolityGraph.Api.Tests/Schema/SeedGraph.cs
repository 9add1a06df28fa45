using PolityGraph.Loader;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>The real seed data (seed-data/*.yaml), loaded by the loader exactly as `make load` does.</summary>
public sealed class SeedGraph : ApiGraph
{
    protected override async Task LoadAsync(INeo4jDriver driver, Neo4jOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new LoadCommand(output, error).RunAsync(RepositoryRoot.Combine("seed-data"), dryRun: false, () => new Neo4jHttpDriver(options));
        if (exit != ExitCodes.Loaded)
            throw new InvalidOperationException($"The loader failed ({exit}):\n{error}\n{output}");
    }
}

[CollectionDefinition(Name)]
public sealed class SeedGraphCollection : ICollectionFixture<SeedGraph>
{
    public const string Name = "Seed graph";
}
