using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>Finds the provinces and cities of <see cref="Lexicon.Places"/> in a token list.</summary>
public static class Places
{
    private static readonly IReadOnlyList<string[]> Folded =
        [.. Lexicon.Places.Select(p => Tokenizer.Tokenize(p).Select(t => t.Folded).ToArray()).OrderByDescending(p => p.Length)];

    /// <summary>The number of tokens of the place starting at <paramref name="at"/>, or 0.</summary>
    public static int LengthAt(IReadOnlyList<Token> tokens, int at)
    {
        foreach (var place in Folded)
        {
            if (at + place.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < place.Length && match; i++)
                match = tokens[at + i].Folded == place[i] && tokens[at + i].Sentence == tokens[at].Sentence;
            if (match && tokens[at].IsCapitalized) return place.Length;
        }
        return 0;
    }

    /// <summary>True when a place covers the token at <paramref name="at"/> (starting there or earlier).</summary>
    public static bool Covers(IReadOnlyList<Token> tokens, int at)
    {
        for (var start = Math.Max(0, at - 4); start <= at; start++)
            if (LengthAt(tokens, start) is > 0 and var length && start + length > at) return true;
        return false;
    }

    /// <summary>A unit's word before its name: "tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn".</summary>
    public static bool IsUnitWord(Token token) =>
        token.IsWord && token.Lowered is "tỉnh" or "thành" or "huyện" or "quận" or "xã" or "phường" or "thị";
}
