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
    public const string UnavailableMessage = "The graph database is unavailable. Nothing is wrong with the request: try again shortly.";
    public const string Failed = ErrorCodes.GraphError;

    public async ValueTask<object?> RunAsync(CompiledQuery query, IResolverContext context)
    {
        if (query.Statement is not { } statement) return query.Shape(null);
        QueryResult result;
        try
        {
            result = await driver.RunReadAsync(statement.Cypher, statement.Parameters, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ServiceUnavailableException or HttpRequestException)
        {
            // The address and the socket error are for the log (the HTTP layer logs the inner exception), not for clients.
            throw Coded(UnavailableMessage, Unavailable, e);
        }
        catch (TransientException e)
        {
            throw Coded("The graph database is busy. Try again shortly.", Unavailable, e);
        }
        catch (Neo4jException e)
        {
            // A statement we compiled was refused: a bug on our side, reported without the Cypher text.
            throw Coded("The graph database could not answer this field.", Failed, e);
        }
        return ListOrder.Apply(query.Shape(result));
    }

    private static GraphQLException Coded(string message, string code, Exception cause) =>
        new([new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code })], cause);
}
