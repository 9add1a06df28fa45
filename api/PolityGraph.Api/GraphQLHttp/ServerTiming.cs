using System.Globalization;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// The Server-Timing header (W3C Server Timing): <c>graphql;dur=12.3</c> for the whole request and, when
/// resolvers ran Cypher, <c>cypher;dur=4.5;desc="3 statements"</c>. The Cypher figures come from the
/// <see cref="StatementTiming"/> scope the endpoint opens around execution, which whatever runs the statements
/// reports into (the API wires the Neo4j driver's round trips to it), so resolvers need not do anything and
/// this layer knows nothing of the database.
/// </summary>
public static class ServerTiming
{
    public const string HeaderName = "Server-Timing";

    public static string Format(TimeSpan graphql, StatementTiming? cypher)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"graphql;dur={graphql.TotalMilliseconds:0.###}");
        return cypher is { Statements: > 0 } ? value + ", " + cypher.ToServerTiming() : value;
    }
}

/// <summary>
/// Sums the database statements run inside the current async flow (one GraphQL request):
/// <c>using var timing = StatementTiming.Start();</c>, then read <see cref="Statements"/> and <see cref="Duration"/>.
/// <see cref="Record"/> adds to whichever scope is current and does nothing outside one; resolvers run in
/// parallel, hence the interlocked sums.
/// </summary>
public sealed class StatementTiming : IDisposable
{
    private static readonly AsyncLocal<StatementTiming?> current = new();
    private readonly StatementTiming? outer;
    private long ticks;
    private int statements;

    private StatementTiming(StatementTiming? outer) => this.outer = outer;

    public static StatementTiming Start() => current.Value = new StatementTiming(current.Value);

    /// <summary>Adds a round trip's statements and duration to the current scope, if any.</summary>
    public static void Record(int statements, TimeSpan duration)
    {
        if (current.Value is not { } scope) return;
        Interlocked.Add(ref scope.ticks, duration.Ticks);
        Interlocked.Add(ref scope.statements, statements);
    }

    public int Statements => Volatile.Read(ref statements);

    public TimeSpan Duration => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    /// <summary>The Server-Timing entry for this scope, e.g. <c>cypher;dur=3.2;desc="2 statements"</c>.</summary>
    public string ToServerTiming() => string.Create(CultureInfo.InvariantCulture,
        $"cypher;dur={Duration.TotalMilliseconds:0.###};desc=\"{Statements} statement{(Statements == 1 ? "" : "s")}\"");

    public void Dispose() => current.Value = outer;
}
