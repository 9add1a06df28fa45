using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>The response format of spec 7.1 in graphql-js's key order: errors, data, extensions.</summary>
public class ExecutionResultJsonWriterTests
{
    [Fact]
    public void A_request_error_has_errors_and_no_data_entry()
    {
        var result = ExecutionResult.FromRequestError(new GraphQLError("Bad.", new[] { new SourceLocation(2, 5) }));
        Assert.Equal("""{"errors":[{"message":"Bad.","locations":[{"line":2,"column":5}]}]}""", ExecutionResultJsonWriter.Serialize(result));
    }

    [Fact]
    public void An_executed_request_always_has_data_even_when_null()
    {
        var result = ExecutionResult.FromData(null, new[] { new GraphQLError("Boom.", path: new object[] { "a", 0, "b" }) });
        Assert.Equal("""{"errors":[{"message":"Boom.","path":["a",0,"b"]}],"data":null}""", ExecutionResultJsonWriter.Serialize(result));
    }

    [Fact]
    public void Values_of_every_kind_are_written_with_extensions_last()
    {
        var data = new Dictionary<string, object?>
        {
            ["text"] = "Nguyễn \"Phú\" Trọng",
            ["int"] = 1,
            ["long"] = 5_000_000_000L,
            ["float"] = 1.5,
            ["whole"] = 2.0,
            ["bool"] = true,
            ["null"] = null,
            ["list"] = new object?[] { 1, "a", null },
            ["json"] = System.Text.Json.JsonDocument.Parse("""{"x":[1]}""").RootElement,
        };
        var result = ExecutionResult.FromData(data);
        result.Extensions["cost"] = 3;
        Assert.Equal("""{"data":{"text":"Nguyễn \"Phú\" Trọng","int":1,"long":5000000000,"float":1.5,"whole":2,"bool":true,"null":null,"list":[1,"a",null],"json":{"x":[1]}},"extensions":{"cost":3}}""",
            ExecutionResultJsonWriter.Serialize(result));
    }

    [Fact]
    public async Task Writes_to_a_stream()
    {
        using var stream = new MemoryStream();
        await ExecutionResultJsonWriter.WriteAsync(stream, ExecutionResult.FromData(new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Equal("""{"data":{"a":1}}""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
