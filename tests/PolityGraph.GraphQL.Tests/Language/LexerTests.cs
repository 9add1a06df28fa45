using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>The lexer (spec 2.1): token kinds, values after escapes, positions, and its errors.</summary>
public class LexerTests
{
    private static List<Token> Lex(string body)
    {
        var lexer = new Lexer(body);
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance()) tokens.Add(token);
        return tokens;
    }

    private static Token Single(string body) => Assert.Single(Lex(body));

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Punctuators_have_their_kind_and_no_value(string body, TokenKind kind)
    {
        var token = Single(body);
        Assert.Equal(kind, token.Kind);
        Assert.Null(token.Value);
        Assert.Equal(0, token.Start);
        Assert.Equal(body.Length, token.End);
    }

    [Theory]
    [InlineData("name", TokenKind.Name, "name")]
    [InlineData("_underscore_9", TokenKind.Name, "_underscore_9")]
    [InlineData("__typename", TokenKind.Name, "__typename")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("-0", TokenKind.Int, "-0")]
    [InlineData("9876543210123456789", TokenKind.Int, "9876543210123456789")]
    [InlineData("-42", TokenKind.Int, "-42")]
    [InlineData("0.0", TokenKind.Float, "0.0")]
    [InlineData("-1.5", TokenKind.Float, "-1.5")]
    [InlineData("1e10", TokenKind.Float, "1e10")]
    [InlineData("6.0221E+23", TokenKind.Float, "6.0221E+23")]
    [InlineData("1.5e-3", TokenKind.Float, "1.5e-3")]
    [InlineData("\"\"", TokenKind.String, "")]
    [InlineData("\"Hồ Chí Minh\"", TokenKind.String, "Hồ Chí Minh")]
    [InlineData("\"\"\"\"\"\"", TokenKind.BlockString, "")]
    [InlineData("\"\"\"block\"\"\"", TokenKind.BlockString, "block")]
    public void Names_numbers_and_strings_carry_their_value(string body, TokenKind kind, string value)
    {
        var token = Single(body);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData(@"""quote \"" inside""", "quote \" inside")]
    [InlineData(@"""back\\slash""", "back\\slash")]
    [InlineData(@"""slash \/""", "slash /")]
    [InlineData(@"""\b\f\n\r\t""", "\b\f\n\r\t")]
    [InlineData(@"""\u0041\u00e9\u1EA1""", "Aéạ")]
    [InlineData(@"""\u{41}\u{1EA1}\u{0000041}""", "Aạ\u0041")]
    [InlineData(@"""emoji \u{1F600}""", "emoji \U0001F600")]
    [InlineData(@"""pair \uD83D\uDE00""", "pair \U0001F600")]
    [InlineData(@"""max \u{10FFFF}""", "max \U0010FFFF")]
    [InlineData("\"raw pair \U0001F600\"", "raw pair \U0001F600")]
    [InlineData("\"control \u0007 allowed\"", "control \u0007 allowed")]
    public void String_escapes_are_decoded(string body, string value)
    {
        var token = Single(body);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    // Spec 2.9.4 BlockStringValue: common indentation and blank first/last lines go; only \""" is an escape.
    [Theory]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"\n\n  \n  only\n\n\"\"\"", "only")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"crlf\r\n  line\r  cr\"\"\"", "crlf\nline\ncr")]
    [InlineData("\"\"\"\t\ttabs\n\t\tindent\"\"\"", "\t\ttabs\nindent")]
    [InlineData("\"\"\"   \n   \"\"\"", "")]
    public void Block_strings_are_dedented(string body, string value)
    {
        var token = Single(body);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Ignored_tokens_are_skipped_and_comments_only_seen_raw()
    {
        var body = "\uFEFF  ,,\t# a comment\n{ a, b }";
        Assert.Equal(
            new[] { TokenKind.BraceLeft, TokenKind.Name, TokenKind.Name, TokenKind.BraceRight },
            Lex(body).Select(t => t.Kind));

        var raw = new Lexer(body);
        var comment = raw.ReadRawToken();
        Assert.Equal(TokenKind.Comment, comment.Kind);
        Assert.Equal(" a comment", comment.Value);
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\n\r\n\rb", 4, 1)]
    [InlineData("a\n   b", 2, 4)]
    [InlineData("a \"\"\"x\n\ny\"\"\" b", 3, 6)]
    [InlineData("a # comment\r\n\tb", 2, 2)]
    public void Lines_end_at_any_line_terminator(string body, int line, int column)
    {
        var last = Lex(body)[^1];
        Assert.Equal("b", last.Value);
        Assert.Equal(line, last.Line);
        Assert.Equal(column, last.Column);
    }

    [Fact]
    public void Token_spans_cover_the_raw_text()
    {
        var body = "{ name(id: \"\\u0041\") }";
        var tokens = Lex(body);
        var text = tokens.Select(t => body[t.Start..t.End]);
        Assert.Equal(new[] { "{", "name", "(", "id", ":", "\"\\u0041\"", ")", "}" }, text);
    }

    [Fact]
    public void Lookahead_does_not_move_and_end_of_file_repeats()
    {
        var lexer = new Lexer("a b");
        Assert.Equal("a", lexer.Advance().Value);
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(2, lexer.TokenCount);
    }

    // Messages and positions as graphql-js 16 reports them (checked against graphql@16.15.0).
    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("{ f(a: 'x') }", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData(".", "Unexpected character: \".\".", 1, 1)]
    [InlineData("{ a }\n  ~", "Unexpected character: \"~\".", 2, 3)]
    [InlineData("\"unterminated", "Unterminated string.", 1, 14)]
    [InlineData("\"line\nbreak\"", "Unterminated string.", 1, 6)]
    [InlineData("\"bad \\x escape\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"\\u12\"", "Invalid Unicode escape sequence: \"\\u12\"\".", 1, 2)]
    [InlineData("\"\\uXYZW\"", "Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 2)]
    [InlineData("\"\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83Dx\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{00000000041}\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 2)]
    [InlineData("\"\\u{1F60\"", "Invalid Unicode escape sequence: \"\\u{1F60\"\".", 1, 2)]
    [InlineData("\"\"\"unterminated", "Unterminated string.", 1, 16)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1, 1)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("0x1F", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("-a", "Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("1.5e3x", "Invalid number, expected digit but got: \"x\".", 1, 6)]
    [InlineData("{ a }\r\n\r\n  ?", "Unexpected character: \"?\".", 3, 3)]
    [InlineData("{ a }\r\r  ?", "Unexpected character: \"?\".", 3, 3)]
    [InlineData("{ a }\n\"\"\"\nblock\nstring\n\"\"\" ?", "Unexpected character: \"?\".", 5, 5)]
    [InlineData("\uFEFF{ a } ?", "Unexpected character: \"?\".", 1, 8)]
    public void Bad_input_is_a_located_syntax_error(string body, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(body));
        Assert.Equal("Syntax Error: " + message, error.Error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Error.Locations));
    }

    // Lone surrogates cannot travel through xunit's theory data (it replaces them), so these run as one table here.
    [Fact]
    public void Lone_surrogates_are_rejected_outside_and_inside_strings()
    {
        var cases = new (string Body, string Message, int Column)[]
        {
            ("\uD800", "Invalid character: U+D800.", 1),
            ("\"raw \uD800 surrogate\"", "Invalid character within String: U+D800.", 6),
            ("\"\"\"raw \uDC00\"\"\"", "Invalid character within String: U+DC00.", 8),
            ("# comment \uDC00", "Invalid character: U+DC00.", 11),
        };
        foreach (var (body, message, column) in cases)
        {
            var error = Assert.Throws<GraphQLSyntaxException>(() => Lex(body));
            Assert.Equal("Syntax Error: " + message, error.Error.Message);
            Assert.Equal(new SourceLocation(1, column), Assert.Single(error.Error.Locations));
        }
    }
}
