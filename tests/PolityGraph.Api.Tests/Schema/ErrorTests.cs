namespace PolityGraph.Api.Tests.Schema;

/// <summary>Bad dates are located errors; a Neo4j outage is a coded error the API recovers from by itself.</summary>
[Collection(HandMadeGraphCollection.Name)]
public sealed class ErrorTests(HandMadeGraph graph)
{
    [Theory]
    [InlineData("2020-02-30", "February 2020 has 29 days")]
    [InlineData("2023-13-01", "month 13 does not exist")]
    [InlineData("12/01/2023", "YYYY-MM-DD")]
    public async Task An_invalid_date_literal_is_a_located_error(string date, string reason)
    {
        var response = await graph.QueryAsync($$"""{ officeholders(position: "position:secretary-hanoi-party-committee", on: "{{date}}") { from } }""");
        var error = Assert.Single(response.Result.Errors);
        Assert.Contains(reason, error.Message);
        Assert.NotEmpty(error.Locations);
        Assert.Empty(response.Statements);
    }

    [Fact]
    public async Task An_invalid_date_variable_is_a_request_error()
    {
        var response = await graph.QueryAsync("query($on: Date) { body(id: \"body:hanoi-party-committee\") { members(on: $on) { from } } }", new { on = "2021-02-29" });
        Assert.True(response.Result.IsRequestError);
        Assert.Contains("February 2021 has 28 days", Assert.Single(response.Result.Errors).Message);
    }

    [Fact]
    public async Task A_Neo4j_outage_is_SERVICE_UNAVAILABLE_without_the_address_and_the_API_recovers_when_it_is_back()
    {
        const string Query = """{ person(id: "person:dinh-tien-dung") { name } }""";
        await graph.Instance.StopAsync();
        try
        {
            var down = await graph.QueryAsync(Query);
            var error = Assert.Single(down.Result.Errors);
            Assert.Equal("SERVICE_UNAVAILABLE", error.Extensions!["code"]);
            Assert.Equal(PolityGraph.Schema.Execution.GraphQueryRunner.UnavailableMessage, error.Message);
            // The address is kept for the log, on the cause.
            Assert.Contains(graph.Instance.Options.Uri.Authority, error.OriginalError!.InnerException!.Message);
            Assert.Equal(["person"], error.Path!.Select(p => p.ToString()));
        }
        finally
        {
            await graph.Instance.StartAsync();
        }
        var up = await graph.QueryAsync(Query);
        JsonAssert.Equal("""{"person": {"name": "Đinh Tiến Dũng"}}""", up.Ok());
    }
}
