using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// The full name of a board the text first names whole and then shortens: "Đoàn khảo sát của Ban Chỉ đạo Đề án
/// Trung ương 6 ... làm Trưởng đoàn khảo sát", "Ban Chỉ đạo Đề án Trung ương 6 ... Trưởng Ban Chỉ đạo". A post whose
/// body is such a short form (a unit noun, "Ban", "Đoàn", "Tổ", "Hội đồng", and at most two more words) is recorded
/// with the longest name the article gives that body elsewhere; the title stays as written.
/// </summary>
public static class BodyContext
{
    private const int MaxShortWords = 3;

    /// <summary>The body's full name, from the article, for the post's body tokens [bodyStart, bodyEnd); null if none is longer.</summary>
    public static string? FullName(IReadOnlyList<Token> tokens, string text, int bodyStart, int bodyEnd)
    {
        var length = bodyEnd - bodyStart;
        if (length is < 1 or > MaxShortWords || tokens[bodyStart].Folded is not ("ban" or "doan" or "to" or "hoi")) return null;
        string? best = null;
        var bestEnd = 0;
        for (var i = 0; i + length <= tokens.Count; i++)
        {
            if (i == bodyStart) continue;
            var same = true;
            for (var k = 0; k < length && same; k++)
                same = tokens[i + k].IsWord && tokens[i + k].Folded == tokens[bodyStart + k].Folded && tokens[i + k].Sentence == tokens[i].Sentence;
            if (!same) continue;
            var end = Extension(tokens, i + length);
            if (end > i + length && end - i > bestEnd)
            {
                bestEnd = end - i;
                best = text[tokens[i].Start..tokens[end - 1].End];
            }
        }
        return best;
    }

    /// <summary>
    /// How far a body's name runs on after <paramref name="at"/>: capitalised words, the lower-case second syllables of
    /// the lexicon's compounds ("Chỉ đạo"), a number after Trung ương, and "của" before another capitalised body.
    /// </summary>
    private static int Extension(IReadOnlyList<Token> tokens, int at)
    {
        var end = at;
        while (end < tokens.Count && tokens[end].IsWord && tokens[end].Sentence == tokens[at - 1].Sentence)
        {
            var token = tokens[end];
            if (token.IsCapitalized && !token.IsAbbreviation && TitleParser.HeadAt(tokens, end) is not null) break;
            if (token.IsCapitalized) { end++; continue; }
            if (token.IsLower && Lexicon.Compounds.Contains(tokens[end - 1].Folded + " " + token.Folded)) { end++; continue; }
            if (char.IsDigit(token.Text[0]) && tokens[end - 1].Folded == "uong") { end++; continue; }
            if (token.Folded == "cua" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].Folded is "ban" or "doan" or "bo" or "hoi")
            { end++; continue; }
            break;
        }
        return end;
    }
}
