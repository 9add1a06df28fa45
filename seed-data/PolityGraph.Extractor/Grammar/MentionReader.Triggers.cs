using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

// Triggers: the words that introduce a person ("đồng chí", "ông") and that set a post's status, and terms.
public static partial class MentionReader
{
    private static bool ClosesSentence(IReadOnlyList<Token> tokens, int at) =>
        at >= tokens.Count || tokens[at].Sentence != tokens[at - 1].Sentence || tokens[at].Is(".") || tokens[at].Is(";");

    private static bool IntroducesPerson(IReadOnlyList<Token> tokens, int at) => MarkerLength(tokens, at) > 0;

    /// <summary>The length of the person marker ending right before <paramref name="nameStart"/>, or 0.</summary>
    private static int MarkerBefore(IReadOnlyList<Token> tokens, int nameStart)
    {
        for (var length = 2; length >= 1; length--)
            if (nameStart - length >= 0 && MarkerLength(tokens, nameStart - length) == length) return length;
        return 0;
    }

    internal static int MarkerLength(IReadOnlyList<Token> tokens, int at)
    {
        // "Hội Nhà báo Việt Nam", "Hội Nhà văn": a profession after "Hội" names the association, it introduces no one.
        if (at + 1 < tokens.Count && Lexicon.PersonMarkers.Contains(tokens[at].Folded + " " + tokens[at + 1].Folded) &&
            !(at > 0 && tokens[at - 1].Folded == "hoi" && tokens[at].Folded == "nha")) return 2;
        if (NameReader.IsOpeningHonorific(tokens, at)) return 1;
        if (tokens[at].IsLower && Lexicon.YouthMarkers.Contains(tokens[at].Lowered)) return 1;
        // "Về dự có Đ/c Nguyễn Văn A bí thư Đảng uỷ xã": the comrade's abbreviation, capitalised mid-sentence.
        if (tokens[at].Lowered == "đ/c" && at + 1 < tokens.Count && tokens[at + 1].IsNameLike && tokens[at + 1].Sentence == tokens[at].Sentence) return 1;
        // "do Ngài Thă Vôn Phôm Mă Lay Lun - Phó Tỉnh trưởng làm Trưởng đoàn": a foreign dignitary's honorific, capitalised in respect.
        if (tokens[at].Lowered == "ngài" && at + 1 < tokens.Count && tokens[at + 1].IsNameLike && tokens[at + 1].Sentence == tokens[at].Sentence) return 1;
        return tokens[at].IsLower && Lexicon.PersonMarkers.Contains(tokens[at].Folded) ? 1 : 0;
    }

