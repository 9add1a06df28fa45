using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// Reads one post at a token: status word, head, then the body words until a comma, a semicolon, a
/// verb, "nhiệm kỳ" or the next head. Capitalised words run on (bodies and places are capitalised,
/// and so is a name after the post: <see cref="NameReader.TailName"/> cuts it off).
/// </summary>
public static class TitleParser
{
    public static Title? Parse(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].IsWord) return null;
        PostStatus? marked = tokens[at].Folded switch
        {
            "nguyen" => PostStatus.Former,
            "quyen" => PostStatus.Acting,
            _ => null,
        };
        var headStart = marked is null ? at : at + 1;
        var head = HeadAt(tokens, headStart);
        if (head is null) return null;
        var headEnd = headStart + head.Folded.Length;
        var end = BodyEnd(tokens, headEnd, headEnd);
        if (end == headEnd && !head.Bare) return null;
        return new Title(at, headStart, headEnd, end, marked);
    }

    /// <summary>
    /// Where a body's name starting at <paramref name="from"/> ends: body words, places and capitalised words run on
    /// until a comma, a verb, "nhiệm kỳ", "khóa" or, past <paramref name="headEnd"/>, the next post's head.
    /// </summary>
    public static int BodyEnd(IReadOnlyList<Token> tokens, int from, int headEnd)
    {
        var end = from;
        if (from >= tokens.Count) return end;
        var sentence = tokens[from].Sentence;
        while (end < tokens.Count && tokens[end].IsWord && tokens[end].Sentence == sentence)
        {
            var token = tokens[end];
            if (token.Folded == "nhiem" && end + 1 < tokens.Count && tokens[end + 1].Folded == "ky") break;
            // "khóa XIII", or a status word opening the next post; capitalised, these are names ("Nguyễn", "Quyền").
            if (token.IsLower && token.Folded is "khoa" or "nguyen" or "quyen") break;
            if (LowerPhraseAt(tokens, end) is > 0 and var phrase) { end += phrase; continue; }
            if (token.IsLower)
            {
                var previous = tokens[end - 1];
                if (Lexicon.Compounds.Contains(previous.Folded + " " + token.Folded)) { end++; continue; }
                if (token.Folded == "nuoc" && previous.Folded == "tich") { end++; continue; }
                break;
            }
            if (char.IsDigit(token.Text[0]))
            {
                // "Đề án Trung ương 6": a number only names a body right after Trung ương.
                if (tokens[end - 1].Folded == "uong") { end++; continue; }
                break;
            }
            if (end > headEnd && StartsNextTitle(tokens, end)) break;
            end++;
        }
        return end;
    }

    /// <summary>The head starting at the token, if any; it must begin with a capital (a lower-case "bí thư" is generic).</summary>
    public static Lexicon.TitleHead? HeadAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].IsCapitalized) return null;
        Lexicon.TitleHead? best = null;
        foreach (var head in Lexicon.Heads)
        {
            if (at + head.Folded.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < head.Folded.Length && match; i++)
                match = tokens[at + i].IsWord && tokens[at + i].Folded == head.Folded[i];
            if (match && (best is null || head.Folded.Length > best.Folded.Length)) best = head;
        }
        return best;
    }

    /// <summary>A head inside a body ends the post, except "Bí thư" of "Ban Bí thư" and a qualifier "Thường trực".</summary>
    private static bool StartsNextTitle(IReadOnlyList<Token> tokens, int at)
    {
        var head = HeadAt(tokens, at);
        if (head is null) return false;
        if (head.Folded is ["thuong", "truc"]) return false;
        if (tokens[at - 1].Folded is "ban" or "hoi") return false;
        if (head.Folded is ["truong"] or ["thanh", "vien"]) return false;
        return true;
    }

    private static int LowerPhraseAt(IReadOnlyList<Token> tokens, int at)
    {
        foreach (var phrase in Lexicon.LowerCasePhrases)
        {
            if (at + phrase.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < phrase.Length && match; i++)
                match = tokens[at + i].IsLower && tokens[at + i].Folded == phrase[i] && tokens[at + i].Sentence == tokens[at].Sentence;
            if (match) return phrase.Length;
        }
        return 0;
    }
}
