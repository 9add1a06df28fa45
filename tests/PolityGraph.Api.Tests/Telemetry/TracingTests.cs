using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Api.Tests.Http;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Telemetry;

/// <summary>
/// The spans of a GraphQL request over real HTTP on a real Neo4j, captured with an ActivityListener (what an
/// OpenTelemetry SDK subscribes through): one span per operation, named and tagged after its type and name, a
/// child span per Cypher statement, and nowhere a variable's value.
/// </summary>
public sealed class TracingTests(Neo4jServerFixture neo4j) : IClassFixture<Neo4jServerFixture>
{
    [Fact]
    public async Task An_operation_is_one_span_with_a_child_span_per_Cypher_statement_and_no_variable_values()
    {
        const string secret = "what-the-user-typed-7f3a";
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is GraphQLTelemetry.Name or Neo4jTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await TestGraphQLServer.StartAsync(services: services =>
            services.AddSingleton<INeo4jDriver>(_ => neo4j.CreateDriver()));

        var response = await server.Client.PostJsonAsync(new
        {
            query = "query Probe($name: String) { hello(name: $name) a: cypherOne b: cypherOne }",
            variables = new { name = secret },
        });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var operation = await EventuallyAsync(() => stopped.FirstOrDefault(a => a.Source.Name == GraphQLTelemetry.Name && "Probe".Equals(a.GetTagItem("graphql.operation.name"))));
        Assert.Equal("query Probe", operation.DisplayName);
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(200, operation.GetTagItem("http.response.status_code"));
        var statements = stopped.Where(a => a.Source.Name == Neo4jTelemetry.Name && a.TraceId == operation.TraceId).ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, statement =>
        {
            Assert.Equal(Neo4jTelemetry.StatementSpanName, statement.DisplayName);
            Assert.Equal(ActivityKind.Client, statement.Kind);
            Assert.Equal(operation.SpanId, statement.ParentSpanId);
            Assert.Equal("neo4j", statement.GetTagItem("db.system.name"));
            Assert.Equal(1, statement.GetTagItem("db.operation.batch.size"));
        });
        var everything = stopped.Where(a => a.TraceId == operation.TraceId)
            .SelectMany(a => a.TagObjects.Select(tag => $"{tag.Key}={tag.Value}").Append(a.DisplayName)).ToList();
        Assert.DoesNotContain(everything, text => text.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_refused_before_execution_is_a_span_named_graphql_with_its_status()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await TestGraphQLServer.StartAsync();

        var response = await server.Client.PostRawAsync("""{"query": "{ hello }" """, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var span = await EventuallyAsync(() => stopped.FirstOrDefault(a => 400.Equals(a.GetTagItem("http.response.status_code"))));
        Assert.Equal(GraphQLTelemetry.RequestSpanName, span.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    // The span ends once the response is written, which the client may see a moment before.
    private static async Task<Activity> EventuallyAsync(Func<Activity?> find)
    {
        for (var i = 0; i < 100; i++)
        {
            if (find() is { } found) return found;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException("The span was never recorded.");
    }
}
