using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>ParserOptions limits: length before lexing, tokens while lexing, nesting while parsing.</summary>
public class ParserLimitsTests
{
    private static GraphQLError Rejected(string document, ParserOptions options) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document, options)).Error;

    [Fact]
    public void Length_is_checked_before_anything_is_read()
    {
        var options = new ParserOptions { MaxDocumentLength = 10 };
        Parser.Parse("{ abcdef }", options);

        // Even a document that would not lex gets the length error: nothing past the limit is read.
        var error = Rejected("{ abcdefg \u0007", options);
        Assert.Equal("Document exceeds the maximum length of 10 characters.", error.Message);
        Assert.Equal(new SourceLocation(1, 1), Assert.Single(error.Locations));
    }

    [Theory]
    [InlineData("{ a b c }", 5, null)]
    [InlineData("{ a b c }", 4, "1:9")]
    [InlineData("{ a # comments and commas, do not count\n,,, b }", 4, null)]
    [InlineData("query Q($v: [Int!]) { a(x: $v) }", 20, null)]
    [InlineData("query Q($v: [Int!]) { a(x: $v) }", 19, "1:32")]
    public void Tokens_are_counted_while_lexing(string document, int maxTokens, string? errorAt)
    {
        var options = new ParserOptions { MaxTokens = maxTokens };
        if (errorAt is null)
        {
            Parser.Parse(document, options);
            return;
        }
        var error = Rejected(document, options);
        Assert.Equal($"Document exceeds the maximum of {maxTokens} tokens.", error.Message);
        Assert.Equal(errorAt, Assert.Single(error.Locations).ToString());
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3, null)]
    [InlineData("{ a { b { c } } }", 2, "1:9")]
    [InlineData("{ a(x: [[1]]) }", 3, null)]
    [InlineData("{ a(x: [[1]]) }", 2, "1:9")]
    [InlineData("{ a(x: {b: {c: [1]}}) }", 3, "1:16")]
    [InlineData("query Q($v: [[Int]]) { a }", 2, null)]
    [InlineData("query Q($v: [[Int]]) { a }", 1, "1:14")]
    [InlineData("type T { a(x: [[[Int]]]): Int }", 2, "1:17")]
    public void Nesting_of_selections_lists_objects_and_list_types_is_limited(string document, int maxDepth, string? errorAt)
    {
        var options = new ParserOptions { MaxDepth = maxDepth };
        if (errorAt is null)
        {
            Parser.Parse(document, options);
            return;
        }
        var error = Rejected(document, options);
        Assert.Equal($"Document exceeds the maximum nesting depth of {maxDepth}.", error.Message);
        Assert.Equal(errorAt, Assert.Single(error.Locations).ToString());
    }

    [Fact]
    public void The_defaults_stop_a_deeply_nested_document_with_an_error_not_a_crash()
    {
        var document = "{ a(x: " + new string('[', 50_000) + new string(']', 50_000) + ") }";
        var error = Rejected(document, ParserOptions.Default);
        Assert.Equal($"Document exceeds the maximum nesting depth of {ParserOptions.Default.MaxDepth}.", error.Message);
    }

    [Fact]
    public void Without_a_depth_limit_the_stack_still_cannot_overflow()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentLength = int.MaxValue };
        var document = "{ a(x: " + new string('[', 2_000_000) + ") }";
        var error = Rejected(document, options);
        Assert.Equal("Document is nested too deeply to parse.", error.Message);
    }

    [Fact]
    public void Defaults_are_generous()
    {
        var defaults = ParserOptions.Default;
        Assert.True(defaults.MaxDocumentLength >= 1_000_000);
        Assert.True(defaults.MaxTokens >= 100_000);
        Assert.True(defaults.MaxDepth >= 100);

        // A realistic large query: 2,000 aliased fields with arguments, well inside the defaults.
        var fields = string.Join(" ", Enumerable.Range(0, 2000).Select(i => $"f{i}: officeholder(id: {i}) {{ id fullName }}"));
        Parser.Parse("{ " + fields + " }");
    }
}
