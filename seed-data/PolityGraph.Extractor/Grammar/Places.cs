using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>Finds the provinces and cities of <see cref="Lexicon.Places"/> in a token list.</summary>
public static class Places
{
    private static readonly IReadOnlyList<string[]> Folded =
        [.. Lexicon.Places.Select(p => Tokenizer.Tokenize(p).Select(t => t.Folded).ToArray()).OrderByDescending(p => p.Length)];

    /// <summary>Each place's syllables as spelled (<see cref="Token.SpellingOf"/>), by its folded form.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Spelled = Lexicon.Places
        .Select(p => Tokenizer.Tokenize(p)).GroupBy(t => string.Join(' ', t.Select(x => x.Folded)))
        .ToDictionary(g => g.Key, g => g.First().Select(t => Token.SpellingOf(t.Text)).ToArray());

    /// <summary>The number of tokens of the place starting at <paramref name="at"/>, or 0.</summary>
    public static int LengthAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count) return 0;
        var first = GluedAbbreviation(tokens[at]) ? GraphModel.SearchFolding.Fold(tokens[at].Text[3..]) : tokens[at].Folded;
        foreach (var place in Folded)
        {
            if (at + place.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < place.Length && match; i++)
                match = (i == 0 ? first : tokens[at + i].Folded) == place[i] && tokens[at + i].Sentence == tokens[at].Sentence;
            // "Lâm Đông" (a name) folds as "Lâm Đồng" (a province) does: a place written with diacritics is spelled as the place is.
            if (match && tokens[at].IsCapitalized && SpelledAs(tokens, at, place)) return place.Length;
        }
        return 0;
    }

    private static bool SpelledAs(IReadOnlyList<Token> tokens, int at, string[] place)
    {
        if (!Spelled.TryGetValue(string.Join(' ', place), out var spelled)) return true;
        for (var i = 0; i < place.Length; i++)
            if (tokens[at + i].HasDiacritics && !(i == 0 && GluedAbbreviation(tokens[at])) && Token.SpellingOf(tokens[at + i].Text) != spelled[i]) return false;
        return true;
    }

    /// <summary>
    /// "Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh": the city's name written bare
    /// after a word that makes it the leader's, naming no place (the city is written "TP Hồ Chí Minh", "Thành ủy Hồ Chí Minh").
    /// </summary>
    public static bool IsLeadersName(IReadOnlyList<Token> tokens, int at) =>
        at > 0 && at + 2 < tokens.Count && tokens[at].Folded == "ho" && tokens[at + 1].Folded == "chi" && tokens[at + 2].Folded == "minh" &&
        tokens[at - 1].Folded is "tncs" or "san" or "tich" or "bac" or "tuong" or "duc" or "cach" or "lang" or "gia" or "phong" or "nien" or "dong";

    /// <summary>"TP.Hà Nội", "Tp.Cần Thơ": the city's abbreviation glued by its dot to the first syllable of the name.</summary>
    private static bool GluedAbbreviation(Token token) =>
        token.Text is ['T', 'P' or 'p', '.', _, ..] && char.IsUpper(token.Text[3]) && !Folded.Any(p => p[0] == token.Folded);

    /// <summary>Where the place's name starts in the text, the abbreviation glued before it left out ("TP.Hà Nội" → "Hà Nội").</summary>
    public static int NameStart(Token token) => GluedAbbreviation(token) ? token.Start + 3 : token.Start;

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
