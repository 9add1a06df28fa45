using System.Text.RegularExpressions;

namespace PolityGraph.Extractor.Text;

/// <summary>
/// Splits an article into words and punctuation, keeping offsets so every quote is cut from the
/// original text. A word keeps inner dots, hyphens, slashes and ampersands ("UVT.Ư", "15-NQ/TW", "TP.HCM", "21-8",
/// "NN&amp;PTNT") and an apostrophe inside a syllable of an ethnic-minority name ("K'đăm", "H'Hen"), except a hyphen gluing a capitalised word to a lower-case one, a dash typed without its spaces
/// ("Lê Văn Thanh-nguyên Giám đốc"): there the hyphen is a token of its own.
/// Sentences end at . ! ? … and line breaks; a title or a name never crosses one.
/// </summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sentence = 0;
        foreach (var match in Pieces(text))
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

    private static IEnumerable<(string Value, int Index, int Length)> Pieces(string text)
    {
        foreach (Match match in Piece().Matches(text))
        {
            var at = 0;
            foreach (Match glue in GluedDash().Matches(match.Value))
            {
                yield return (match.Value[at..glue.Index], match.Index + at, glue.Index - at);
                yield return ("-", match.Index + glue.Index, 1);
                at = glue.Index + 1;
            }
            yield return (match.Value[at..], match.Index + at, match.Length - at);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)?(?:[./\-&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\.\.\.|\n|[^\s\p{L}\p{M}\p{N}]")]
    private static partial Regex Piece();

    /// <summary>A hyphen after a capitalised word of lower-case letters and before a lower-case letter: "Thanh-nguyên".</summary>
    [GeneratedRegex(@"(?<=(?:^|[^\p{L}\p{M}\p{N}])\p{Lu}[\p{Ll}\p{M}]+)-(?=\p{Ll})")]
    private static partial Regex GluedDash();
}
