using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>Query fields run concurrently, mutation fields one after another (spec 6.2.1, 6.2.2, 6.3.1); cancellation stops work.</summary>
public class ConcurrencyTests
{
    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        // Each resolver waits for the other to have started: this completes only if both run at once.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .AddResolver("Query", "a", async _ =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "A";
            })
            .AddResolver("Query", "b", async _ =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "B";
            })
            .Build();

        Assert.Equal("""{"data":{"a":"A","b":"B"}}""", await TestSchema.RunAsync(schema, "{ a b }"));
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another_in_request_order()
    {
        var log = new List<string>();
        var schema = TestSchema.Build(log);

        // The first mutation is the slowest: run in parallel it would finish last.
        var result = await TestSchema.RunAsync(schema, """
            mutation {
              first: append(value: "1", delayMs: 60)
              second: append(value: "2", delayMs: 20)
              third: append(value: "3")
            }
            """);

        Assert.Equal("""{"data":{"first":["1"],"second":["1","2"],"third":["1","2","3"]}}""", result);
    }

    [Fact]
    public async Task Async_and_sync_fields_mix_and_keep_request_order()
    {
        var result = await TestSchema.RunAsync(TestSchema.Build(), """{ x: async(value: "x", delayMs: 30) numbers y: async(value: "y") }""");
        Assert.Equal("""{"data":{"x":"x","numbers":[1,2,3],"y":"y"}}""", result);
    }

    [Fact]
    public async Task A_timeout_stops_execution_with_an_error()
    {
        var executor = new RequestExecutor(TestSchema.Build(), new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });
        var started = DateTime.UtcNow;

        var result = await executor.ExecuteAsync(new GraphQLRequest("""{ async(value: "late", delayMs: 5000) }"""));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4), "execution should stop at the time limit");
        Assert.False(result.IsRequestError);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Execution timed out or was cancelled (time limit 50 ms).", error.Message);
        Assert.Equal("EXECUTION_CANCELLED", error.Extensions!["code"]);
    }

    [Fact]
    public async Task The_callers_token_cancels_execution()
    {
        var executor = new RequestExecutor(TestSchema.Build());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var result = await executor.ExecuteAsync(new GraphQLRequest("""{ async(value: "late", delayMs: 5000) }"""), cancellationToken: cancellation.Token);

        Assert.Null(result.Data);
        Assert.Equal("Execution was cancelled.", Assert.Single(result.Errors).Message);
    }
}
