using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// The province or city a local post belongs to when the text leaves it to context: "Bí thư Tỉnh ủy",
/// "Chủ tịch UBND tỉnh", "Phó Bí thư Thành ủy" name no place. The place is taken, in order, from another
/// post in the same person's stack ("Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM"), the nearest place the
/// text names before the mention, the first place it names anywhere, or the article's title.
/// </summary>
public sealed class PlaceContext
{
    private readonly List<(int Token, string Place)> mentions = [];
    private readonly string? titlePlace;

    public PlaceContext(IReadOnlyList<Token> tokens, string text, string? articleTitle)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (Places.LengthAt(tokens, i) is > 0 and var length)
            {
                mentions.Add((i, text[tokens[i].Start..tokens[i + length - 1].End]));
                i += length - 1;
            }
        if (!string.IsNullOrWhiteSpace(articleTitle))
        {
            var titleTokens = Tokenizer.Tokenize(articleTitle);
            for (var i = 0; i < titleTokens.Count && titlePlace is null; i++)
                if (Places.LengthAt(titleTokens, i) is > 0 and var length)
                    titlePlace = articleTitle[titleTokens[i].Start..titleTokens[i + length - 1].End];
        }
    }

    /// <summary>True when the post ends in a local unit with no place after it ("... Tỉnh ủy", "... UBND tỉnh").</summary>
    public static bool NeedsPlace(IReadOnlyList<Token> tokens, int postStart, int postEnd)
    {
        if (postEnd <= postStart) return false;
        for (var i = postStart; i < postEnd; i++)
            if (Places.LengthAt(tokens, i) > 0) return false;
        var last = tokens[postEnd - 1].Folded;
        var beforeLast = postEnd - 2 >= postStart ? tokens[postEnd - 2].Folded : "";
        // "Chủ tịch UBND TP": the city abbreviated, its name left to context like "tỉnh" (not "TP HCM", one token "TPHCM").
        return last is "tinh" or "huyen" or "quan" or "ubnd" or "hdnd" or "dbqh" or "mttq" || tokens[postEnd - 1].Text is "TP" or "Tp"
            || last == "uy" && beforeLast is "tinh" or "thanh" or "huyen" or "quan" or "thi"
            || last == "pho" && beforeLast == "thanh"
            || last == "doan" && beforeLast is "tinh" or "thanh" // "Bí thư Tỉnh đoàn", "Bí thư Thành đoàn": the province's youth union
            || last == "dan" && beforeLast == "nhan";
    }

    /// <summary>The place for a post mentioned at <paramref name="token"/>, given the places of the person's other posts.</summary>
    public string? For(int token, IEnumerable<string> placesInStack)
    {
        var inStack = placesInStack.FirstOrDefault();
        if (inStack is not null) return inStack;
        var before = mentions.LastOrDefault(m => m.Token < token);
        if (before.Place is not null) return before.Place;
        if (mentions.Count > 0) return mentions[0].Place;
        return titlePlace;
    }

    /// <summary>The place a post names itself, if any.</summary>
    public static string? NamedIn(IReadOnlyList<Token> tokens, string text, int postStart, int postEnd)
    {
        for (var i = postStart; i < postEnd; i++)
            if (Places.LengthAt(tokens, i) is > 0 and var length && i + length <= postEnd)
                return text[tokens[i].Start..tokens[i + length - 1].End];
        return null;
    }
}
