using System.Net;

namespace PolityGraph.Api.Tests.Http;

/// <summary>Requests that run: media types, status codes, GET, variables, operation names, field errors, UTF-8.</summary>
public sealed class ExecutedRequestTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    public async Task Answers_in_the_negotiated_media_type(string? accept, string mediaType)
    {
        var response = await fixture.Client.PostRawAsync("""{"query":"{ hello }"}""", "application/json", accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Theory]
    // Request errors (no data): 400 for the GraphQL-over-HTTP type, 200 for legacy application/json clients.
    [InlineData("{ hello", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ hello", "application/json", HttpStatusCode.OK)]
    [InlineData("{ nope }", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ nope }", "application/json", HttpStatusCode.OK)]
    // A field error leaves data: 200 for both.
    [InlineData("{ hello failing }", "application/graphql-response+json", HttpStatusCode.OK)]
    [InlineData("{ hello failing }", "application/json", HttpStatusCode.OK)]
    public async Task Status_code_follows_the_media_type(string query, string accept, HttpStatusCode status)
    {
        var response = await fixture.Client.PostJsonAsync(new { query }, accept);

        Assert.True(status == response.Status, response.ToString());
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task A_field_error_keeps_the_other_fields_and_names_its_path()
    {
        var response = await fixture.Client.PostJsonAsync(new { query = "{ hello failing }" });

        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("failing").ValueKind);
        Assert.Equal("failing", response.Errors[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task An_unexpected_exception_in_a_resolver_reaches_the_log_not_the_client()
    {
        var response = await fixture.Client.PostJsonAsync(new { query = "query Unexpected { hello failing }" });

        // The resolver threw InvalidOperationException("This field always fails."): a stable message and code instead.
        Assert.Equal(PolityGraph.Api.GraphQLHttp.ErrorMasking.UnexpectedMessage, response.FirstErrorMessage);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstErrorCode);
        Assert.DoesNotContain("always fails", response.Body);
        Assert.DoesNotContain("Exception", response.Body);
        var logged = Assert.Single(fixture.Server.Logs.Entries, e => e.EventId.Name == "GraphQLFieldFailed" && Equals(e.Fields["OperationName"], "Unexpected"));
        Assert.Equal("failing", logged.Fields["Path"]);
    }

    [Fact]
    public async Task The_execution_timeout_answers_200_to_legacy_clients()
    {
        var response = await fixture.Client.PostJsonAsync(new { query = "{ slow(milliseconds: 20000) }" }, accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_query_within_the_timeout_runs()
    {
        var response = await fixture.Client.PostJsonAsync(new { query = "{ slow(milliseconds: 10) }" });

        Assert.Equal("done", response.Data.GetProperty("slow").GetString());
    }

    [Fact]
    public async Task A_client_that_leaves_is_logged_as_gone_and_the_server_keeps_serving()
    {
        var operationName = "Leave" + Guid.NewGuid().ToString("N")[..8];
        using var leave = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Client.PostAsync("/graphql",
            new StringContent($$"""{"query":"query {{operationName}} { slow(milliseconds: 800) }"}""", System.Text.Encoding.UTF8, "application/json"),
            leave.Token));

        await fixture.Client.AssertStillServesAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!fixture.Server.Logs.Entries.Any(e => e.EventId.Name == "GraphQLRequestAborted" && Equals(e.Fields["OperationName"], operationName))
               && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Contains(fixture.Server.Logs.Entries, e => e.EventId.Name == "GraphQLRequestAborted" && Equals(e.Fields["OperationName"], operationName));
        Assert.DoesNotContain(fixture.Server.Logs.Entries, e => e.EventId.Name == "GraphQLRequest" && Equals(e.Fields["OperationName"], operationName));
    }

    [Fact]
    public async Task GET_runs_queries_with_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A { hello } query B($name: String!) { hello(name: $name) }");
        var variables = Uri.EscapeDataString("""{"name":"Hà Nội"}""");

        var response = await fixture.Client.GetGraphQLAsync($"/graphql?query={query}&operationName=B&variables={variables}");

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Hello, Hà Nội!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task GET_of_a_query_next_to_a_mutation_runs_the_query()
    {
        var query = Uri.EscapeDataString("query Q { hello } mutation M { rename(name: \"x\") }");

        var response = await fixture.Client.GetGraphQLAsync($"/graphql?query={query}&operationName=Q");

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
    }

    [Fact]
    public async Task Variables_arrive_as_plain_values_and_lists_of_any_length_within_the_body_limit()
    {
        var response = await fixture.Client.PostJsonAsync(new
        {
            query = "query Sum($values: [Int!]!) { sum(values: $values) }",
            variables = new { values = Enumerable.Repeat(2, 50_000) },
        });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(100_000, response.Data.GetProperty("sum").GetInt32());
    }

    [Fact]
    public async Task A_large_result_is_written_whole()
    {
        // 50 people with 50 friends each: complexity 1 + 50 * (1 + 1 + 50) = 2,601, under the default 5,000.
        var response = await fixture.Client.PostJsonAsync(new { query = "{ people(first: 50) { name friends(first: 50) { name } } }" });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var people = response.Data.GetProperty("people");
        Assert.Equal(50, people.GetArrayLength());
        Assert.Equal("person.50.50", people[49].GetProperty("friends")[49].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unicode_survives_the_round_trip()
    {
        var response = await fixture.Client.PostJsonAsync(new { query = """{ hello(name: "Đinh Tiến Dũng 🏃") }""" });

        Assert.Equal("Hello, Đinh Tiến Dũng 🏃!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Extensions_and_null_parameters_are_accepted()
    {
        var response = await fixture.Client.PostRawAsync(
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":{"tracing":true}}""", "application/json");

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task Every_response_carries_Server_Timing_and_is_not_cached()
    {
        var response = await fixture.Client.PostJsonAsync(new { query = "{ hello }" });

        var timing = Assert.Single(response.Headers.GetValues("Server-Timing"));
        Assert.Matches(@"^graphql;dur=\d+(\.\d+)?$", timing);
        Assert.True(response.Headers.CacheControl?.NoStore, "responses must not be cached");
    }

    [Fact]
    public async Task Each_request_logs_one_structured_line()
    {
        var operationName = "LogMe" + Guid.NewGuid().ToString("N")[..8];

        await fixture.Client.PostJsonAsync(new { query = $"query {operationName} {{ hello failing }}", operationName });

        var entry = Assert.Single(fixture.Server.Logs.Entries, e => e.EventId.Name == "GraphQLRequest" && Equals(e.Fields["OperationName"], operationName));
        Assert.Equal(200, entry.Fields["StatusCode"]);
        Assert.Equal(1, entry.Fields["ErrorCount"]);
        Assert.Equal("POST", entry.Fields["Method"]);
        Assert.IsType<double>(entry.Fields["DurationMs"]);
        Assert.Equal(0, entry.Fields["CypherStatements"]);
    }

    [Fact]
    public async Task The_schema_is_served_as_SDL()
    {
        var response = await fixture.Client.GetGraphQLAsync("/graphql/schema.graphql", accept: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain", response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal(PolityGraph.GraphQL.Utilities.SchemaPrinter.Print(TestSchema.Build()), response.Body);
        Assert.Contains("type Query {", response.Body);
    }
}