    /// <summary>
    /// What the words just before a post say about it: elected, appointed, designated (new), or relieved (former).
    /// </summary>
    internal static PostStatus? TriggerBefore(IReadOnlyList<Token> tokens, int at)
    {
        // "phụ trách Sở cho đến khi bổ nhiệm Giám đốc": a post to be filled later is nobody's yet.
        if (UntilClauseBefore(tokens, at)) return null;
        var words = new List<string>();
        var from = at - 1;
        // "bầu các Phó chủ tịch UBND tỉnh", "bầu bổ sung 02 Phó Chủ tịch": the posts counted, or "các", after the trigger.
        if (from > 0 && tokens[from].IsWord && (tokens[from].IsLower && tokens[from].Folded == "cac" || tokens[from].Text.All(char.IsDigit) ||
                                                 tokens[from].IsLower && CountWords.Contains(tokens[from].Lowered)))
            from--;
        // "phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh X đối với bà A; Phó Chủ tịch HĐND tỉnh Y đối với ông B": a post opening an
        // item of a list the trigger introduces takes the trigger before the list's colon.
        if (from > 0 && (tokens[from].Is(":") || tokens[from].Is(";")) && tokens[from].Sentence == tokens[at].Sentence)
        {
            var colon = from;
            while (colon > 0 && tokens[colon].Sentence == tokens[at].Sentence && !tokens[colon].Is(":")) colon--;
            return tokens[colon].Is(":") && tokens[colon].Sentence == tokens[at].Sentence && colon + 1 < tokens.Count &&
                   ItemHasObject(tokens, at) ? TriggerBefore(tokens, colon) : null;
        }
        // "Đại tướng Khúc Văn Lâm Bộ trưởng Bộ Quốc phòng": a name right before the post (two capitalised syllables) is its holder,
        // no trigger, though its syllables fold like one ("Lâm" like "làm").
        if (from > 0 && tokens[from].IsNameLike && tokens[from - 1].IsNameLike && tokens[from - 1].Sentence == tokens[at].Sentence) return null;
        for (var i = from; i >= 0 && words.Count < 4 && tokens[i].IsWord && tokens[i].Sentence == tokens[at].Sentence; i--)
            words.Insert(0, tokens[i].Folded);
        var before = " " + string.Join(' ', words);
        // "chủ trì bàn giao chức vụ Tư lệnh Quân khu 2", "Hội nghị bàn giao nhiệm vụ Tư lệnh": a handover names the post handed
        // over, which the one who chairs it does not take; only "... cho Đại tá B" names who takes it up ("Thiếu tướng A bàn giao
        // nhiệm vụ Tổng Biên tập cho Đại tá B": B's, new).
        if ((before.EndsWith(" ban giao chuc vu", StringComparison.Ordinal) || before.EndsWith(" ban giao nhiem vu", StringComparison.Ordinal) ||
             before.EndsWith(" ban giao chuc", StringComparison.Ordinal) || before.EndsWith(" ban giao chuc danh", StringComparison.Ordinal)) &&
            !Enumerable.Range(at, Math.Max(0, Math.Min(tokens.Count, at + 24) - at)).Any(k => tokens[k].Sentence == tokens[at].Sentence &&
                tokens[k].IsLower && tokens[k].Folded == "cho")) return null;
        foreach (var former in FormerTriggers)
            if (before.EndsWith(" " + former, StringComparison.Ordinal)) return PostStatus.Former;
        foreach (var holding in CurrentTriggers) // before the new ones: "hiện giữ chức" is not "giữ chức"
            if (before.EndsWith(" " + holding, StringComparison.Ordinal)) return PostStatus.Current;
        // "được giao nhiệm vụ phụ trách Tư lệnh Quân khu 3": put in charge of a post, not given it.
        if (before.EndsWith(" phu trach", StringComparison.Ordinal)) return PostStatus.Acting;
        // "miễn nhiệm chức danh A của ông X và chức danh B của ông Y": the second post takes the first's decision.
        if (before.EndsWith(" va chuc danh", StringComparison.Ordinal) || before.EndsWith(" va chuc vu", StringComparison.Ordinal))
            for (var k = from - 3; k > 0 && tokens[k].Sentence == tokens[at].Sentence; k--)
                if (tokens[k].Folded == "chuc" && tokens[k + 1].Folded is "danh" or "vu" && TriggerBefore(tokens, k + 2) is { } first) return first;
        foreach (var appointed in NewTriggers)
            if (before.EndsWith(" " + appointed, StringComparison.Ordinal)) return PostStatus.New;
        return null;
    }

    /// <summary>"(cho) đến khi" or "tới khi" opening the clause the post is in, up to eight words before it.</summary>
    private static bool UntilClauseBefore(IReadOnlyList<Token> tokens, int at)
    {
        for (var i = at - 1; i > 0 && i >= at - 8 && tokens[i].IsWord && tokens[i].Sentence == tokens[at].Sentence; i--)
            if (tokens[i].IsLower && tokens[i].Folded == "khi" && tokens[i - 1].IsLower && tokens[i - 1].Folded is "den" or "toi") return true;
        return false;
    }

    /// <summary>The list item opened by the post at <paramref name="at"/> names its person by "đối với" before the item's end.</summary>
    private static bool ItemHasObject(IReadOnlyList<Token> tokens, int at)
    {
        for (var i = at; i + 1 < tokens.Count && tokens[i].Sentence == tokens[at].Sentence && !tokens[i].Is(";"); i++)
            if (tokens[i].Folded == "doi" && tokens[i + 1].Folded == "voi") return true;
        return false;
    }

    private static readonly string[] FormerTriggers =
        ["nguyen la", "thoi", "thoi giu chuc vu", "thoi giu chuc", "thoi chuc", "thoi lam nhiem vu", "thoi lam", "mien nhiem chuc vu", "mien nhiem chuc danh", "mien nhiem chuc",
         "mien nhiem", "cach chuc", "cach het cac chuc vu", "tung giu chuc vu", "tung giu chuc", "tung giu cac chuc vu", "tung lam",
         "tung dam nhiem", "tung la", "truoc do la",
         // "vừa kết thúc nhiệm kỳ Giám đốc Đại học X": a term ended.
         "ket thuc nhiem ky",
         // "bãi nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông A": a council's removal.
         "bai nhiem", "bai nhiem chuc vu", "bai nhiem chuc danh"];

