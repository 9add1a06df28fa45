using System.Text.RegularExpressions;

namespace PolityGraph.Extractor.Text;

/// <summary>
/// Splits an article into words and punctuation, keeping offsets so every quote is cut from the
/// original text. A word keeps inner dots, hyphens, slashes and ampersands ("UVT.Ư", "15-NQ/TW", "TP.HCM", "21-8",
/// "NN&amp;PTNT") and an apostrophe inside a syllable of an ethnic-minority name ("K'đăm", "H'Hen"), except a hyphen gluing a capitalised word to a lower-case one, a dash typed without its spaces
/// ("Lê Văn Thanh-nguyên Giám đốc"): there the hyphen is a token of its own.
/// Sentences end at . ! ? … and line breaks (not at the dot of "TP. Cần Thơ"); a title or a name never crosses one. In
/// a hard-wrapped text (a PDF's or an old page's lines cut at a width, <see cref="HardWrapped"/>) a single line break is a
/// space: "Thứ trưởng Bộ Tài\nchính" is one post.
/// Two words a page typed without the space between them are two tokens (<see cref="Glued"/>): "thưTỉnh", "tỉnhHà",
/// "dântỉnh". The tokens keep their offsets, so a title cut from the text still reads as the page wrote it.
/// </summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sentence = 0;
        var wrapped = HardWrapped(text);
        foreach (var match in Pieces(text))
        {
            if (match.Value == "\n")
            {
                if (!(wrapped && SingleLineBreak(text, match.Index))) sentence++;
                continue;
            }
            var isWord = char.IsLetterOrDigit(match.Value[0]);
            // A table pasted as text ("1 | Tuyên Quang | Ông A | Giám đốc Sở Y tế |"): a cell's border parts the cells as a dash
            // parts a name from its post. Only the token reads so; quotes and titles are cut from the text by offsets, "|" kept.
            var value = match.Value == "|" ? "-" : match.Value;
            tokens.Add(new Token(value, match.Index, match.Index + match.Length, sentence, isWord));
            if (!isWord && match.Value is "." or "!" or "?" or "…" or "..." && !AbbreviationDot(text, tokens)) sentence++;
        }
        return tokens;
    }

    /// <summary>
    /// Whether the text's lines were cut at a width rather than at paragraphs: at least two of its single line breaks, and a
    /// quarter of them, go on in lower case. A paragraph, a headline or a list item never opens in lower case, so a text
    /// typed in paragraphs has none such; a wrapped one has one in every two or three lines.
    /// </summary>
    internal static bool HardWrapped(string text)
    {
        int single = 0, lower = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (!SingleLineBreak(text, i)) continue;
            single++;
            var next = i + 1;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
            if (next < text.Length && char.IsLower(text[next])) lower++;
        }
        return lower >= 2 && lower * 4 >= single;
    }

    /// <summary>A line break with text on the lines both before and after it: no blank line, so no paragraph's end.</summary>
    private static bool SingleLineBreak(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r') before--;
        var after = at + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r') after++;
        return before >= 0 && text[before] != '\n' && after < text.Length && text[after] != '\n';
    }

    /// <summary>
    /// The dot just added closes "TP" or "Tp" (thành phố) right before it, and a space and a capital follow: "TP. Cần Thơ",
    /// "TP. Hồ Chí Minh" are one city's name, not a sentence's end.
    /// </summary>
    private static bool AbbreviationDot(string text, List<Token> tokens)
    {
        if (tokens.Count < 2 || tokens[^1].Text != "." || tokens[^2].End != tokens[^1].Start) return false;
        // "TS. Trần Văn A", "ThS. Lê Thị B": an academic title's dot, before the name it introduces.
        if (AcademicAbbreviations.Contains(tokens[^2].Text))
        {
            var after = tokens[^1].End;
            return after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]) &&
                   !SentenceOpeners.Contains(new string(text[(after + 1)..].TakeWhile(char.IsLetter).ToArray()).Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant());
        }
        if (tokens[^2].Text is not ("TP" or "Tp")) return false;
        var next = tokens[^1].End;
        if (next + 1 >= text.Length || text[next] != ' ' || !char.IsUpper(text[next + 1])) return false;
        // "... chủ tịch HĐND TP. Ông Trần Văn A ...": a word that opens sentences, not a city's name, ends the sentence there.
        var word = new string(text[(next + 1)..].TakeWhile(char.IsLetter).ToArray()).Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        // "TP. Đồng Hới" is a city, "Đồng chí ..." opens a sentence.
        if (word == "đồng")
            return !text[(next + 1)..].Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().StartsWith("đồng chí", StringComparison.Ordinal);
        return !SentenceOpeners.Contains(word);
    }

    /// <summary>Academic titles abbreviated before a name ("PGS.TS Vũ Bá A", "TS. Lê Văn B"), a rank of the name's.</summary>
    public static readonly IReadOnlySet<string> AcademicAbbreviations = new HashSet<string>(StringComparer.Ordinal)
        { "PGS.TS", "GS.TS", "PGS.TS.BS", "GS.TSKH", "PGS.TSKH", "TS.BS", "PGS", "GS", "TS", "ThS", "ThS.BS", "BS", "BSCKII", "BSCKI" };

    /// <summary>Words that open a sentence and no city's name: honorifics, prepositions, times, determiners.</summary>
    private static readonly HashSet<string> SentenceOpeners =
    [
        "ông", "bà", "anh", "chị", "đồng", "theo", "tại", "sau", "trước", "trong", "hiện", "ngày", "sáng", "chiều", "tối", "đây",
        "đó", "các", "những", "với", "về", "cùng", "như", "khi", "năm", "tháng", "được", "việc", "dự", "phát", "thay", "còn",
        "ngoài", "riêng", "cũng", "từ", "đến", "để", "vì", "do", "nhưng", "tuy", "nếu", "vừa", "hôm", "qua", "ảnh",
    ];

    /// <summary>"TP" and the dot after it, inside a sentence (<see cref="AbbreviationDot"/>): the dot belongs to the city's name.</summary>
    public static bool IsCityDot(IReadOnlyList<Token> tokens, int at) =>
        at > 0 && at + 1 < tokens.Count && tokens[at].Is(".") && tokens[at - 1].Text is "TP" or "Tp" && tokens[at - 1].End == tokens[at].Start &&
        tokens[at + 1].Sentence == tokens[at].Sentence && tokens[at + 1].IsCapitalized;

    private static IEnumerable<(string Value, int Index, int Length)> Pieces(string text)
    {
        // Matched over the whole text, not word by word: whether a hyphen is a Lao name's depends on the word next to it.
        var dashes = GluedDash().Matches(text).Select(m => m.Index).ToList();
        var nextDash = 0;
        foreach (Match match in Piece().Matches(text))
        {
            var at = 0;
            while (nextDash < dashes.Count && dashes[nextDash] < match.Index) nextDash++;
            for (; nextDash < dashes.Count && dashes[nextDash] < match.Index + match.Length; nextDash++)
            {
                var glue = dashes[nextDash] - match.Index;
                yield return (match.Value[at..glue], match.Index + at, glue - at);
                yield return ("-", match.Index + glue, 1);
                at = glue + 1;
            }
            var last = match.Value[at..];
            var from = 0;
            foreach (var cut in Glued(last))
            {
                yield return (last[from..cut], match.Index + at + from, cut - from);
                from = cut;
            }
            yield return (last[from..], match.Index + at + from, last.Length - from);
        }
    }

    /// <summary>
    /// Where a word of letters only splits into two words typed without their space: before a capital that follows a
    /// lower-case letter ("thưTỉnh", "tỉnhHà"; not "TTg", "UBND"), and before an administrative unit's word glued to the
    /// end of one lower-case syllable ("dântỉnh", "xãhuyện"): Vietnamese writes every syllable apart, so one written
    /// word holding two syllables is a typing slip. Words with digits, dots, hyphens or apostrophes are left whole.
    /// </summary>
    internal static IEnumerable<int> Glued(string word)
    {
        if (word.Length < 4 || !word.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)) yield break;
        var start = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i]) || !char.IsLower(word[i - 1]) || i - start < 2 || i + 1 >= word.Length || !char.IsLower(word[i + 1])) continue;
            // "McCarthy", "McCaul": an Irish or Scottish family name's prefix, not two words.
            if (i == 2 && word.StartsWith("Mc", StringComparison.Ordinal)) continue;
            foreach (var inner in GluedUnit(word[start..i])) yield return start + inner;
            yield return i;
            start = i;
        }
        foreach (var inner in GluedUnit(word[start..])) yield return start + inner;
    }

    private static readonly string[] UnitWords = ["tỉnh", "huyện", "quận", "phường", "xã", "thành", "ủy", "uỷ"];

    /// <summary>"dântỉnh": one syllable (one run of vowels) glued to a unit's word, in lower case. The cut, if any.</summary>
    private static IEnumerable<int> GluedUnit(string part)
    {
        foreach (var unit in UnitWords)
        {
            if (part.Length <= unit.Length + 1 || !part.EndsWith(unit, StringComparison.Ordinal)) continue;
            var head = part[..^unit.Length];
            if (VowelRuns(head) == 1 && head.Skip(1).All(char.IsLower)) yield return head.Length;
            yield break;
        }
    }

    private static int VowelRuns(string syllable)
    {
        var runs = 0;
        var inRun = false;
        foreach (var c in syllable)
        {
            var vowel = "aeiouy".Contains(GraphModel.SearchFolding.Fold(c.ToString()) is [var b] ? b : ' ');
            if (vowel && !inRun) runs++;
            inRun = vowel;
        }
        return runs;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)?(?:[./\-&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\.\.\.|\n|[^\s\p{L}\p{M}\p{N}]")]
    private static partial Regex Piece();

    /// <summary>
    /// A hyphen after a capitalised word of lower-case letters and before a lower-case letter ("Thanh-nguyên") or before
    /// the first word of a post ("Đạt-Phó Chủ tịch", "Dũng-Ủy viên", "Thái-Trưởng ban", "Araya-Đại sứ"): a dash typed without its spaces.
    /// Places and fields joined by a hyphen ("Bà Rịa-Vũng Tàu", "Tài chính-Kế toán") start no post there.
    /// </summary>
    /// A hyphen after a lower-case word and before a capitalised one ("Kinh tế-Ngân sách") joins two fields: a dash too.
    /// Not the hyphens of a Lao name as the press transliterates it, syllable by syllable: a word of three syllables or more
    /// ("Xổm-xạ-vạt"), or of two next to another such word ("Khăm-bảy Đăm-lắt", "Vi-lay-vông Bút-đa-khăm") or after "tỉnh" or
    /// "thủ đô" (a Lao province: "tỉnh Khăm-muộn"). Nor a hyphen between two words of plain Latin letters ("Park Noh-wan", "Moon
    /// Jae-in"): Korean given names are written so, and a Vietnamese word after a dash has its diacritics ("nguyên").
    [GeneratedRegex(@"(?<=(?:^|[^\p{L}\p{M}\p{N}])\p{Lu}[\p{Ll}\p{M}]+)(?<!\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)+[ \t]+\p{Lu}[\p{Ll}\p{M}]+)(?<!(?:tỉnh|thủ đô)[ \t]+\p{Lu}[\p{Ll}\p{M}]+)(?!(?<=(?:^|[^\p{L}\p{M}\p{N}])[A-Z][a-z]+)-(?!nguyen(?![\p{L}\p{M}]))[a-z]+(?![\p{L}\p{M}\p{N}]))-(?!\p{Ll}[\p{Ll}\p{M}]*-\p{Ll})(?!\p{Ll}[\p{Ll}\p{M}]*[ \t]+\p{Lu}[\p{Ll}\p{M}]*-\p{Ll})(?=\p{Ll}|(?:Phó|Chủ|Bí|Trưởng|Ủy|Uỷ|Tỉnh|Giám|Tổng|Chánh|Thứ|Hiệu|Chỉ|Tư|Đại|Bộ|Thủ|Cục|Viện)(?![\p{L}\p{M}]))|(?<=(?:^|[^\p{L}\p{M}\p{N}])\p{Ll}[\p{Ll}\p{M}]*)-(?=\p{Lu}[\p{Ll}\p{M}])")]
    private static partial Regex GluedDash();
}
