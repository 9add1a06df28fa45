using Microsoft.Extensions.Primitives;
using PolityGraph.Api.GraphQLHttp;

namespace PolityGraph.Api.Tests.Http;

/// <summary>Which media type answers which Accept header (GraphQL over HTTP "Accept", RFC 9110 12.5.1).</summary>
public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData(null, "Json")]                                                    // legacy default until the watershed
    [InlineData("", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/*", "Json")]
    [InlineData("application/json", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "GraphQLResponseJson")]  // what the spec tells clients to send
    [InlineData("application/json, application/graphql-response+json", "GraphQLResponseJson")]        // equal q: the modern type
    [InlineData("application/json, application/graphql-response+json;q=0.5", "Json")]
    [InlineData("application/graphql-response+json;q=0.2, */*", "Json")]
    [InlineData("application/graphql-response+json, */*;q=0.1", "GraphQLResponseJson")]
    [InlineData("APPLICATION/JSON", "Json")]
    [InlineData("application/json; charset=utf-8", "Json")]
    [InlineData("application/json; charset=UTF-8", "Json")]
    [InlineData("application/json;q=0, */*", "GraphQLResponseJson")]            // json refused explicitly, the wildcard still allows the other
    [InlineData("text/html", null)]                                               // POST never answers HTML
    [InlineData("text/csv, application/xml", null)]
    [InlineData("application/json;q=0", null)]
    [InlineData("application/json; charset=iso-8859-1", null)]
    public void Post(string? accept, string? expected) =>
        Assert.Equal(expected, AcceptNegotiation.Negotiate(new StringValues(accept), AcceptNegotiation.Candidates(htmlAllowed: false))?.ToString());

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", "Html")]  // Chromium's navigation
    [InlineData("text/html", "Html")]
    [InlineData("*/*", "Json")]                                                   // curl, fetch: JSON, not a web page
    [InlineData(null, "Json")]
    [InlineData("application/json, text/html", "Json")]                          // equal q: the API answer
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    public void Get_with_GraphiQL_enabled(string? accept, string? expected) =>
        Assert.Equal(expected, AcceptNegotiation.Negotiate(new StringValues(accept), AcceptNegotiation.Candidates(htmlAllowed: true))?.ToString());
}
