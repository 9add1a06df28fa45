namespace PolityGraph.Neo4j;

/// <summary>One HTTP round trip to Neo4j: how many statements it carried and how long it took.</summary>
/// <param name="Statements">Statements sent (0 for a bare commit or rollback).</param>
/// <param name="Succeeded">False when Neo4j reported an error or could not be reached.</param>
public readonly record struct StatementsCompleted(int Statements, TimeSpan Duration, bool Succeeded);

/// <summary>Told about every round trip the driver makes, e.g. to emit a Server-Timing header.</summary>
public interface IStatementObserver
{
    void OnCompleted(StatementsCompleted completed);
}

/// <summary>
/// Sums the Cypher work done inside the current async flow (one HTTP request of the API).
/// <c>using var timing = CypherTiming.Start();</c> then read <see cref="Statements"/> and <see cref="Duration"/>;
/// the driver reports into it when constructed with <see cref="Observer"/>.
/// </summary>
public sealed class CypherTiming : IDisposable
{
    private static readonly AsyncLocal<CypherTiming?> current = new();
    private readonly CypherTiming? outer;
    private long ticks;
    private int statements;

    private CypherTiming(CypherTiming? outer) => this.outer = outer;

    /// <summary>Reports into whatever CypherTiming scope is current; a no-op outside one.</summary>
    public static IStatementObserver Observer { get; } = new ScopeObserver();

    public static CypherTiming Start() => current.Value = new CypherTiming(current.Value);

    public int Statements => Volatile.Read(ref statements);
    public TimeSpan Duration => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    /// <summary>The Server-Timing entry for this scope, e.g. <c>cypher;dur=3.2;desc="2 statements"</c>.</summary>
    public string ToServerTiming() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"cypher;dur={Duration.TotalMilliseconds:0.###};desc=\"{Statements} statement{(Statements == 1 ? "" : "s")}\"");

    public void Dispose() => current.Value = outer;

    private sealed class ScopeObserver : IStatementObserver
    {
        public void OnCompleted(StatementsCompleted completed)
        {
            if (current.Value is not { } scope) return;
            Interlocked.Add(ref scope.ticks, completed.Duration.Ticks);
            Interlocked.Add(ref scope.statements, completed.Statements);
        }
    }
}
