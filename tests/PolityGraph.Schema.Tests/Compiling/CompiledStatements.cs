using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolityGraph.GraphQL.Execution;
using PolityGraph.Neo4j;
using PolityGraph.Schema;
using PolityGraph.Schema.Cypher;

namespace PolityGraph.Schema.Tests.Compiling;

/// <summary>
/// Runs a GraphQL request through the real schema over a driver that only writes down what it is sent, and
/// prints the statements (Cypher and parameters) as the text a snapshot keeps. No database: the recorder
/// answers every statement with no rows, so the response itself is not looked at here.
/// </summary>
public static class CompiledStatements
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<string> OfAsync(string query, string? variablesJson = null, CompilerOptions? options = null)
    {
        var recorder = new RecordingDriver();
        var executor = PolityGraphSchema.CreateExecutor(recorder, compiler: options);
        var variables = variablesJson is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variablesJson)!.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, Variables: variables));
        return Print(recorder.Statements, result);
    }

    /// <summary>
    /// Root fields resolve in parallel, so statements are printed sorted by their text (each numbers its own
    /// parameters from p1, so the order is stable). Errors the compiler raised before any statement are
    /// printed too: they are compile-time answers (e.g. a bad argument).
    /// </summary>
    private static string Print(IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?> Parameters)> statements, ExecutionResult result)
    {
        var text = new StringBuilder();
        foreach (var (cypher, parameters) in statements.OrderBy(s => s.Cypher, StringComparer.Ordinal))
        {
            text.Append(cypher.TrimEnd('\n')).Append('\n');
            var sorted = parameters.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);
            text.Append("-- parameters ").Append(JsonSerializer.Serialize(sorted, Json)).Append('\n');
            text.Append("-- \n");
        }
        if (statements.Count == 0) text.Append("-- no statement\n");
        // Errors the request itself earns (validation, a bad argument); not those of shaping the recorder's empty answer.
        foreach (var error in result.Errors.Where(e => e.OriginalError is null or GraphQL.GraphQLException))
            text.Append("-- error ").Append(error.Extensions?.GetValueOrDefault("code") ?? "").Append(": ").Append(error.Message).Append('\n');
        return text.ToString();
    }

    private sealed class RecordingDriver : INeo4jDriver
    {
        private readonly List<(string, IReadOnlyDictionary<string, object?>)> statements = new();

        public IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?> Parameters)> Statements
        {
            get { lock (statements) return statements.ToList(); }
        }

        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            lock (statements) statements.Add((cypher, parameters ?? new Dictionary<string, object?>()));
            return Task.FromResult(new QueryResult([], []));
        }

        public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("No database here.");

        public Task<T> ExecuteReadAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) => throw new NotSupportedException("No database here.");

        public Task<T> ExecuteWriteAsync<T>(Func<ITransaction, Task<T>> work, CancellationToken cancellationToken = default) => throw new NotSupportedException("No database here.");

        public Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("No database here.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
