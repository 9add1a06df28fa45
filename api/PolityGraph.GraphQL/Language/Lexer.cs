using System.Text;

namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Turns a GraphQL source into tokens (spec 2.1, October 2021), one at a time, skipping ignored tokens
/// (BOM, white space, line terminators, commas) and, through <see cref="Advance"/>, comments.
/// Error messages match graphql-js so clients see the same wording from either server.
/// </summary>
public sealed class Lexer
{
    private const int EndOfInput = -1;

    private readonly string _body;
    private readonly int _maxTokens;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _tokenCount;
    private Token _token;
    private int _lastTokenEnd;
    private Token _lookahead;
    private bool _hasLookahead;
    private StringBuilder? _builder;

    public Lexer(Source source, int maxTokens = int.MaxValue)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        _body = source.Body;
        _maxTokens = maxTokens;
        // At 1:1, so that the document node, which starts at this token, reports a real place.
        _token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1);
    }

    public Lexer(string body)
        : this(new Source(body))
    {
    }

    public Source Source { get; }

    /// <summary>The current token (starts as &lt;SOF&gt;).</summary>
    public Token Token => _token;

    /// <summary>Where the token before the current one ends: the end of the node being parsed.</summary>
    public int LastTokenEnd => _lastTokenEnd;

    /// <summary>Tokens read so far, comments excluded: what <see cref="ParserOptions.MaxTokens"/> limits.</summary>
    public int TokenCount => _tokenCount;

    /// <summary>Moves to the next significant (non-comment) token and returns it.</summary>
    public Token Advance()
    {
        _lastTokenEnd = _token.End;
        if (_hasLookahead)
        {
            _token = _lookahead;
            _hasLookahead = false;
        }
        else if (_token.Kind != TokenKind.EndOfFile)
        {
            // Straight into the current token: each copy of a token into a field costs a GC write barrier.
            _token = ReadSignificantToken();
        }
        return _token;
    }

    /// <summary>The token after the current one, without moving; once at &lt;EOF&gt; it stays there.</summary>
    public Token Lookahead()
    {
        if (_hasLookahead) return _lookahead;
        if (_token.Kind == TokenKind.EndOfFile) return _token;
        _lookahead = ReadSignificantToken();
        _hasLookahead = true;
        return _lookahead;
    }

    private Token ReadSignificantToken()
    {
        var next = ReadNextToken();
        while (next.Kind == TokenKind.Comment) next = ReadNextToken();
        if (next.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw new GraphQLSyntaxException(
                Source, next.Start, $"Document exceeds the maximum of {_maxTokens} tokens.", prefixed: false);
        }
        return next;
    }

    /// <summary>Reads the next token including comments: for tools that keep comments (tests, formatters).</summary>
    public Token ReadRawToken()
    {
        _lastTokenEnd = _token.End;
        _token = ReadNextToken();
        return _token;
    }

    private Token ReadNextToken()
    {
        var body = _body;
        var length = body.Length;
        var position = _position;

        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                // Ignored: BOM, tab, space, comma (spec 2.1.1-2.1.5)
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    NewLine(position);
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenLeft, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenRight, position, 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }
                    break;
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketLeft, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketRight, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceLeft, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceRight, position, 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-') return ReadNumber(position);
            if (IsNameStart(code)) return ReadName(position);

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsScalarValueAt(position)
                    ? $"Unexpected character: {DescribeCharAt(position)}."
                    : $"Invalid character: {DescribeCharAt(position)}.");
        }

        _position = length;
        return new Token(TokenKind.EndOfFile, length, length, _line, length - _lineStart + 1);
    }

    private void NewLine(int nextLineStart)
    {
        _line++;
        _lineStart = nextLineStart;
    }

    private Token Punctuator(TokenKind kind, int start, int width)
    {
        _position = start + width;
        return new Token(kind, start, start + width, _line, start - _lineStart + 1);
    }

    private Token Make(TokenKind kind, int start, int end, string value)
    {
        _position = end;
        return new Token(kind, start, end, _line, start - _lineStart + 1, value);
    }

    // Comment :: # CommentChar* (spec 2.1.4): runs to the end of the line.
    private Token ReadComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '\n' || code == '\r') break;
            if (!char.IsSurrogate(code)) position++;
            else if (IsSurrogatePairAt(position)) position += 2;
            else break; // a lone surrogate ends the comment; the next read reports it
        }
        return Make(TokenKind.Comment, start, position, body.Substring(start + 1, position - start - 1));
    }

    // Name :: NameStart NameContinue* (spec 2.1.9)
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position])) position++;
        return Make(TokenKind.Name, start, position, body.Substring(start, position - start));
    }

    // IntValue and FloatValue (spec 2.9.1, 2.9.2), with the lookahead restrictions: no leading zeros,
    // and no digit, '.' or NameStart directly after a number.
    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;

        if (code == '-') code = CharAt(++position);

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-') code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCharAt(start)}.");
        }
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsDigit(body[position])) position++;
        return position;
    }

    // StringValue :: " StringCharacter* " (spec 2.9.4). Strings without escapes cost one substring.
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < body.Length)
        {
            var code = body[position];

            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }
                return Make(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= RentBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, value)
                        : ReadFixedWidthUnicodeEscape(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r') break;

            if (!char.IsSurrogate(code)) position++;
            else if (IsSurrogatePairAt(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    private StringBuilder RentBuilder()
    {
        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        return builder;
    }

    // \u{X...}: one to six significant hex digits naming a Unicode scalar value.
    private int ReadVariableWidthUnicodeEscape(int start, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        // At most 12 characters: \u{00000000}
        while (size < 12)
        {
            var code = CharAt(start + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                AppendCodePoint(value, point);
                return size;
            }
            // Same arithmetic as graphql-js: a bad digit (-1) or a ninth significant digit makes it negative.
            point = (point << 4) | HexValue(code);
            if (point < 0) break;
        }
        throw Error(start, $"Invalid Unicode escape sequence: \"{Slice(start, size)}\".");
    }

    // \uXXXX: a scalar value, or a leading surrogate immediately followed by an escaped trailing one.
    private int ReadFixedWidthUnicodeEscape(int start, StringBuilder value)
    {
        var code = Read16BitHex(start + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (code >= 0xD800 && code <= 0xDBFF && CharAt(start + 6) == '\\' && CharAt(start + 7) == 'u')
        {
            var trailing = Read16BitHex(start + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw Error(start, $"Invalid Unicode escape sequence: \"{Slice(start, 6)}\".");
    }

    private int ReadEscapedCharacter(int start, StringBuilder value)
    {
        char? escaped = CharAt(start + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(start, $"Invalid character escape sequence: \"{Slice(start, 2)}\".");
        }
        value.Append(escaped.Value);
        return 2;
    }

    // BlockString :: """ BlockStringCharacter* """ (spec 2.9.4): raw lines, \""" the only escape, then dedented.
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var line = _line;
        var lineStart = _lineStart;
        var lines = new List<string>();
        var current = RentBuilder();

        while (position < body.Length)
        {
            var code = body[position];

            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                var token = Make(TokenKind.BlockString, start, position + 3, BlockStrings.Dedent(lines));
                // The token reports where it starts; the lexer continues on the line where it ends.
                _line = line;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // keep the quotes, drop the backslash
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                current.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                line++;
                lineStart = position;
                continue;
            }

            if (!char.IsSurrogate(code)) position++;
            else if (IsSurrogatePairAt(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : EndOfInput;

    private string Slice(int start, int length) =>
        _body.Substring(start, Math.Min(length, _body.Length - start));

    private int Read16BitHex(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(CharAt(position + i));
            if (digit < 0) return -1;
            result = (result << 4) | digit;
        }
        return result;
    }

    private bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_body[position]) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);

    private bool IsScalarValueAt(int position) =>
        !char.IsSurrogate(_body[position]) || IsSurrogatePairAt(position);

    // As graphql-js prints a character in messages: "x" for printable ASCII, U+XXXX otherwise, <EOF> past the end.
    private string DescribeCharAt(int position)
    {
        if (position >= _body.Length) return "<EOF>";
        int code = _body[position];
        if (IsSurrogatePairAt(position)) code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        if (code >= 0x20 && code <= 0x7E) return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        return "U+" + code.ToString("X4");
    }

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    private static void AppendCodePoint(StringBuilder builder, int point)
    {
        if (point < 0x10000) builder.Append((char)point);
        else builder.Append(char.ConvertFromUtf32(point));
    }

    private static bool IsUnicodeScalarValue(int code) =>
        (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    internal static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    internal static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    internal static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    internal static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';
}
