using PolityGraph.Api.GraphQLHttp;

namespace PolityGraph.Api.Tests.Http;

/// <summary>Which operation name the request log shows.</summary>
public sealed class OperationNamesTests
{
    [Theory]
    [InlineData("Given", "query Other { a }", "Given")]
    [InlineData(null, "query WhoHeld { a }", "WhoHeld")]
    [InlineData(null, "  # comment\n mutation Rename($x: ID) { a }", "Rename")]
    [InlineData(null, "query($x: ID) { a }", "(anonymous)")]
    [InlineData(null, "{ a }", "(anonymous)")]
    [InlineData(null, "fragment F on Q { a } query Late { ...F }", "(anonymous)")]
    [InlineData(null, "\"unterminated", "(anonymous)")]
    [InlineData(null, "", "(anonymous)")]
    [InlineData("", null, "(anonymous)")]
    public void Operation_name_for_the_log(string? operationName, string? query, string expected) =>
        Assert.Equal(expected, OperationNames.ForLog(operationName, query));
}
