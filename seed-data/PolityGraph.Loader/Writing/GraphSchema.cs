using PolityGraph.GraphModel;
using PolityGraph.Neo4j;

namespace PolityGraph.Loader.Writing;

/// <summary>
/// Creates the graph's constraints and indexes (<see cref="SchemaStatements"/>), in the dialect of the connected
/// server. Here rather than in the graph model, which names the graph and depends on no driver.
/// </summary>
public static class GraphSchema
{
    /// <summary>
    /// Idempotent: safe to run before every load. Schema statements cannot share a transaction with
    /// data writes, so each runs in its own auto-commit transaction before any loading starts.
    /// </summary>
    public static async Task EnsureAsync(INeo4jDriver driver, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var server = await driver.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        foreach (var statement in SchemaStatements.For(server.Version))
            await driver.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
