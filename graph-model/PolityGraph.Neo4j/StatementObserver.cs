namespace PolityGraph.Neo4j;

/// <summary>One HTTP round trip to Neo4j: how many statements it carried and how long it took.</summary>
/// <param name="Statements">Statements sent (0 for opening a transaction, a bare commit or a rollback).</param>
/// <param name="Succeeded">False when Neo4j reported an error or could not be reached.</param>
public readonly record struct StatementsCompleted(int Statements, TimeSpan Duration, bool Succeeded);

/// <summary>
/// Told about every round trip the driver makes, on the caller's async flow: the API sums them per request
/// for its Server-Timing header. Traces and metrics need no observer: see <see cref="Neo4jTelemetry"/>.
/// </summary>
public interface IStatementObserver
{
    void OnCompleted(StatementsCompleted completed);
}
