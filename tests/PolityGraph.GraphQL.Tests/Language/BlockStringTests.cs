using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>Block strings: the spec's dedent, and graphql-js's printBlockString / isPrintableAsBlockString.</summary>
public class BlockStringTests
{
    // Spec 2.9.4 BlockStringValue(); expected values from graphql-js dedentBlockStringLines.
    [Theory]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("  first\n    second", "  first\nsecond")]
    [InlineData("\n\n  \n  only\n\n", "only")]
    [InlineData("   \n   ", "")]
    [InlineData("no indent\nat all", "no indent\nat all")]
    [InlineData("\u0009\u0009tab\n\u0009\u0009tab", "\u0009\u0009tab\ntab")]
    [InlineData("  a\n    b\n  c", "  a\n  b\nc")]
    public void Dedent_removes_common_indentation_and_blank_edges(string raw, string value)
    {
        Assert.Equal(value, BlockStrings.Dedent(raw));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"", true)]
    [InlineData("simple", "\"\"\"simple\"\"\"", true)]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"", true)]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"", true)]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"", true)]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"", true)]
    [InlineData("ends with triple\"\"\"", "\"\"\"\nends with triple\\\"\"\"\n\"\"\"", true)]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"", true)]
    [InlineData("two\n  indented", "\"\"\"\ntwo\n  indented\n\"\"\"", true)]
    [InlineData("\n leading newline", "\"\"\"\n\n leading newline\n\"\"\"", false)]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", true)]
    [InlineData("a\n\nb", "\"\"\"\na\n\nb\n\"\"\"", true)]
    [InlineData(" \n ", "\"\"\"\n \n \n\"\"\"", false)]
    public void Print_and_printability_match_graphql_js(string value, string printed, bool printable)
    {
        Assert.Equal(printed, BlockStrings.Print(value));
        Assert.Equal(printable, BlockStrings.IsPrintableAsBlockString(value));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("trailing quote\"")]
    [InlineData("has \"\"\" triple")]
    [InlineData("two\n  indented")]
    [InlineData("a\n\nb")]
    [InlineData("  leading indent\nkept on the first line")]
    public void Printable_values_read_back_unchanged(string value)
    {
        Assert.True(BlockStrings.IsPrintableAsBlockString(value));
        var token = new Lexer(BlockStrings.Print(value)).Advance();
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("  all\n  indented")]
    [InlineData("bell \u0007")]
    public void Values_that_would_change_are_not_printable(string value)
    {
        Assert.False(BlockStrings.IsPrintableAsBlockString(value));
    }
}
