using System.Text.Json;
using System.Text.Json.Nodes;
using PolityGraph.Loader.Writing;
using PolityGraph.GraphQL.Execution;
using PolityGraph.Neo4j;
using PolityGraph.Schema;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// A Neo4j instance of its own (tests here read only; other assemblies may wipe a shared server at any time)
/// holding one data set, and the API's executor over it through a <see cref="RecordingDriver"/>.
/// </summary>
public abstract class ApiGraph : IAsyncLifetime
{
    private Neo4jInstance? instance;
    private Neo4jHttpDriver? driver;
    private Task<ApiProcess>? api;

    public Neo4jInstance Instance => instance!;
    public RecordingDriver Counting { get; private set; } = null!;
    public IRequestExecutor Executor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        instance = await Neo4jInstance.StartThrowawayAsync();
        // Reports into the same Server-Timing scope as in the host.
        driver = new Neo4jHttpDriver(instance.Options, StatementTimingObserver.Instance);
        await GraphSchema.EnsureAsync(driver);
        await LoadAsync(driver, instance.Options);
        Counting = new RecordingDriver(driver);
        Executor = PolityGraphSchema.CreateExecutor(Counting);
    }

    protected abstract Task LoadAsync(INeo4jDriver driver, Neo4jOptions options);

    /// <summary>Runs a query; returns the response as JSON (errors, data) and the statements it sent.</summary>
    public async Task<Response> QueryAsync(string query, object? variables = null)
    {
        var context = new RequestContext();
        Dictionary<string, object?>? vars = null;
        if (variables is not null)
            vars = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(variables))!
                .ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        ExecutionResult result;
        IReadOnlyList<string> statements;
        lock (Counting) Counting.Reset();
        using var timing = StatementTiming.Start();
        result = await Executor.ExecuteAsync(new GraphQLRequest(query, Variables: vars), context);
        statements = Counting.Cypher;
        return new Response(result, statements, timing.Statements);
    }

    /// <summary>The real API host over this graph, over real HTTP; started on first use, once for the collection.</summary>
    public Task<ApiProcess> ApiAsync()
    {
        lock (this) return api ??= ApiProcess.StartAsync(Instance.Options);
    }

    public async Task DisposeAsync()
    {
        if (api is { IsCompletedSuccessfully: true }) await (await api).DisposeAsync();
        if (driver is not null) await driver.DisposeAsync();
        if (instance is not null) await instance.DisposeAsync();
    }
}

/// <summary>What a test looks at: data as JSON, the errors, and the Cypher statements the request sent.</summary>
public sealed record Response(ExecutionResult Result, IReadOnlyList<string> Statements, int TimedStatements)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JsonNode? Data => JsonSerializer.SerializeToNode(Result.Data, Json);

    /// <summary>The data as compact JSON, for comparing with an expected literal.</summary>
    public string DataJson => JsonSerializer.Serialize(Result.Data, Json);

    public IReadOnlyList<string> ErrorMessages => Result.Errors.Select(e => e.Message).ToList();

    /// <summary>The data, failing with the errors when there are any.</summary>
    public JsonNode Ok()
    {
        Assert.True(Result.Errors.Count == 0, "Unexpected errors: " + string.Join(" | ", ErrorMessages));
        return Data!;
    }
}

/// <summary>The hand-made graph of Fixture/HandMadeGraph.cypher: small, with facts chosen for exact assertions.</summary>
public sealed class HandMadeGraph : ApiGraph
{
    protected override async Task LoadAsync(INeo4jDriver driver, Neo4jOptions options)
    {
        var path = RepositoryRoot.Combine("tests", "PolityGraph.Api.Tests", "Schema", "Fixture", "HandMadeGraph.cypher");
        var lines = File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        await driver.RunAsync(string.Join("\n", lines));
    }
}

[CollectionDefinition(Name)]
public sealed class HandMadeGraphCollection : ICollectionFixture<HandMadeGraph>
{
    public const string Name = "Hand-made graph";
}
