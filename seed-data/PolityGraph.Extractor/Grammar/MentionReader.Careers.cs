using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

// Careers: "từng kinh qua ...", dated periods, birth years and degrees, the posts a biography lists.
public static partial class MentionReader
{
    private static readonly string[][] CareerPhrases =
        [["tung", "kinh", "qua"], ["tung", "giu"], ["tung", "dam", "nhiem"], ["tung", "dam", "nhan"], ["tung", "trai", "qua"], ["tung", "la"],
         ["tung", "lam"], ["da", "kinh", "qua"], ["da", "trai", "qua"], ["da", "dam", "nhan", "nhieu"], ["da", "dam", "nhiem", "nhieu"],
         ["da", "dam", "nhan", "cac"], ["da", "dam", "nhiem", "cac"], ["da", "dam", "nhiem", "qua"], ["tung", "dam", "nhiem", "qua"],
         ["trai", "qua", "cac"], ["trai", "qua", "nhieu"], ["tung", "o"],
         // "Ông A là cán bộ được đào tạo cơ bản, qua đảm nhiệm các chức vụ: ...".
         ["qua", "dam", "nhiem", "cac"],
         // "Ông A, quê TP Cà Mau, kinh qua các chức vụ: ...".
         ["kinh", "qua", "cac"], ["kinh", "qua", "nhieu"],
         // "Ông A cũng từng có thời gian làm Phó Chủ tịch HĐQT ...": a time spent in a post.
         ["co", "thoi", "gian", "lam"], ["co", "thoi", "gian", "giu"]];

    // "Từ tháng 10/2018-2022, ông công tác tại X, đảm nhiệm các cương vị: A, B": "đảm nhiệm" dated is a career too.
    private static readonly string[][] DatedCareerPhrases = [["giu", "chuc"], ["la"], ["lam"], ["dam", "nhiem"]];

    // "Hiện tại, ông A còn là Chủ tịch Hiệp hội ...": a post held besides, now.
    private static readonly string[][] PresentPhrases = [["hien", "la"], ["hien", "dang", "la"], ["hien", "giu", "chuc"], ["con", "la"]];