    private static readonly string[] NewTriggers =
        ["giu chuc vu", "giu chuc", "chuc vu", "bau lam", "bau giu", "lam", "bau", "bo nhiem", "bo nhiem lam", "chi dinh lam",
         "bau bo sung", "bau cu bo sung",
         "tai cu", "tai cu chuc", "tai cu chuc vu", "dac cu", "dac cu chuc", "dac cu chuc vu", "trung cu", "trung cu chuc", "trung cu chuc vu", "dam nhiem", "dam nhan", "dam nhiem chuc", "dam nhiem chuc vu", "dam nhan chuc", "dam nhan chuc vu", "chuc danh", "nhan nhiem vu",
         // "được bầu là", "giữ cương vị", "cất nhắc lên chức", "hiệp thương cử", "cử bổ sung thay thế"
         "bau la", "giu cuong vi", "giu vi tri", "len chuc", "hiep thuong cu", "cu bo sung", "cu bo sung thay the", "cu giu chuc",
         // "Bộ Chính trị chuẩn y 3 Phó Bí thư Tỉnh ủy gồm các ông: ...": the Party's approval of an election.
         "chuan y",
         // "hiệp thương cử bổ sung ông A tham gia Ủy viên Ủy ban MTTQ tỉnh": joining a committee as its member.
         "tham gia",
         // "được giao nhiệm vụ Phó Cục trưởng phụ trách Cục X": a duty given, the post named.
         "giao nhiem vu",
         // "bổ nhiệm ông A, post, vào vị trí Thứ trưởng": the position taken.
         "vao vi tri",
         // "Ban Bí thư chỉ định Bí thư Tỉnh ủy ...", "nghị quyết chỉ định Ủy viên UBND TP gồm: ...": a designation, the post right after it.
         "chi dinh", "chi dinh giu chuc", "chi dinh giu chuc vu"];

    /// <summary>"Ông Y hiện là Giám đốc Sở Y tế": a post the person is said to hold now, named apart from the name.</summary>
    private static readonly string[] CurrentTriggers =
        ["hien la", "dang la", "hien dang la", "hien giu chuc", "dang giu chuc", "hien giu chuc vu", "dang giu chuc vu"];

    /// <summary>"nhiệm kỳ 2020 - 2025" or "nhiệm kỳ 2025-2030" right after a post: the term, "2020-2025".</summary>
    private static string? TermAfter(IReadOnlyList<Token> tokens, int at, out int end)
    {
        end = at;
        // "Phó Bí thư Tỉnh ủy (khóa XVI), Chủ tịch ...": a committee's number in brackets, no term to record.
        if (at + 3 < tokens.Count && tokens[at].Is("(") && tokens[at + 1].IsLower && tokens[at + 1].Folded == "khoa" &&
            tokens[at + 2].Text.All(c => c is 'I' or 'V' or 'X' or 'L') && tokens[at + 3].Is(")"))
        {
            end = at + 4;
            return null;
        }
        // "Ủy viên Trung ương Đảng các khóa 11, 12, 13; Bí thư ...": the committees of several terms, no term to record.
        if (at + 1 < tokens.Count && tokens[at].IsLower && tokens[at].Folded == "cac" && TitleParser.TermLength(tokens, at + 1) is > 0 and var terms)
        {
            end = at + 1 + terms;
            return null;
        }
        // "Bí thư Tỉnh ủy (nhiệm kỳ 2010 - 2015), Chủ tịch HĐND tỉnh": the term in brackets.
        if (at + 1 < tokens.Count && tokens[at].Is("(") && TermAfter(tokens, at + 1, out var inner) is { } bracketed &&
            inner < tokens.Count && tokens[inner].Is(")"))
        {
            end = inner + 1;
            return bracketed;
        }
        if (at + 2 >= tokens.Count || tokens[at].Folded != "nhiem" || tokens[at + 1].Folded != "ky") return null;
        var from = tokens[at + 2].Text;
        if (System.Text.RegularExpressions.Regex.Match(from, @"^(\d{4})-(\d{4})$") is { Success: true } joined)
        {
            end = at + 3;
            return $"{joined.Groups[1].Value}-{joined.Groups[2].Value}";
        }
        if (from.Length == 4 && from.All(char.IsDigit) && at + 4 < tokens.Count &&
            (tokens[at + 3].Is("-") || tokens[at + 3].Is("–")) && tokens[at + 4].Text is { Length: 4 } to && to.All(char.IsDigit))
        {
            end = at + 5;
            return $"{from}-{to}";
        }
        return null;
    }
}
