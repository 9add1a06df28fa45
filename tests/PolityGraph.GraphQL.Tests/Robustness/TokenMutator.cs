using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Robustness;

/// <summary>
/// Mutates documents token by token, mostly in ways that keep them parseable (a name swapped for another name
/// seen in the seeds, a literal for another literal, a leaf field dropped or repeated), sometimes not (a token
/// inserted anywhere): the documents reach validation and execution, not just the parser.
/// </summary>
internal sealed class TokenMutator
{
    private readonly Random _random;
    private readonly List<string> _names;
    private readonly List<string> _literals;
    private readonly List<string> _anyTokens;

    public TokenMutator(int seed, IEnumerable<string> seeds, IEnumerable<string>? extraTokens = null)
    {
        _random = new Random(seed);
        var tokens = seeds.SelectMany(Tokens).ToList();
        _names = tokens.Where(t => t.Kind == TokenKind.Name).Select(t => t.Text).Distinct().ToList();
        _literals = tokens.Where(t => IsLiteral(t.Kind)).Select(t => t.Text).Distinct()
            .Concat(new[] { "0", "-1", "2147483648", "1.5", "1e400", "\"\"", "\"2020-02-30\"" }).ToList();
        _anyTokens = tokens.Select(t => t.Text).Concat(extraTokens ?? Array.Empty<string>()).Distinct().ToList();
    }

    public static List<(TokenKind Kind, string Text)> Tokens(string document)
    {
        var lexer = new Lexer(document);
        var tokens = new List<(TokenKind, string)>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add((token.Kind, document[token.Start..token.End]));
        }
        return tokens;
    }

    public string Mutate(string document)
    {
        var tokens = Tokens(document);
        var edits = _random.Next(1, 4);
        for (var i = 0; i < edits && tokens.Count > 0; i++)
        {
            var at = _random.Next(tokens.Count);
            var (kind, _) = tokens[at];
            var next = at + 1 < tokens.Count ? tokens[at + 1].Kind : TokenKind.EndOfFile;
            var isLeafField = kind == TokenKind.Name && next is TokenKind.Name or TokenKind.BraceRight;
            switch (_random.Next(10))
            {
                case < 4 when kind == TokenKind.Name:
                    tokens[at] = (kind, Pick(_names));
                    break;
                case < 6 when IsLiteral(kind):
                    tokens[at] = (kind, Pick(_literals));
                    break;
                case 6 when isLeafField:
                    tokens.RemoveAt(at);
                    break;
                case 7 when isLeafField:
                    tokens.Insert(at, tokens[at]);
                    break;
                case 8:
                    tokens.Insert(at, (TokenKind.Comment, Pick(_anyTokens)));
                    break;
                default:
                    i--; // no edit made; try another position
                    break;
            }
        }
        return string.Join(" ", tokens.Select(t => t.Text));
    }

    private string Pick(List<string> pool) => pool[_random.Next(pool.Count)];

    private static bool IsLiteral(TokenKind kind) => kind is TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString;
}
