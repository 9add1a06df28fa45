using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Execution;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Roots;

namespace PolityGraph.Schema.Execution;

/// <summary>
/// Sends a root field's one statement to Neo4j and turns driver failures into GraphQL errors with a code a
/// client can act on. Keeps no state between requests, so the API recovers by itself once Neo4j is back.
/// Timing and telemetry are the driver's (it reports every round trip), not this runner's.
/// </summary>
public sealed class GraphQueryRunner(INeo4jDriver driver)
{
    public const string Unavailable = ErrorCodes.GraphUnavailable;
    public const string Failed = ErrorCodes.GraphError;

    public async ValueTask<object?> RunAsync(CompiledQuery query, IResolverContext context)
    {
        if (query.Statement is not { } statement) return query.Shape(null);
        QueryResult result;
        try
        {
            result = await driver.RunAsync(statement.Cypher, statement.Parameters, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ServiceUnavailableException or HttpRequestException)
        {
            throw new GraphQLException(
                $"The graph database is unavailable ({e.Message}). Nothing is wrong with the request: try again shortly.",
                new Dictionary<string, object?> { ["code"] = Unavailable });
        }
        catch (TransientException e)
        {
            throw new GraphQLException(
                $"The graph database is busy ({e.Code}). Try again shortly.",
                new Dictionary<string, object?> { ["code"] = Unavailable, ["neo4jCode"] = e.Code });
        }
        catch (Neo4jException e)
        {
            // A statement we compiled was refused: a bug on our side, reported without the Cypher text.
            throw new GraphQLException(
                $"The graph database could not answer this field ({e.Code}).",
                new Dictionary<string, object?> { ["code"] = Failed, ["neo4jCode"] = e.Code });
        }
        return ListOrder.Apply(query.Shape(result));
    }
}
