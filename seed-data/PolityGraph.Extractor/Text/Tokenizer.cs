using System.Text.RegularExpressions;

namespace PolityGraph.Extractor.Text;

/// <summary>
/// Splits an article into words and punctuation, keeping offsets so every quote is cut from the
/// original text. A word keeps inner dots, hyphens and slashes ("UVT.Ư", "15-NQ/TW", "TP.HCM", "21-8").
/// Sentences end at . ! ? … and line breaks; a title or a name never crosses one.
/// </summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sentence = 0;
        foreach (Match match in Piece().Matches(text))
        {
            if (match.Value == "\n")
            {
                sentence++;
                continue;
            }
            var isWord = char.IsLetterOrDigit(match.Value[0]);
            tokens.Add(new Token(match.Value, match.Index, match.Index + match.Length, sentence, isWord));
            if (!isWord && match.Value is "." or "!" or "?" or "…" or "...") sentence++;
        }
        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[./\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\.\.\.|\n|[^\s\p{L}\p{M}\p{N}]")]
    private static partial Regex Piece();
}
