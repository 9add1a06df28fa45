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
    private readonly List<(int Token, string District)> districts = [];
    private readonly string? titlePlace;

    public PlaceContext(IReadOnlyList<Token> tokens, string text, string? articleTitle)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (Places.LengthAt(tokens, i) is > 0 and var length && !Places.IsLeadersName(tokens, i) && !EndsPersonsName(tokens, i) && !HomeTown(tokens, i))
            {
                mentions.Add((i, text[Places.NameStart(tokens[i])..tokens[i + length - 1].End]));
                i += length - 1;
            }
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (DistrictAt(tokens, text, i) is { } district) districts.Add((i, district));
        if (!string.IsNullOrWhiteSpace(articleTitle))
        {
            var titleTokens = Tokenizer.Tokenize(articleTitle);
            for (var i = 0; i < titleTokens.Count && titlePlace is null; i++)
                if (Places.LengthAt(titleTokens, i) is > 0 and var length)
                    titlePlace = articleTitle[titleTokens[i].Start..titleTokens[i + length - 1].End];
        }
    }

    /// <summary>
    /// "Tống Minh Hải", "Lê Thanh Hóa": a place's name right after a capitalised family name is the person's given name, no
    /// place the text names.
    /// </summary>
    private static bool EndsPersonsName(IReadOnlyList<Token> tokens, int at) =>
        at > 0 && tokens[at - 1].IsCapitalized && tokens[at - 1].Sentence == tokens[at].Sentence && Lexicon.IsSurname(tokens[at - 1]);

    /// <summary>
    /// "quê quán xã Thượng Đình, huyện Phú Bình, tỉnh Thái Nguyên", "quê Hưng Yên": where a person comes from is no place the
    /// article's posts belong to. The word "quê" up to twelve tokens before, in the same sentence, with no ";" between.
    /// </summary>
    private static bool HomeTown(IReadOnlyList<Token> tokens, int at)
    {
        for (var i = at - 1; i >= 0 && at - i <= 12 && tokens[i].Sentence == tokens[at].Sentence && !tokens[i].Is(";"); i--)
            if (tokens[i].Lowered == "quê") return true;
        return false;
    }

    /// <summary>True when the post ends in a local unit with no place after it ("... Tỉnh ủy", "... UBND tỉnh").</summary>
    public static bool NeedsPlace(IReadOnlyList<Token> tokens, int postStart, int postEnd)
    {
        if (postEnd <= postStart) return false;
        // "Phó Chủ tịch HĐND tỉnh khóa 13": the committee's number closing the post is not its last word.
        postEnd = WithoutTerm(tokens, postStart, postEnd);
        for (var i = postStart; i < postEnd; i++)
            if (Places.LengthAt(tokens, i) > 0) return false;
        var last = tokens[postEnd - 1].Folded;
        var beforeLast = postEnd - 2 >= postStart ? tokens[postEnd - 2].Folded : "";
        // "Chủ tịch UBND TP": the city abbreviated, its name left to context like "tỉnh" (not "TP HCM", one token "TPHCM").
        // "ĐBQH" alone is a deputy's post, not the delegation's ("Đoàn ĐBQH").
        return last is "tinh" or "huyen" or "quan" or "ubnd" or "hdnd" or "mttq" || last == "dbqh" && postEnd - postStart > 1 || tokens[postEnd - 1].Text is "TP" or "Tp"
            || last == "uy" && beforeLast is "tinh" or "thanh" or "huyen" or "quan" or "thi"
            || last == "pho" && beforeLast == "thanh"
            || last == "doan" && beforeLast is "tinh" or "thanh" // "Bí thư Tỉnh đoàn", "Bí thư Thành đoàn": the province's youth union
            || last == "dan" && beforeLast == "nhan";
    }

    /// <summary>
    /// "huyện Lộc Bình", "quận Ba Đình", "Huyện ủy Sơn Hòa": a district's name (one to three capitalised syllables, no post's head,
    /// no province) after its unit's word at <paramref name="at"/>; null otherwise.
    /// </summary>
    public static string? DistrictAt(IReadOnlyList<Token> tokens, string text, int at)
    {
        var from = tokens[at].IsLower && tokens[at].Lowered is "huyện" or "quận" ? at + 1
            : tokens[at].Lowered is "huyện" or "quận" && at + 1 < tokens.Count && tokens[at + 1].Folded == "uy" ? at + 2 : -1;
        if (from < 0 || from >= tokens.Count || Places.LengthAt(tokens, from) > 0) return null;
        var end = from;
        while (end < tokens.Count && end - from < 3 && tokens[end].IsNameLike && tokens[end].Sentence == tokens[at].Sentence &&
               TitleParser.HeadAt(tokens, end) is null && !Lexicon.BodyWords.Contains(tokens[end].Lowered) && Places.LengthAt(tokens, end) == 0 &&
               !TitleParser.NumberedTermAt(tokens, end)) end++;
        // "Bí thư Huyện ủy Nguyễn Văn A", "Chủ tịch huyện Lê Văn Hiền": a name closing the post is no district's (after "huyện",
        // a name of three syllables or more: districts of two are read as districts).
        if (end == from || from == at + 2 && NameReader.StartsAt(tokens, from) || end - from >= 3 && NameReader.IsName(tokens, from, end)) return null;
        return text[tokens[from].Start..tokens[end - 1].End];
    }

    /// <summary>A post that needs a place and whose unit is a district's: "... Huyện ủy", "... UBND huyện", "... Quận ủy".</summary>
    public static bool NeedsDistrict(IReadOnlyList<Token> tokens, int postStart, int postEnd) =>
        (postEnd = WithoutTerm(tokens, postStart, postEnd)) - postStart >= 2 && NeedsPlace(tokens, postStart, postEnd) &&
        (tokens[postEnd - 1].Folded is "huyen" or "quan" || tokens[postEnd - 1].Folded == "uy" && tokens[postEnd - 2].Folded is "huyen" or "quan");

    /// <summary>
    /// The district for a district's post mentioned at <paramref name="token"/>: the one another post of the stack names, the nearest
    /// named before the mention, or the first named; never a province (a district's post of the province's name would be wrong).
    /// </summary>
    public string? DistrictFor(int token, IEnumerable<string> districtsInStack) =>
        districtsInStack.FirstOrDefault() ?? districts.LastOrDefault(d => d.Token < token).District ?? districts.FirstOrDefault().District;

    /// <summary>
    /// The place for a post mentioned at <paramref name="token"/>, given the places of the person's other posts. A province's post
    /// ("Tỉnh ủy", "UBND tỉnh": <paramref name="provincial"/>) takes no centrally governed city from the context (their posts are
    /// "Thành ủy", "UBND thành phố"): "Bí thư Tỉnh ủy" in Bến Tre is not Bí thư of TP Hồ Chí Minh named in passing.
    /// </summary>
    public string? For(int token, IEnumerable<string> placesInStack, bool provincial = false)
    {
        var inStack = placesInStack.FirstOrDefault();
        if (inStack is not null) return inStack;
        var fitting = mentions.Where(m => !provincial || !IsMunicipality(m.Place)).ToList();
        var before = fitting.LastOrDefault(m => m.Token < token);
        if (before.Place is not null) return before.Place;
        if (fitting.Count > 0) return fitting[0].Place;
        return provincial && titlePlace is not null && IsMunicipality(titlePlace) ? null : titlePlace;
    }

    private static readonly string[] Municipalities = ["ha noi", "ho chi minh", "hcm", "hai phong", "da nang", "can tho"];

    private static bool IsMunicipality(string place)
    {
        var key = GraphModel.SearchFolding.Fold(place);
        return Municipalities.Any(m => key.EndsWith(m, StringComparison.Ordinal));
    }

    /// <summary>A post of a province's committee or council: its last words "Tỉnh ủy" or "tỉnh" ("UBND tỉnh", "HĐND tỉnh").</summary>
    public static bool IsProvincial(IReadOnlyList<Token> tokens, int postStart, int postEnd)
    {
        postEnd = WithoutTerm(tokens, postStart, postEnd);
        return postEnd - postStart >= 2 && (tokens[postEnd - 1].Folded == "tinh" || tokens[postEnd - 1].Folded == "uy" && tokens[postEnd - 2].Folded == "tinh");
    }

    /// <summary>
    /// "Bí thư Thành ủy, Chủ tịch HĐND TP. Đồng Hới": a city the lexicon of provinces lacks, named in a post after "TP"/"thành phố",
    /// for the other posts of the stack whose unit is a city's ("Thành ủy", "UBND TP"). Null when the post names none.
    /// </summary>
    public static string? CityNamedIn(IReadOnlyList<Token> tokens, string text, int postStart, int postEnd)
    {
        for (var i = postStart; i + 1 < postEnd; i++)
        {
            var at = tokens[i].Text is "TP" or "Tp" ? i + 1 : tokens[i].Folded == "thanh" && tokens[i + 1].Folded == "pho" ? i + 2 : -1;
            if (at < 0) continue;
            if (at < postEnd && Tokenizer.IsCityDot(tokens, at)) at++;
            var end = at;
            while (end < postEnd && tokens[end].IsNameLike && end - at < 3) end++;
            if (end == postEnd && end > at) return text[tokens[at].Start..tokens[end - 1].End];
        }
        return null;
    }

    /// <summary>"Phó Chủ tịch HĐND tỉnh khóa 13": where the post ends before the committee's number closing it.</summary>
    private static int WithoutTerm(IReadOnlyList<Token> tokens, int postStart, int postEnd) =>
        TitleParser.TermStartBefore(tokens, postEnd) is { } term && term - postStart > 1 ? term : postEnd;

    /// <summary>A post that needs a place and whose unit is a city's: "... Thành ủy", "... UBND TP", "... thành phố".</summary>
    public static bool NeedsCity(IReadOnlyList<Token> tokens, int postStart, int postEnd) =>
        (postEnd = WithoutTerm(tokens, postStart, postEnd)) - postStart >= 2 && NeedsPlace(tokens, postStart, postEnd) &&
        (tokens[postEnd - 1].Text is "TP" or "Tp" || tokens[postEnd - 2].Folded == "thanh" && tokens[postEnd - 1].Folded is "uy" or "pho");

    /// <summary>The place a post names itself, if any.</summary>
    public static string? NamedIn(IReadOnlyList<Token> tokens, string text, int postStart, int postEnd)
    {
        for (var i = postStart; i < postEnd; i++)
            if (Places.LengthAt(tokens, i) is > 0 and var length && i + length <= postEnd && !Places.IsLeadersName(tokens, i))
                return text[Places.NameStart(tokens[i])..tokens[i + length - 1].End];
        return null;
    }
}