    /// <summary>
    /// Where a career history's posts start: after "từng kinh qua", "từng giữ", "từng là" (and "các chức vụ:" after them), or
    /// after "giữ chức", "là", "làm" in a sentence that opens with a period of time ("Từ tháng 3-2006 đến tháng 5-2009 ...",
    /// "Từ năm 1993-1994, ông là ..."). Each as (the trigger's first token, the first token after it).
    /// </summary>
    private static IEnumerable<(int Trigger, int After, PostStatus Status)> CareerTriggers(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Ông A sinh năm 1976, quê ..., là thạc sĩ kinh tế, nguyên Bí thư X (từ năm 2010 - 2012); Bí thư Y ...": after a
            // comma, "nguyên" and a post open a career of the person the sentence names.
            if (i > 0 && tokens[i].IsLower && tokens[i].Folded == "nguyen" && tokens[i - 1].Is(",") && i + 1 < tokens.Count &&
                tokens[i + 1].IsCapitalized && tokens[i + 1].Sentence == tokens[i].Sentence)
            {
                yield return (i, i, PostStatus.Former);
                continue;
            }
            // "Bà là Ủy viên Trung ương Đảng các khóa 11, 12, 13; Bí thư Trung ương Đảng": a clause opening with a pronoun and
            // "là" states the posts the person named before holds.
            // "Ông nguyên là ủy viên BCH TƯ Đảng ...; nguyên Bí thư ...": "nguyên là", posts held before.
            if (i > 0 && tokens[i].IsLower && tokens[i].Folded == "la" && PronounOpening(tokens, i) is { } former)
            {
                // "Ông là tiến sĩ kinh tế ngành tài chính, ủy viên dự khuyết ...": a degree first, then the posts.
                yield return (i, DegreeItemEnd(tokens, i + 1) is { } degreeEnd ? degreeEnd + 1 : i + 1, former ? PostStatus.Former : PostStatus.Current);
                continue;
            }
            // "trước đó ông là ...", "Trước đó, bà giữ chức ...": a post held before, said of the person by a pronoun.
            if (EarlierPostAt(tokens, i, out var namedEnd) is { } earlier)
            {
                // Named in the clause ("Trước đó, bác sĩ A lần lượt giữ ..."), the person is the one before the verb.
                yield return (namedEnd ?? i, earlier, PostStatus.Former);
                continue;
            }
            var dated = SentenceOpensWithPeriod(tokens, i);
            // "Năm 2013, ông giữ nhiệm vụ Bí thư Huyện ủy X", "Tháng 4-2019, ông trở thành ...": a year opening the sentence dates a
            // post held then; not an election or an appointment said so ("Năm 2021, ông được bầu làm ...").
            var yearOpened = !dated && SentenceOpensWithYear(tokens, i) && !(i > 0 && tokens[i - 1].IsLower && tokens[i - 1].Folded is "duoc" or "bau" or "cu" or "nhiem");
            var phrases = dated ? CareerPhrases.Concat(DatedCareerPhrases) : yearOpened ? CareerPhrases.Concat(YearCareerPhrases) : CareerPhrases;
            foreach (var phrase in phrases.Concat(PresentPhrases))
            {
                if (i + phrase.Length > tokens.Count || !Enumerable.Range(0, phrase.Length).All(k => tokens[i + k].IsLower && tokens[i + k].Folded == phrase[k]))
                    continue;
                var after = i + phrase.Length;
                while (after < tokens.Count && tokens[after].Sentence == tokens[i].Sentence &&
                       (tokens[after].IsLower && tokens[after].Folded is "cac" or "chuc" or "vu" or "danh" or "nhieu" or "vi" or "tri" or "cuong" or "nhu" or "nhung" ||
                        // "các vị trí lãnh đạo", "các cương vị lãnh đạo"
                        tokens[after].IsLower && tokens[after].Folded is "lanh" or "dao" && after > i + phrase.Length ||
                        tokens[after].IsLower && tokens[after].Folded == "cong" && after + 1 < tokens.Count && tokens[after + 1].Folded == "tac" ||
                        tokens[after].IsLower && tokens[after].Folded == "tac" && tokens[after - 1].Folded == "cong" || tokens[after].Is(":") ||
                        // "từng kinh qua nhiều nhiệm vụ, vị trí từ Phó Bí thư Tỉnh đoàn, ...": duties and places, then "từ" and the posts.
                        tokens[after].IsLower && tokens[after].Folded == "nhiem" && after + 1 < tokens.Count && tokens[after + 1].Folded == "vu" ||
                        tokens[after].Is(",") && after > i + phrase.Length && after + 1 < tokens.Count && tokens[after + 1].IsLower &&
                        tokens[after + 1].Folded is "vi" or "chuc" or "cuong" ||
                        tokens[after].IsLower && tokens[after].Folded == "tu" && after > i + phrase.Length && after + 1 < tokens.Count && tokens[after + 1].IsCapitalized))
                    after++;
                // "từng đảm nhiệm nhiều vị trí tại Bộ Tư pháp như chuyên viên, Phó chánh Văn phòng, ...": the posts after "như".
                // "trải qua nhiều cương vị ở Trung ương và địa phương như: A; B": "ở" likewise.
                if (after < tokens.Count && tokens[after].IsLower && tokens[after].Folded is "tai" or "o" && PostsAfterNhu(tokens, after) is { } listed)
                    after = listed;
                // "các cương vị lãnh đạo tỉnh Quảng Ninh như Giám đốc Sở ...": a province, then "như" and the posts.
                else if (after + 1 < tokens.Count && tokens[after].IsLower && tokens[after].Lowered == "tỉnh" && Places.LengthAt(tokens, after + 1) is > 0 and var named &&
                         after + 1 + named < tokens.Count && tokens[after + 1 + named].IsLower && tokens[after + 1 + named].Folded == "nhu")
                    after += 2 + named;
                // "hiện là thẩm phán cao cấp, ủy viên Ủy ban Thẩm phán ...": a rank or a job that is no post goes first.
                else if (after < tokens.Count && TitleParser.Parse(tokens, after, lowerHead: true) is null &&
                         PastItemsWithoutPost(tokens, after, lowerOnly: true) is { } past)
                    after = past;
                // "Từ năm 2020 đến nay, ông là ...": a period still running.
                var untilNow = dated && Enumerable.Range(1, i).Any(k => tokens[i - k].Sentence == tokens[i].Sentence &&
                    tokens[i - k].Folded is "nay" && tokens[i - k - 1].Folded is "den" or "toi") ||
                    // "Tháng 4-2019, ông trở thành Phó Bí thư Thường trực Tỉnh ủy cho đến nay".
                    yearOpened && Enumerable.Range(i + 1, Math.Max(0, tokens.Count - i - 2)).TakeWhile(k => tokens[k].Sentence == tokens[i].Sentence)
                        .Any(k => tokens[k].Folded == "den" && tokens[k + 1].Folded == "nay");
                yield return (i, after, PresentPhrases.Contains(phrase) || untilNow ? PostStatus.Current : PostStatus.Former);
                break;
            }
        }
    }

    /// <summary>
    /// "Bà là", "Ông nguyên là" opening a clause, <paramref name="la"/> at "là": whether the posts after it were held before
    /// ("nguyên"), or null when no pronoun opens the clause there.
    /// </summary>
    private static bool? PronounOpening(IReadOnlyList<Token> tokens, int la)
    {
        var former = la >= 2 && tokens[la - 1].IsLower && tokens[la - 1].Folded == "nguyen";
        var pronoun = former ? la - 2 : la - 1;
        return tokens[pronoun].IsCapitalized && Sex(tokens[pronoun]) is not null && OpensClause(tokens, pronoun) ? former : null;
    }

    /// <summary>
    /// "trước đó[,] ông|bà là|làm|giữ chức [vụ]" at <paramref name="at"/>, or with a title and the full name for the pronoun: the
    /// first token after the verb, or null; <paramref name="named"/> is where that full name ends.
    /// </summary>
    private static int? EarlierPostAt(IReadOnlyList<Token> tokens, int at, out int? named)
    {
        named = null;
        if (at + 3 >= tokens.Count || tokens[at].Folded != "truoc") return null;
        int i;
        if (tokens[at + 1].Folded == "do") i = at + 2;
        // "Trước khi được bầu làm Bí thư Tỉnh ủy, ông là ...": the clause before the comma says what came after.
        else if (tokens[at + 1].Folded == "khi" && FirstCommaAfter(tokens, at) is { } comma && comma + 1 < tokens.Count &&
                 tokens[comma + 1].IsLower && tokens[comma + 1].Folded is "ong" or "ba")
            i = comma;
        else return null;
        if (tokens[i].Is(",")) i++;
        if (i + 1 >= tokens.Count || tokens[i + 1].Sentence != tokens[at].Sentence) return null;
        if (tokens[i].IsLower && tokens[i].Folded is "ong" or "ba")
        {
            i++;
            // "Trước đó, ông Hùng giữ chức ...": the person named again by the given name alone.
            if (i + 1 < tokens.Count && tokens[i].IsCapitalized && !tokens[i + 1].IsNameLike) i++;
        }
        // "Trước đó, bác sĩ Trần Ngọc Hải lần lượt giữ các chức vụ ...": a title that introduces the full name.
        else if (RankLength(tokens, i) is > 0 and var rank && NameReader.LongestNameFrom(tokens, i + rank) is { } nameEnd &&
                 nameEnd < tokens.Count && tokens[nameEnd].Sentence == tokens[at].Sentence) i = (named = nameEnd).Value;
        else return null;
        if (i + 2 < tokens.Count && tokens[i].IsLower && tokens[i].Folded == "lan" && tokens[i + 1].Folded == "luot") i += 2;
        if (tokens[i].IsLower && tokens[i].Folded is "la" or "lam") return i + 1;
        if (i + 1 < tokens.Count && tokens[i].Folded == "giu" && tokens[i + 1].Folded == "chuc")
            return i + 2 < tokens.Count && tokens[i + 2].Folded == "vu" ? i + 3 : i + 2;
        // "giữ các chức vụ A, B": the posts after "các chức vụ".
        if (i + 3 < tokens.Count && tokens[i].Folded == "giu" && tokens[i + 1].Folded == "cac" && tokens[i + 2].Folded == "chuc" && tokens[i + 3].Folded == "vu")
            return i + 4;
        return null;
    }

    private static int? FirstCommaAfter(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at + 1; k < tokens.Count && tokens[k].Sentence == tokens[at].Sentence; k++)
            if (tokens[k].Is(",")) return k;
        return null;
    }

    /// <summary>"Từ tháng 3-2006 đến ...", "Từ năm 1993-1994, ...": the sentence of <paramref name="at"/> opens with a period of time.</summary>
    private static readonly string[][] YearCareerPhrases = [["giu", "chuc"], ["giu", "nhiem", "vu"], ["tro", "thanh"], ["la"], ["dam", "nhiem"]];

    /// <summary>The sentence opens with a year ("Năm 2013,") or a month and its year ("Tháng 4-2019,", "Tháng 4/2019,").</summary>
    private static bool SentenceOpensWithYear(IReadOnlyList<Token> tokens, int at)
    {
        var start = at;
        while (start > 0 && tokens[start - 1].Sentence == tokens[at].Sentence && !tokens[start - 1].Is("\n")) start--;
        if (start + 2 >= at || !tokens[start].IsCapitalized || tokens[start].Folded is not ("nam" or "thang")) return false;
        var date = start + 1;
        while (date < at && !tokens[date].Is(",") && date - start <= 4) date++;
        return date < at && tokens[date].Is(",") && Enumerable.Range(start + 1, date - start - 1).Any(k => IsYear(tokens[k]) ||
            tokens[k].Text.Length > 4 && tokens[k].Text[^4..].All(char.IsDigit) && tokens[k].Text[^5] is '-' or '/');
    }

    private static bool SentenceOpensWithPeriod(IReadOnlyList<Token> tokens, int at)
    {
        var start = at;
        while (start > 0 && tokens[start - 1].Sentence == tokens[at].Sentence && !tokens[start - 1].Is("\n")) start--;
        return start + 2 < at && tokens[start].Lowered == "từ" && tokens[start + 1].Folded is "nam" or "thang" or "ngay" &&
               char.IsDigit(tokens[start + 2].Text[0]);
    }

    /// <summary>
    /// Whose career it is: the nearest name before the trigger in its sentence (when <paramref name="namedInSentence"/>: a post
    /// held now after a name is the appointments' reading); failing that, when the sentence names no one
    /// before it (at most "ông", "bà" and the last syllable of the name: "bà Xuân"), the last person named before the sentence.
    /// </summary>
    private static Person? CareerSubject(IReadOnlyList<Token> tokens, List<Person> people, SortedDictionary<int, Title> titles, int trigger, bool namedInSentence)
    {
        var sentence = tokens[trigger].Sentence;
        if (people.Where(p => p.NameEnd <= trigger && tokens[p.NameStart].Sentence == sentence).MaxBy(p => p.NameEnd) is { } named)
            // A person named again by the given name alone ("Ông Lâm hiện là ...") takes no post from the stack or the trigger,
            // so the career is theirs.
            // "Đồng chí Y sinh ngày ..., Thạc sĩ Kinh tế, hiện là ...": the person the sentence opens with holds the posts now.
            return namedInSentence || named.NameEnd - named.NameStart == 1 || OpensSentence(tokens, named.NameStart - MarkerBefore(tokens, named.NameStart)) ? named : null;
        var start = trigger;
        while (start > 0 && tokens[start - 1].Sentence == sentence) start--;
        if (people.Where(p => p.NameEnd <= start).MaxBy(p => p.NameEnd) is not { } previous) return null;
        var lastSyllable = tokens[previous.NameEnd - 1].Folded;
        for (var i = start + 1; i < trigger; i++)
        {
            if (!tokens[i].IsCapitalized || char.IsDigit(tokens[i].Text[0])) continue;
            // "Trước khi giữ chức Chủ tịch UBND tỉnh, ông Y từng ...": a post named before the trigger names no one else.
            if (titles.Values.Any(t => t.Start <= i && i < t.End && t.End <= trigger)) continue;
            if (tokens[i].Folded == lastSyllable && tokens[i - 1].IsLower && tokens[i - 1].Folded is "ong" or "ba") continue;
            // "Ông có 27 năm công tác tại Nghệ An và trải qua ...", "tại kỳ họp thứ 11, Quốc hội khóa XIII, ông được bầu ...": a
            // place or a body names no one; only a name (a person the sentence is about) does.
            if (NameReader.LongestNameFrom(tokens, i) is not null || people.Any(p => p.NameStart == i)) return null;
        }
        // "Bà Y ... . Trước đó, ông là ...": a pronoun of the other sex is about someone else (unnamed here), not the last one named.
        var pronoun = Enumerable.Range(start, trigger - start + 1).Select(i => Sex(tokens[i])).FirstOrDefault(g => g is not null);
        return pronoun is not null && SexOf(tokens, people, previous) is { } known && known != pronoun ? null : previous;
    }

    /// <summary>"ông", "anh" a man, "bà", "chị" a woman (the token as written, diacritics kept: "ba" is three); else null.</summary>
    private static char? Sex(Token token) => token.Lowered switch
    {
        "ông" or "anh" => 'm',
        "bà" or "chị" => 'f',
        _ => null,
    };

    /// <summary>
    /// What the text says of a person's sex: the "ông"/"bà" before any mention of their name, else a middle name "Thị"
    /// (a woman's); null when it says nothing.
    /// </summary>
    private static char? SexOf(IReadOnlyList<Token> tokens, List<Person> people, Person person)
    {
        var name = NameKey(tokens, person);
        foreach (var mention in people.Where(p => NameKey(tokens, p) == name))
            if (mention.NameStart > 0 && Sex(tokens[mention.NameStart - 1]) is { } said) return said;
        return Enumerable.Range(person.NameStart + 1, Math.Max(0, person.NameEnd - person.NameStart - 2)).Any(i => tokens[i].Folded == "thi") ? 'f' : null;
    }

    private static string NameKey(IReadOnlyList<Token> tokens, Person person) => FoldedSpan(tokens, person.NameStart, person.NameEnd);

    /// <summary>
    /// "tại Bộ Tư pháp như chuyên viên, thư ký, Phó chánh Văn phòng, Thứ trưởng ...": after "tại" and a body, where the
    /// posts listed after "như" start, past the items that read as no post ("chuyên viên", a bare head); null when no
    /// "như" comes before a comma.
    /// </summary>
    private static int? PostsAfterNhu(IReadOnlyList<Token> tokens, int tai)
    {
        var sentence = tokens[tai].Sentence;
        // "tại nhiều cơ quan, đơn vị của tỉnh Hà Tĩnh như: A; B": where, up to "như" or a colon, past commas but no post.
        for (var k = tai + 1; k < tokens.Count && k <= tai + 14 && tokens[k].Sentence == sentence && TitleParser.HeadAt(tokens, k) is null; k++)
        {
            // "các chức vụ tại TP Móng Cái (Quảng Ninh): A; B; C": the posts after the place's colon.
            if (tokens[k].Is(":") && k + 1 < tokens.Count) return k + 1;
            if (!tokens[k].IsLower || tokens[k].Folded != "nhu") continue;
            return PastItemsWithoutPost(tokens, k + 1 < tokens.Count && tokens[k + 1].Is(":") ? k + 2 : k + 1, lowerOnly: false);
        }
        return null;
    }

    /// <summary>
    /// "chuyên viên, thư ký lãnh đạo Bộ, Phó chánh Văn phòng, Thứ trưởng ...", "thẩm phán cao cấp, ủy viên ...": past the
    /// comma-separated items of up to five words the parser reads no post in (in lower case only, when
    /// <paramref name="lowerOnly"/>), where the first post starts; null when none follows in the sentence.
    /// </summary>
    private static int? PastItemsWithoutPost(IReadOnlyList<Token> tokens, int at, bool lowerOnly)
    {
        if (at >= tokens.Count) return null;
        var sentence = tokens[at].Sentence;
        while (at < tokens.Count && tokens[at].Sentence == sentence && TitleParser.Parse(tokens, at, lowerHead: true) is null)
        {
            if (lowerOnly && !tokens[at].IsLower) return null;
            var comma = at;
            while (comma < tokens.Count && comma - at < 5 && tokens[comma].IsWord && tokens[comma].Sentence == sentence) comma++;
            if (comma == at || comma >= tokens.Count || !tokens[comma].Is(",")) return null;
            at = comma + 1;
        }
        return at < tokens.Count && tokens[at].Sentence == sentence ? at : null;
    }

    /// <summary>The posts chained after a career trigger: one after another, separated by "," or ";", in either case.</summary>
    /// <summary>
    /// ", Cơ quan UB Kiểm tra Trung ương;" at <paramref name="comma"/>: a body (opened by a body's noun or "Cơ quan", no head) after
    /// a comma, closed by ";". Where the ";" is, or null.
    /// </summary>
    private static int? ParentClosingItemEnd(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 2 >= tokens.Count || !tokens[comma].Is(",") || !tokens[comma + 1].IsCapitalized || tokens[comma + 1].Sentence != tokens[comma].Sentence ||
            TitleParser.HeadAt(tokens, comma + 1) is not null ||
            !(Lexicon.BodyWords.Contains(tokens[comma + 1].Lowered) || tokens[comma + 1].Folded == "co" && tokens[comma + 2].Folded == "quan"))
            return null;
        var end = TitleParser.BodyEnd(tokens, comma + 1, comma + 1);
        return end > comma + 2 && end < tokens.Count && tokens[end].Is(";") ? end : null;
    }

    private static List<Title> CareerChain(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at)
    {
        var chain = new List<Title>();
        while (at < tokens.Count)
        {
            // "các vị trí công tác: Phó Chủ tịch, Chủ tịch UBND huyện X; ...", "Phó Vụ trưởng, Quyền Vụ trưởng rồi Vụ trưởng Vụ
            // Y": a head standing bare before a comma or "rồi" is a post as the text writes it, as in a stack after a name.
            if (!titles.ContainsKey(at) && BareHeadBeforePost(tokens, titles, at) is { } bare)
            {
                if (SeparatesPosts(tokens[bare]) || Then(tokens[bare])) chain.Add(new Title(at, at, bare, bare, null));
                at = bare + 1;
                continue;
            }
            // "..., Thư ký và trợ lý cố Thủ tướng Võ Văn Kiệt, Ủy viên ...": an item serving the late leader it names is no post of
            // the list's, which goes on after it.
            if (PastItemNamingTheLate(tokens, titles, at) is { } afterItem)
            {
                at = afterItem;
                continue;
            }
            if ((titles.TryGetValue(at, out var title) ? title : TitleParser.Parse(tokens, at, lowerHead: true)) is not { } post ||
                tokens[post.Start].Sentence != tokens[at].Sentence || NameReader.TailName(tokens, post) is not null) break;
            // "... TP. Ông ...": the dot after "TP" ended the sentence there (Tokenizer.AbbreviationDot), and the post would lose its city.
            if (post.End < tokens.Count && tokens[post.End].Is(".") && tokens[post.End - 1].Text is "TP" or "Tp") break;
            // "Phó Vụ trưởng Vụ KHCN và Hợp tác Quốc tế - Tổng Cục Bưu điện, ...": the body's parent after a dash is the post's.
            if (ParentAfterDash(tokens, post.End) is { } parentEnd) post = post with { End = parentEnd };
            chain.Add(post);
            at = post.End;
            TermAfter(tokens, at, out var termEnd); if (termEnd > at) at = termEnd; // a term, or a committee's number in brackets
            at = PastParentInBrackets(tokens, PastPeriodInBrackets(tokens, at));
            // "Bí thư Huyện ủy Yên Lập, tỉnh Phú Thọ; nguyên ...": the province the unit is in, written after a comma.
            if (at + 2 < tokens.Count && tokens[at].Is(",") && tokens[at + 1].IsLower && tokens[at + 1].Lowered is "tỉnh" or "huyện" &&
                Places.LengthAt(tokens, at + 2) is > 0 and var province && at + 2 + province < tokens.Count && tokens[at + 2 + province].Is(";"))
                at += 2 + province;
            // "Vụ trưởng Vụ Địa phương V, Cơ quan UB Kiểm tra Trung ương; Ủy viên ...": the body the unit belongs to, written after a
            // comma and closing the item, is no post of its own; the list goes on after it.
            else if (ParentClosingItemEnd(tokens, at) is { } itemEnd) at = itemEnd;
            // "từng là Chủ tịch UBND và Bí thư Thị ủy Từ Sơn, Giám đốc Sở Tài chính": "và" before a post goes on like a comma.
            if (at + 1 < tokens.Count && (tokens[at].Is(",") || tokens[at].Is(";") || AlsoHolding(tokens[at]) ||
                                          // "Phó Chủ tịch UBND rồi Chủ tịch UBND tỉnh": "rồi" (then) likewise.
                                          (tokens[at].IsLower && tokens[at].Folded == "va" || Then(tokens[at])) && titles.ContainsKey(at + 1)) &&
                tokens[at + 1].Sentence == tokens[post.Start].Sentence) at++;
            else break;
            // "..., Phó Bí thư thường trực, rồi Chủ tịch UBND tỉnh, ...": "rồi" after the comma.
            if (at + 1 < tokens.Count && Then(tokens[at]) && tokens[at - 1].Is(",") && titles.ContainsKey(at + 1)) at++;
            // "..., sau đó đảm nhiệm các chức vụ, A, B": the career goes on after "sau đó" and its verb.
            if (at + 1 < tokens.Count && tokens[at].IsLower && tokens[at].Folded == "sau" && tokens[at + 1].Folded == "do")
            {
                var next = at + 2;
                while (next < tokens.Count && next < at + 9 && tokens[next].Sentence == tokens[at].Sentence &&
                       (tokens[next].IsLower && !titles.ContainsKey(next) || tokens[next].Is(",") || tokens[next].Is(":"))) next++;
                if (next < tokens.Count && titles.ContainsKey(next)) at = next;
            }
        }
        return chain;
    }

    /// <summary>
    /// "(từ năm 2010 - 2012)", "(2016 - 2017)" or "(nay là TP Huế)" at <paramref name="at"/>: a period, or a unit's name today, in
    /// brackets, up to ten tokens; past it, or <paramref name="at"/>.
    /// </summary>
    private static int PastPeriodInBrackets(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].Is("(")) return at;
        // "Giám đốc Công an tỉnh Thừa Thiên Huế (nay là TP Huế); ...": what the unit is called now, in brackets, names no post;
        // "Bí thư Huyện ủy Sơn Tịnh (cũ)": nor does the unit's being gone (merged since).
        if (at + 2 < tokens.Count && tokens[at + 1].IsLower && tokens[at + 1].Lowered == "cũ" && tokens[at + 2].Is(")")) return at + 3;
        var renamed = at + 2 < tokens.Count && tokens[at + 1].IsLower && tokens[at + 1].Folded == "nay" && tokens[at + 2].IsLower && tokens[at + 2].Folded == "la";
        for (var i = at + 1; i < tokens.Count && i <= at + 10 && tokens[i].Sentence == tokens[at].Sentence; i++)
        {
            if (tokens[i].Is(")"))
                return renamed || Enumerable.Range(at + 1, i - at - 1).Any(k => IsYear(tokens[k])) ? i + 1 : at;
            if (tokens[i].IsCapitalized && !renamed || TitleParser.HeadAt(tokens, i) is not null) return at;
        }
        return at;
    }

    /// <summary>
    /// "(Bộ Công an)", "(BCA)": the ministry or the board the unit of a career's post belongs to, in brackets after the post
    /// ("Phó Tư lệnh Cảnh sát cơ động (Bộ Công an); Giám đốc ..."), up to eight tokens and naming no post; past it, or
    /// <paramref name="at"/>.
    /// </summary>
    /// <summary>
    /// From <paramref name="at"/> to a comma within a dozen words, an item of a list ending with a name "cố" introduces ("trợ lý cố
    /// Thủ tướng Võ Văn Kiệt"), a post after the comma: that post's start, or null.
    /// </summary>
    private static int? PastItemNamingTheLate(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at)
    {
        for (var comma = at + 2; comma < tokens.Count && comma <= at + 12 && tokens[comma].Sentence == tokens[at].Sentence && !tokens[comma].Is(";"); comma++)
        {
            if (!tokens[comma].Is(",")) continue;
            if (!titles.ContainsKey(comma + 1)) return null;
            for (var name = Math.Max(at, comma - NameReader.MaxSyllables); name <= comma - NameReader.MinSyllables; name++)
                if (NameReader.IsName(tokens, name, comma) && NamedAsLate(tokens, name)) return comma + 1;
            return null;
        }
        return null;
    }

    /// <summary>
    /// "- Tổng Cục Bưu điện", "- VPCP" at <paramref name="at"/>, up to a comma or a semicolon: in a list of posts, a dash then
    /// a board ("Tổng cục", "Bộ", "Sở", "Ban") or a body's abbreviation names the parent of the post's body. Its end, or null.
    /// </summary>
    private static int? ParentAfterDash(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || !(tokens[at].Is("-") || tokens[at].Is("–")) || tokens[at + 1].Sentence != tokens[at].Sentence) return null;
        var first = at + 1;
        if (tokens[first].IsCapitalized && tokens[first].Lowered == "tổng" && first + 1 < tokens.Count) first++;
        if (!(tokens[first].IsCapitalized && Lexicon.BoardNouns.Contains(tokens[first].Lowered) || tokens[at + 1].IsAbbreviation)) return null;
        for (var i = at + 2; i < tokens.Count && i <= at + 8 && tokens[i].Sentence == tokens[at].Sentence; i++)
        {
            if (tokens[i].Is(",") || tokens[i].Is(";")) return i;
            if (!tokens[i].IsWord || TitleParser.HeadAt(tokens, i) is not null) return null;
        }
        return null;
    }

    private static int PastParentInBrackets(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !tokens[at].Is("(") || tokens[at + 1].Sentence != tokens[at].Sentence) return at;
        if (tokens[at + 1].IsAbbreviation && tokens[at + 2].Is(")")) return at + 3;
        // "Hiệu trưởng Trường THPT chuyên Lê Quý Đôn (Đà Nẵng), Giám đốc Sở ...": the province the unit is in.
        if (Places.LengthAt(tokens, at + 1) is > 0 and var place && at + 1 + place < tokens.Count && tokens[at + 1 + place].Is(")")) return at + 2 + place;
        if (!tokens[at + 1].IsCapitalized || !Lexicon.BoardNouns.Contains(tokens[at + 1].Lowered)) return at;
        for (var i = at + 2; i < tokens.Count && i <= at + 8 && tokens[i].Sentence == tokens[at].Sentence; i++)
        {
            if (tokens[i].Is(")")) return i + 1;
            if (!tokens[i].IsWord || TitleParser.HeadAt(tokens, i) is not null) return at;
        }
        return at;
    }

    /// <summary>The sentence ends at <paramref name="at"/>, a term of the post before it aside ("khóa XIII.").</summary>
    private static bool SentenceEndsAt(IReadOnlyList<Token> tokens, int at)
    {
        TermAfter(tokens, at, out var termEnd);
        at = Math.Max(at, termEnd);
        return at >= tokens.Count || tokens[at].Sentence != tokens[at - 1].Sentence || tokens[at].Is(".") || tokens[at].Is(";") && at + 1 < tokens.Count && tokens[at + 1].Sentence != tokens[at].Sentence;
    }

    /// <summary>"ông, bà:", "anh chị:", "đồng chí:" from <paramref name="at"/>: markers, commas and "và" up to a colon; the colon, or null.</summary>
    private static int? ColonAfterMarkers(IReadOnlyList<Token> tokens, int at)
    {
        for (var i = at; i < tokens.Count && i <= at + 5 && tokens[i].Sentence == tokens[at].Sentence;)
        {
            if (tokens[i].Is(":")) return i + 1 < tokens.Count ? i : null;
            if (tokens[i].Is(",") || tokens[i].IsLower && tokens[i].Folded == "va") { i++; continue; }
            if (MarkerLength(tokens, i) is > 0 and var marker) { i += marker; continue; }
            return null;
        }
        return null;
    }

    /// <summary>A token opening a clause: the text's or a sentence's first, or right after ";" or ":".</summary>
    private static bool OpensClause(IReadOnlyList<Token> tokens, int at) =>
        at == 0 || tokens[at - 1].Sentence != tokens[at].Sentence || tokens[at - 1].Is(";") || tokens[at - 1].Is(":");

    /// <summary>
    /// "(sinh năm 1959)", "(SN 1959)" or "(1977)" right after a name: where the bracket closes, past it. "(41 tuổi, Giám đốc
    /// Sở X)": an age opening the bracket of posts; the comma after it, where the stack goes on (or past the bracket when
    /// the age is all it holds).
    /// </summary>
    private static int? BirthYearAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 3 >= tokens.Count || !tokens[at].Is("(")) return null;
        var i = at + 1;
        if (tokens[i].Text.All(char.IsDigit) && tokens[i].Text.Length <= 3 && tokens[i + 1].IsLower && tokens[i + 1].Folded == "tuoi")
        {
            if (tokens[i + 2].Is(")")) return i + 3;
            if (!tokens[i + 2].Is(",")) return null;
            // "(47 tuổi, thạc sĩ xây dựng, kỹ sư xây dựng)": the age and degrees, no post, up to the bracket's close.
            for (var k = i + 3; k < tokens.Count && k < i + 20 && tokens[k].Sentence == tokens[at].Sentence; k++)
            {
                if (tokens[k].Is(")")) return k + 1;
                if (tokens[k].Is("(") || TitleParser.HeadAt(tokens, k, allowLower: true) is not null) break;
            }
            return i + 2;
        }
        if (tokens[i].Folded == "sinh" && tokens[i + 1].Folded == "nam") i += 2;
        else if (tokens[i].Folded == "sn") i++;
        else if (!IsYear(tokens[i])) return null;
        if (i + 1 >= tokens.Count || !IsYear(tokens[i])) return null;
        if (tokens[i + 1].Is(")")) return i + 2;
        // "(SN 1974, trình độ: cử nhân Luật)", "(sinh năm 1958 tại Đồng Tháp)": a year of birth and more of the biography (where
        // born), up to the bracket's close; no post inside.
        if (!tokens[i + 1].Is(",") && !(tokens[i + 1].IsLower && tokens[i + 1].Folded is "tai" or "o")) return null;
        for (var k = i + 2; k < tokens.Count && k < i + 16 && tokens[k].Sentence == tokens[at].Sentence; k++)
        {
            if (tokens[k].Is(")")) return k + 1;
            if (tokens[k].Is("(") || TitleParser.HeadAt(tokens, k) is not null) return null;
        }
        return null;
    }

    /// <summary>
    /// "(thứ ba bên trái ảnh)", "(phải)" right after a name and before ", post": a bracket of up to eight words with no post's head and
    /// no digits in it. Where it closes (the token after ")"), or null.
    /// </summary>
    private static int? RemarkInBracketsAt(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at)
    {
        if (at >= tokens.Count || !tokens[at].Is("(")) return null;
        for (var k = at + 1; k < tokens.Count && k <= at + 9 && tokens[k].Sentence == tokens[at].Sentence; k++)
        {
            if (tokens[k].Is(")"))
                return k > at + 1 && k + 2 < tokens.Count && IsApposition(tokens[k + 1]) && !tokens[k + 1].Is("(") &&
                       TitleAfter(tokens, titles, k + 2) is not null ? k + 1 : null;
            if (!tokens[k].IsWord || char.IsDigit(tokens[k].Text[0]) || TitleParser.HeadAt(tokens, k, allowLower: true) is not null) return null;
        }
        return null;
    }

    private static bool IsYear(Token token) => token.Text.Length == 4 && token.Text.All(char.IsDigit) && token.Text[0] is '1' or '2';

    /// <summary>
    /// ", sinh năm 1968", ", dân tộc Dao" (one capitalised word or two) or ", thạc sỹ Kinh tế" at <paramref name="at"/>, followed by a comma: the
    /// comma after it, where the stack of posts goes on; or null.
    /// </summary>
    private static int? BiographyAt(IReadOnlyList<Token> tokens, int at)
    {
        // "Ông Lê Văn A 64 tuổi, quê ...": an age written right after the name, without the comma.
        if (at + 2 < tokens.Count && tokens[at].Text.All(char.IsDigit) && tokens[at].Text.Length <= 3 && tokens[at + 1].IsLower &&
            tokens[at + 1].Folded == "tuoi" && tokens[at + 2].Is(",")) return at + 2;
        // "ông Đỗ Minh A - 53 tuổi, Phó Bí thư ...": a dash may open it too.
        if (at + 4 >= tokens.Count || !(tokens[at].Is(",") || tokens[at].Is("-") || tokens[at].Is("–")) || tokens[at + 1].Sentence != tokens[at].Sentence) return null;
        int end;
        if (tokens[at + 1].Folded == "sinh" && tokens[at + 2].Folded == "nam" && tokens[at + 3].Text.Length == 4 && tokens[at + 3].Text.All(char.IsDigit))
            end = at + 4;
        // ", sinh ngày 17/10/1960,": the date of birth written whole.
        else if (tokens[at + 1].Folded == "sinh" && tokens[at + 2].Folded == "ngay" && tokens[at + 3].Text.Length >= 6 &&
                 char.IsDigit(tokens[at + 3].Text[0]) && tokens[at + 3].Text.All(c => char.IsDigit(c) || c is '/' or '-' or '.'))
            end = at + 4;
        // "ông A, 60 tuổi, nguyên Phó Bí thư ...": an age between commas.
        else if (tokens[at + 1].Text.All(char.IsDigit) && tokens[at + 1].Text.Length <= 3 && tokens[at + 2].IsLower && tokens[at + 2].Folded == "tuoi")
            end = at + 3;
        // ", quê Thừa Thiên Huế,", ", quê tỉnh Vĩnh Phúc,": the home province, up to five words.
        else if (tokens[at + 1].IsLower && tokens[at + 1].Lowered == "quê" && (tokens[at + 2].IsNameLike || tokens[at + 2].IsLower && Places.IsUnitWord(tokens[at + 2])))
        {
            end = at + 2;
            while (end < tokens.Count && end - at <= 6 && tokens[end].IsWord && tokens[end].Sentence == tokens[at].Sentence && TitleParser.HeadAt(tokens, end) is null) end++;
            // ", quê xã Quỳnh Thạnh, huyện Quỳnh Lưu, tỉnh Nghệ An,": the address goes on, unit by unit.
            while (end + 2 < tokens.Count && tokens[end].Is(",") && tokens[end + 1].IsLower && Places.IsUnitWord(tokens[end + 1]) && tokens[end + 2].IsNameLike &&
                   tokens[end + 2].Sentence == tokens[at].Sentence)
            {
                var unit = end + 2;
                while (unit < tokens.Count && unit - end <= 5 && tokens[unit].IsNameLike && tokens[unit].Sentence == tokens[at].Sentence && TitleParser.HeadAt(tokens, unit) is null) unit++;
                end = unit;
            }
        }
        else if (tokens[at + 1].IsLower && tokens[at + 1].Folded == "dan" && tokens[at + 2].Folded == "toc" && tokens[at + 3].IsNameLike)
            end = at + 4 < tokens.Count && tokens[at + 4].IsNameLike && TitleParser.HeadAt(tokens, at + 4) is null ? at + 5 : at + 4;
        // ", thạc sỹ Tài chính-Kế toán,", ", cử nhân kinh tế,": a degree and its field, up to six words.
        else if (tokens[at + 1].IsLower && DegreeWords.Contains(tokens[at + 1].Folded + " " + tokens[at + 2].Folded))
        {
            end = at + 3;
            while (end < tokens.Count && end - at <= 7 && tokens[end].IsWord && tokens[end].Sentence == tokens[at].Sentence && TitleParser.HeadAt(tokens, end) is null) end++;
        }
        else return null;
        return end < tokens.Count && tokens[end].Is(",") ? end : null;
    }

    /// <summary>
    /// "Tiến sĩ Báo chí học,", "Thạc sĩ Xây dựng Đảng và Chính quyền Nhà nước,": a degree and its field, up to the comma closing it
    /// (at most twelve words, no post's head among them). The comma's index, or null.
    /// </summary>
    private static int? DegreeItemEnd(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !DegreeWords.Contains(tokens[at].Folded + " " + tokens[at + 1].Folded)) return null;
        for (var i = at + 2; i < tokens.Count && i - at <= 14 && tokens[i].Sentence == tokens[at].Sentence; i++)
        {
            if (tokens[i].Is(",")) return i + 1 < tokens.Count ? i : null;
            if (!tokens[i].IsWord || TitleParser.HeadAt(tokens, i) is not null) return null;
        }
        return null;
    }

    private static readonly HashSet<string> DegreeWords = ["thac si", "thac sy", "tien si", "tien sy", "cu nhan", "ky su"];
}
