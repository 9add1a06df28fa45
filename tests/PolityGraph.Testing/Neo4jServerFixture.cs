using PolityGraph.Neo4j;
using Xunit;

namespace PolityGraph.Testing;

/// <summary>
/// The Neo4j server a test assembly runs against. With NEO4J_URI set (as <c>make test</c> does) it is
/// that server; otherwise a throwaway instance is started for the assembly and deleted afterwards.
/// Share it through a collection, so that tests which wipe or load the database never overlap:
/// <code>
/// [CollectionDefinition(Neo4jServerFixture.Collection)]
/// public sealed class Neo4jCollection : ICollectionFixture&lt;Neo4jServerFixture&gt;;
/// [Collection(Neo4jServerFixture.Collection)]
/// public sealed class MyTests(Neo4jServerFixture neo4j) { ... }
/// </code>
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    /// <summary>The collection name every test assembly uses for its database-touching tests.</summary>
    public const string Collection = "Neo4j";

    private Neo4jInstance? instance;
    private Neo4jHttpDriver? driver;

    public Neo4jOptions Options { get; private set; } = null!;

    public INeo4jDriver Driver => driver ?? throw new InvalidOperationException("The Neo4j fixture is not initialised yet.");

    /// <summary>True when this fixture started its own server (no NEO4J_URI).</summary>
    public bool OwnsServer => instance is not null;

    public async Task InitializeAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Options = Neo4jOptions.FromEnvironment();
        else
        {
            instance = await Neo4jInstance.StartThrowawayAsync();
            Options = instance.Options;
        }
        driver = new Neo4jHttpDriver(Options);
    }

    /// <summary>A new driver on the same server, e.g. with an observer or other options.</summary>
    public Neo4jHttpDriver CreateDriver(Action<Neo4jOptions>? configure = null, IStatementObserver? observer = null)
    {
        var options = Neo4jOptions.FromVariables(name => name switch
        {
            "NEO4J_URI" => Options.Uri.ToString(),
            "NEO4J_USER" => Options.User,
            "NEO4J_PASSWORD" => Options.Password,
            "NEO4J_DATABASE" => Options.Database,
            _ => null,
        });
        configure?.Invoke(options);
        return new Neo4jHttpDriver(options, observer);
    }

    /// <summary>Deletes every node and relationship, in batches so a large graph does not exhaust the heap.</summary>
    public async Task WipeAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await Driver.RunAsync(
                "MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted",
                new Dictionary<string, object?> { ["batch"] = 10_000L }, cancellationToken);
            if ((long)result.Records[0]["deleted"]! == 0) return;
        }
    }

    public async Task DisposeAsync()
    {
        if (driver is not null) await driver.DisposeAsync();
        if (instance is not null) await instance.DisposeAsync();
    }
}
