using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

// Lists: headings with the post their members share, counted and plural heads, the items of a list.
public static partial class MentionReader
{
    /// <summary>
    /// Lists headed by the post their members share, with the colon before the first member: "các đồng chí Phó Tổng Tham
    /// mưu trưởng:" (the head may stand without a body there) and "3 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí:".
    /// </summary>
    private static List<(Title Heading, int Colon)> ListHeadings(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles)
    {
        var headings = new List<(Title, int)>();
        for (var colon = 2; colon < tokens.Count; colon++)
        {
            var sentence = tokens[colon].Sentence;
            // "Các phó chủ tịch Nhóm X gồm Chủ nhiệm Ủy ban Tư pháp A; Trưởng ban ... B; ...": with no colon, "gồm" after a plural post
            // opens its list when the members are written with posts of their own before their names, items parted by ";".
            if (tokens[colon].IsLower && tokens[colon].Folded == "gom" && colon + 1 < tokens.Count && tokens[colon + 1].IsCapitalized &&
                tokens[colon + 1].Folded != "cac" && PostEndingAt(tokens, titles, colon) is { } pluralPost &&
                pluralPost.Start >= 1 && tokens[pluralPost.Start - 1].Folded == "cac" && tokens[pluralPost.Start - 1].Sentence == sentence &&
                Enumerable.Range(colon, tokens.Count - colon).TakeWhile(i => tokens[i].Sentence == sentence).Any(i => tokens[i].Is(";")))
            {
                headings.Add((pluralPost, colon));
                continue;
            }
            if (!tokens[colon].Is(":")) continue;
            // "các đồng chí <post>:"
            for (var head = colon - 1; head >= Math.Max(1, colon - 10); head--)
            {
                if (tokens[head].Sentence != sentence || !tokens[head].IsWord) break;
                if (TitleParser.HeadAt(tokens, head) is not { } h || TitleParser.BodyEnd(tokens, head + h.Folded.Length, head + h.Folded.Length) != colon) continue;
                var stack = new List<Title> { titles.TryGetValue(head, out var parsed) && parsed.End == colon ? parsed : new Title(head, head, head + h.Folded.Length, colon, null) };
                // "các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: A, post; B, post": a stack of posts heads the list.
                while (stack[0].Start > 1 && tokens[stack[0].Start - 1].Is(",") &&
                       titles.Values.FirstOrDefault(t => t.End == stack[0].Start - 1 && tokens[t.Start].Sentence == sentence) is { } earlier)
                    stack.Insert(0, earlier);
                var opening = stack[0].Start;
                // "các đồng chí Đại tướng - Ủy viên Bộ Chính trị: A, B": the members' rank, a dash, then the post they share.
                if (opening > 2 && (tokens[opening - 1].Is("-") || tokens[opening - 1].Is("–")) && RankBefore(tokens, opening - 1) is > 0 and var rank)
                    opening -= 1 + rank;
                // "các Đại biểu Quốc hội:" names its members' post with no marker between.
                var marker = MarkerBefore(tokens, opening);
                // "các" in lower case, or opening the sentence ("Các Ủy viên Bộ Chính trị: A - post; B - post").
                var cac = opening - marker - 1;
                // "cùng 04 đồng chí Phó Chủ tịch: ...": a count before the marker announces the list as "các" does.
                var counted = marker > 0 && cac >= 0 && IsCount(tokens, cac);
                if (cac < 0 || !counted && (tokens[cac].Folded != "cac" || !(tokens[cac].IsLower || cac == 0 || tokens[cac - 1].Sentence != tokens[cac].Sentence))) continue;
                foreach (var post in stack) headings.Add((post, colon));
                break;
            }
            // "<post> [khóa mới] gồm [các đồng chí]:"
            var at = colon - 1;
            // "gồm các ông:", "gồm các ông, bà:", "gồm các ông/bà:": the plural markers before the colon.
            var pluralMarkers = false;
            if (MarkerBefore(tokens, colon) is > 0 and var m && PluralMarkersOpening(tokens, colon - m) is { } plurals) { at = plurals - 1; pluralMarkers = true; }
            else if (tokens[at].Folded == "cac") at--;
            // "Hiện Bộ có 5 Thứ trưởng: A, B và C": a counted head right before the colon.
            if (CountedHeadEndingAt(tokens, colon) is { } direct && !headings.Any(h => h.Item2 == colon)) { headings.Add((direct, colon)); continue; }
            // "có 6 Thứ trưởng, Phó chủ nhiệm: A, B": two heads sharing the counted list, each member holding both.
            if (!headings.Any(h => h.Item2 == colon) && HeadsEndingAt(tokens, colon).LastOrDefault() is (var second, not null) && second > 1 &&
                tokens[second - 1].Is(",") && CountedHeadEndingAt(tokens, second - 1) is { } first)
            {
                headings.Add((first, colon));
                headings.Add((new Title(second, second, colon, colon, null) { InferredBody = first.InferredBody }, colon));
                continue;
            }
            // "Các Phó Bí thư Tỉnh ủy gồm có: ...": "có" after "gồm".
            if (at >= 2 && tokens[at].IsLower && tokens[at].Folded == "co" && tokens[at - 1].Folded == "gom") at--;
            // "4 Phó Chủ nhiệm Ủy ban gồm các đại biểu: A, B": the deputies named as such, a plural marker of its own.
            if (at >= 3 && tokens[at].Folded == "bieu" && tokens[at - 1].Folded == "dai" && tokens[at - 2].IsLower && tokens[at - 2].Folded == "cac") at -= 3;
            // "các Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh như: A, B": "như" after a plural post opens its list as "gồm" does.
            var asSuchAs = at >= 1 && tokens[at].IsLower && tokens[at].Folded == "nhu";
            // "được phê chuẩn bổ nhiệm vị trí Phó Thủ tướng là các ông: A; B": "là" and plural markers open it as "gồm" does.
            var isLa = pluralMarkers && at >= 1 && tokens[at].IsLower && tokens[at].Folded == "la";
            if (at < 1 || !(tokens[at].Folded == "gom" || asSuchAs || isLa) || tokens[at].Sentence != sentence) continue;
            // "3 Phó bí thư Tỉnh ủy Sơn La khóa 16, nhiệm kỳ 2025-2030, gồm các ông:": past the term to the post.
            if (QualifiedHeadingEnd(tokens, at) is var qualified && qualified > 0 && qualified < at)
                at = tokens[qualified - 1].Is(",") ? qualified - 1 : qualified;
            at--;
            // "có bốn Thứ trưởng bao gồm: ...": "bao gồm" for "gồm".
            if (at >= 1 && tokens[at].IsLower && tokens[at].Folded == "bao") at--;
            if (at >= 1 && tokens[at].Folded == "moi") at -= tokens[at - 1].Folded == "khoa" ? 2 : 1;
            // "Các phó chủ tịch VOC khóa VI gồm có: ...": the post in lower case after "các" heads it too.
            if ((at + 1 < tokens.Count ? PostEndingAt(tokens, titles, at + 1) : null) is { } title &&
                NameReader.TailName(tokens, title) is null && (!asSuchAs || Plural(tokens, title.Start)))
            {
                headings.Add((title, colon));
                // "điều động các Phó giám đốc Sở Xây dựng làm Phó giám đốc Sở Quy hoạch, gồm: A, B": the post the members held, plural
                // before "làm", is each member's too, held before the move (former).
                if (title.Start >= 2 && tokens[title.Start - 1].IsLower && tokens[title.Start - 1].Folded == "lam" &&
                    PostEndingAt(tokens, titles, title.Start - 1) is { } held && Plural(tokens, held.Start) && NameReader.TailName(tokens, held) is null)
                    headings.Add((held with { Marked = held.Marked ?? PostStatus.Former }, colon));
            }
            else if (asSuchAs) continue;
            // "có 5 Thứ trưởng gồm các ông:": a head counted stands for the post of the body the sentence is about.
            else if (CountedHeadEndingAt(tokens, at + 1) is { } counted)
                headings.Add((counted, colon));
            // "các Phó Chủ tịch gồm: bà A và bà B": a bare head after "các".
            else if (LowerHeadAfterCacEndingAt(tokens, at + 1) is { } plural)
                headings.Add((plural, colon));
        }
        // "cùng các Phó Bí thư Hoàng Anh Đức, Trần Công Luân và Nguyễn Thị Mai Anh": a bare head after "các" (or a count), its
        // members named right after it.
        for (var head = 1; head + 2 < tokens.Count; head++)
        {
            if (!(tokens[head - 1].IsLower && tokens[head - 1].Lowered == "các" || IsCount(tokens, head - 1)) ||
                TitleParser.HeadAt(tokens, head, allowLower: true) is not { } bare) continue;
            var headEnd = head + bare.Folded.Length;
            if (headEnd >= tokens.Count || tokens[headEnd].Sentence != tokens[head].Sentence || !NameReader.StartsAt(tokens, headEnd) ||
                titles.Values.Any(t => t.Start <= head && t.End > headEnd && !(t.HeadEnd == headEnd && NameReader.IsName(tokens, headEnd, t.End))) ||
                headings.Any(h => h.Item2 == headEnd - 1)) continue;
            if (!ListedAfter(tokens, NameReader.LongestNameFrom(tokens, headEnd) ?? headEnd).Any()) continue;
            headings.Add((new Title(head, head, headEnd, headEnd, null), headEnd - 1));
        }
        // "các phó bí thư gồm ông A (post), B (post)": "gồm" and a marker open the list without a colon; a head after "các"
        // may be written in lower case there.
        // "5 thứ trưởng là các ông A, B": "là các" and a marker, after a counted head or one after "các".
        for (var gom = 2; gom + 2 < tokens.Count; gom++)
        {
            var isGom = tokens[gom].IsLower && tokens[gom].Folded == "gom";
            // "hai Phó giám đốc là bà A (51 tuổi) và ông B": "là" and a marker right after a counted head.
            // "Hai Phó Chủ tịch UBND tỉnh được bầu bổ sung là ông A (...), post và ông B": a plural post, its election, "là".
            var isLa = tokens[gom].IsLower && tokens[gom].Folded == "la" && (tokens[gom + 1].IsLower && tokens[gom + 1].Folded == "cac" ||
                       // "có hai phó giám đốc là bác sĩ A và B": a title that introduces the name stands for the marker.
                       (MarkerLength(tokens, gom + 1) > 0 || RankLength(tokens, gom + 1) > 0) && (CountedHeadEndingAt(tokens, gom) is not null || PluralTitleEndingAt(tokens, titles, QualifiedHeadingEnd(tokens, gom)) is not null ||
                                                             QualifiedHeadingEnd(tokens, gom) is > 0 and var elected && elected < gom && CountedHeadEndingAt(tokens, elected) is not null));
            // "bổ nhiệm 3 Ủy viên Trung ương Đảng là A, B và C làm Thứ trưởng": "là" and the names, no marker, after a counted head.
            var namesAfterLa = tokens[gom].IsLower && tokens[gom].Folded == "la" && NameReader.StartsAt(tokens, gom + 1) &&
                               (CountedHeadEndingAt(tokens, gom) is not null || PluralTitleEndingAt(tokens, titles, gom) is not null);
            isLa |= namesAfterLa;
            if (!(isGom || isLa) || tokens[gom + 1].Sentence != tokens[gom].Sentence) continue;
            // "7 Phó giám đốc gồm đại tá A, đại tá B, C": a rank opens the list as a marker does.
            var opening = (isGom || isLa) && (MarkerLength(tokens, gom + 1) > 0 || namesAfterLa || RankLength(tokens, gom + 1) > 0) ? gom
                : tokens[gom + 1].Folded == "cac" && gom + 2 < tokens.Count && MarkerLength(tokens, gom + 2) > 0 ? gom + 1 : -1;
            if (opening < 0 || headings.Any(h => h.Item2 > gom && h.Item2 <= opening + 3)) continue;
            var sentence = tokens[gom].Sentence;
            // "bốn Thứ trưởng bao gồm ông A, bà B": the heading ends before "bao gồm".
            var headingEnd = isGom && tokens[gom - 1].IsLower && tokens[gom - 1].Folded == "bao" ? gom - 1 : gom;
            // "Các Phó Chủ tịch UBND tỉnh trong nhiệm kỳ này, gồm ông A, B và C": a plural heading's term between it and "gồm".
            var postEnd = QualifiedHeadingEnd(tokens, headingEnd);
            if (isGom && titles.Values.FirstOrDefault(t => t.End == postEnd && tokens[t.Start].Sentence == sentence) is { } title &&
                NameReader.TailName(tokens, title) is null && (postEnd == headingEnd || Plural(tokens, title.Start)))
                headings.Add((title, opening));
            else if (PluralTitleEndingAt(tokens, titles, postEnd) is { } plural && (isLa || plural.Start == postEnd || tokens[plural.Start].IsLower))
                headings.Add((plural, opening));
            // "2 cựu Ủy viên T.Ư Đảng, cựu Bí thư Tỉnh ủy Bình Thuận là các ông A và B": a counted stack, each post the members'.
            else if (isLa && CountedStackEndingAt(tokens, titles, postEnd) is { } stack)
                foreach (var post in stack) headings.Add((post, opening));
            // "UBND thành phố sẽ có 5 Phó Chủ tịch, gồm các ông A, B": a comma may close the counted head.
            else if ((CountedHeadEndingAt(tokens, headingEnd) ?? (tokens[headingEnd - 1].Is(",") ? CountedHeadEndingAt(tokens, headingEnd - 1) : null) ??
                      // "3 phó chủ nhiệm đã được phê chuẩn là bà A, ông B": past the election's words.
                      (postEnd > 0 && postEnd < headingEnd ? CountedHeadEndingAt(tokens, postEnd) : null)) is { } counted)
                headings.Add((counted, opening));
            else if (LowerHeadAfterCacEndingAt(tokens, headingEnd) is { } lower)
                headings.Add((lower, opening));
        }
        // "... phê chuẩn kết quả bầu 4 Phó chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2016 - 2021. Đó là ông A, post; ông B, post": the
        // counted post closing a sentence, its members in the next one opened by "Đó là".
        for (var la = 2; la + 1 < tokens.Count; la++)
        {
            if (tokens[la].Folded != "la" || tokens[la - 1].Folded != "do" || !tokens[la - 1].IsCapitalized || !tokens[la - 2].Is(".") ||
                tokens[la - 2].Sentence == tokens[la - 1].Sentence) continue;
            if (MarkerLength(tokens, la + 1) == 0 && !(tokens[la + 1].Folded == "cac" && la + 2 < tokens.Count && MarkerLength(tokens, la + 2) > 0)) continue;
            if (PluralTitleEndingAt(tokens, titles, QualifiedHeadingEnd(tokens, la - 2)) is { } closing && TriggerBefore(tokens, closing.Start - 1) is not null)
                headings.Add((closing, tokens[la + 1].Folded == "cac" ? la + 1 : la));
        }
        // "Phó bí thư là ông A (48 tuổi), ...", "Phó bí thư còn lại là ông B, ...": a post opening the sentence, "là" and a marker.
        for (var la = 1; la + 2 < tokens.Count; la++)
        {
            if (!(tokens[la].IsLower && tokens[la].Folded == "la") || MarkerLength(tokens, la + 1) == 0 || tokens[la + 1].Sentence != tokens[la].Sentence ||
                headings.Any(h => h.Item2 == la)) continue;
            var end = la;
            if (end >= 3 && tokens[end - 2].Folded == "con" && tokens[end - 1].Folded == "lai") end -= 2;
            var start = end - 1;
            while (start > 0 && tokens[start - 1].Sentence == tokens[la].Sentence && tokens[start - 1].IsWord) start--;
            if (!OpensSentence(tokens, start)) continue;
            if (titles.TryGetValue(start, out var opening) && opening.End == end && NameReader.TailName(tokens, opening) is null)
                headings.Add((opening, la));
            else if (TitleParser.HeadAt(tokens, start) is { } bare && start + bare.Folded.Length == end)
                headings.Add((new Title(start, start, end, end, null), la));
        }
        // "có Thứ trưởng là Ủy viên Bộ Chính trị hoặc Ủy viên Trung ương, gồm: A, ...": a heading of alternatives gives no member either post.
        headings.RemoveAll(h => h.Item1.Start > 0 && tokens[h.Item1.Start - 1].IsLower && tokens[h.Item1.Start - 1].Folded == "hoac" ||
                                h.Item1.End < tokens.Count && tokens[h.Item1.End].IsLower && tokens[h.Item1.End].Folded == "hoac");
        return headings;
    }

    /// <summary>"các Phó Chủ tịch UBND tỉnh", "Hai Phó Chủ tịch UBND tỉnh": a post after "các" or a count, ending at <paramref name="end"/>.</summary>
    /// <summary>Posts chained by commas, ending at <paramref name="end"/>, the first counted ("2 [cựu] Ủy viên ..., Bí thư ..."); or null.</summary>
    private static List<Title>? CountedStackEndingAt(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int end)
    {
        var stack = new List<Title>();
        while (titles.Values.FirstOrDefault(t => t.End == end && tokens[t.Start].Sentence == tokens[end - 1].Sentence) is { } post)
        {
            stack.Insert(0, post);
            if (post.Start < 2 || !tokens[post.Start - 1].Is(",")) break;
            end = post.Start - 1;
        }
        return stack.Count > 1 && stack[0].Start > 0 && IsCount(tokens, stack[0].Start - 1) ? stack : null;
    }

    private static Title? PluralTitleEndingAt(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int end)
    {
        if (end <= 0) return null;
        if (titles.Values.FirstOrDefault(t => t.End == end && tokens[t.Start].Sentence == tokens[end - 1].Sentence &&
                                              (Plural(tokens, t.Start) || IsCount(tokens, t.Start - 1)) && NameReader.TailName(tokens, t) is null) is { } title)
            return title;
        // "Các phó chủ tịch UBND tỉnh gồm ông A, B": a plural post in lower case, its body naming something.
        for (var start = end - 2; start >= Math.Max(1, end - 10); start--)
            if (tokens[start].IsLower && Plural(tokens, start) && TitleParser.Parse(tokens, start, lowerHead: true) is { End: var parsedEnd } lower &&
                parsedEnd == end && NameReader.TailName(tokens, lower) is null)
                return lower;
        return null;
    }

    /// <summary>"các" (any case) or a count right before a post: a heading of several people.</summary>
    private static bool Plural(IReadOnlyList<Token> tokens, int at) =>
        at > 0 && tokens[at - 1].Sentence == tokens[at].Sentence && (tokens[at - 1].Folded == "cac" || tokens[at - 1].Text.All(char.IsDigit));

    private static readonly string[][] HeadingQualifiers =
        [["trong", "nhiem", "ky", "nay"], ["trong", "nhiem", "ky", "moi"], ["trong", "nhiem", "ky", "toi"], ["nhiem", "ky", "nay"],
         ["nhiem", "ky", "moi"], ["khoa", "moi"], ["hien", "nay"], ["hien", "tai"]];

    /// <summary>
    /// Where a heading's post ends before "gồm" at <paramref name="gom"/>: past a comma and a term ("trong nhiệm kỳ này",
    /// "nhiệm kỳ 2016-2021", "hiện nay") written between them; <paramref name="gom"/> when nothing is.
    /// </summary>
    /// <summary>Where a <see cref="HeadingQualifiers"/> phrase ending at <paramref name="end"/> starts, or null.</summary>
    private static int? QualifierEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        foreach (var qualifier in HeadingQualifiers)
        {
            var from = end - qualifier.Length;
            if (from >= 1 && Enumerable.Range(0, qualifier.Length).All(k => tokens[from + k].IsLower && tokens[from + k].Folded == qualifier[k]))
                return from;
        }
        return null;
    }

    private static int QualifiedHeadingEnd(IReadOnlyList<Token> tokens, int gom)
    {
        var at = gom;
        // "Hai Phó chủ tịch HĐND TP khóa mới là ...": a qualifier right before "là" or "gồm", "mới" no election's word there.
        if (QualifierEndingAt(tokens, gom) is { } qualified) return qualified;
        // "... nhiệm kỳ 2011-2016 được bầu gồm", "... được bầu bổ sung là": the election's words between the heading and its list.
        // "nhiệm" only of "bổ nhiệm": the last syllable of "Phó Chủ nhiệm" ends the heading.
        while (at > 1 && tokens[at - 1].IsLower && ElectedWords.Contains(tokens[at - 1].Folded) &&
               !(tokens[at - 1].Folded == "nhiem" && tokens[at - 2].Folded != "bo")) at--;
        var elected = at;
        if (at > 0 && tokens[at - 1].Is(",")) at--;
        if (QualifierEndingAt(tokens, at) is { } from) return from;
        if (at >= 4 && tokens[at - 3].Folded == "nhiem" && tokens[at - 2].Folded == "ky" && TermAfter(tokens, at - 3, out var termEnd) is not null && termEnd == at)
            return at - 3;
        if (at >= 6 && TermAfter(tokens, at - 5, out var spacedEnd) is not null && spacedEnd == at) return at - 5;
        // "Các Phó Chủ tịch UBND tỉnh, gồm ông A, B": a comma alone between a plural heading and "gồm".
        return at == gom ? gom : elected < gom && at == elected ? elected : elected == gom && at == gom - 1 ? at : -1;
    }

    private static readonly HashSet<string> ElectedWords = ["duoc", "bau", "bo", "sung", "lai", "tai", "cu", "trung", "dac", "phe", "chuan", "nhiem", "moi", "chi", "dinh", "da", "vua"];

    /// <summary>"các phó bí thư gồm", "Các thứ trưởng gồm": a head alone after "các", in either case, ending at <paramref name="end"/>.</summary>
    /// <summary>The post (capitalised, or in lower case after "các": "các phó chủ tịch Nhóm X") that ends at <paramref name="end"/>.</summary>
    private static Title? PostEndingAt(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int end)
    {
        if (titles.Values.FirstOrDefault(t => t.End == end && tokens[t.Start].Sentence == tokens[end].Sentence) is { } parsed) return parsed;
        for (var start = end - 1; start >= Math.Max(1, end - 12) && tokens[start].Sentence == tokens[end].Sentence; start--)
            if (tokens[start - 1].Lowered == "các" && TitleParser.Parse(tokens, start, lowerHead: true) is { } lower && lower.End == end) return lower;
        return null;
    }

    private static Title? LowerHeadAfterCacEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        foreach (var (start, _) in HeadsEndingAt(tokens, end))
            if (tokens[start - 1].Folded == "cac" && tokens[start - 1].Lowered == "các") return new Title(start, start, end, end, null);
        return null;
    }

    /// <summary>The heads (either case) of up to four words that end at <paramref name="end"/>, longest first, each with a token before it.</summary>
    private static IEnumerable<(int Start, Lexicon.TitleHead Head)> HeadsEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        for (var start = end - 1; start >= Math.Max(1, end - 4); start--)
            if (TitleParser.HeadAt(tokens, start, allowLower: true) is { } head && start + head.Folded.Length == end)
                yield return (start, head);
    }

    /// <summary>
    /// A head without a body right after a count and ending at <paramref name="end"/>: "5 Thứ trưởng", "3 Phó Chủ tịch", in either
    /// case ("còn có 3 thứ trưởng gồm:"). The body the clause is about, when it opens the clause right before the count ("Bộ Tài
    /// chính còn có 3 thứ trưởng"), is the post's (<see cref="Title.InferredBody"/>).
    /// </summary>
    /// <summary>Counts written in words before a post: "Ba phó bí thư Tỉnh Đoàn gồm: ...", "bầu bổ sung hai Phó Chủ tịch".</summary>
    private static readonly HashSet<string> CountWords = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    private static bool IsCount(IReadOnlyList<Token> tokens, int at) =>
        at >= 0 && tokens[at].IsWord && (tokens[at].Text.All(char.IsDigit) || CountWords.Contains(tokens[at].Lowered)) &&
        at + 1 < tokens.Count && tokens[at].Sentence == tokens[at + 1].Sentence;

    private static Title? CountedHeadEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        // "8 phó chủ tịch chuyên trách gồm:", "6 phó chủ tịch không chuyên trách": a qualifier after the counted head.
        var headsEnd = end;
        if (end >= 3 && tokens[end - 2].IsLower && tokens[end - 2].Folded == "chuyen" && tokens[end - 1].Folded == "trach")
            headsEnd = tokens[end - 3].IsLower && tokens[end - 3].Folded == "khong" ? end - 3 : end - 2;
        // "Ngoài ra còn có 3 Phó Bí thư khác là A, B, C": "khác" (other) after the counted head.
        else if (end >= 2 && tokens[end - 1].IsLower && tokens[end - 1].Lowered == "khác") end = headsEnd = end - 1;
        foreach (var (start, head) in HeadsEndingAt(tokens, headsEnd))
        {
            // "bầu 15 ủy viên gồm:": a member, a head of some unit, in lower case and counted, names no post of its own.
            if (tokens[start].IsLower && head.Folded is ["uy", "vien"] or ["thanh", "vien"] or ["thuong", "truc"] or ["truong"] or ["pho", "truong"] or ["pho", "ban"])
                continue;
            if (IsCount(tokens, start - 1))
                return new Title(start, start, end, end, null) { InferredBody = ClauseBodyBefore(tokens, start - 1) };
            // "3 tân Phó Chủ tịch": "tân" (newly elected) between the count and the head.
            if (start > 1 && tokens[start - 1].IsLower && tokens[start - 1].Lowered == "tân" && IsCount(tokens, start - 2))
                return new Title(start, start, end, end, null);
        }
        // "Ba phó bí thư Tỉnh Đoàn gồm: ...": a counted head with its body.
        for (var start = end - 2; start >= Math.Max(1, end - 10); start--)
        {
            if (tokens[start].Sentence != tokens[end - 1].Sentence) break;
            if (TitleParser.HeadAt(tokens, start, allowLower: true) is not { } head ||
                !(IsCount(tokens, start - 1) || tokens[start - 1].Lowered == "tân" && IsCount(tokens, start - 2))) continue;
            var headEnd = start + head.Folded.Length;
            // "5 phó chủ tịch tỉnh: A, B": the unit's word in lower case too.
            if (headEnd < end && (tokens[headEnd].IsCapitalized || Places.IsUnitWord(tokens[headEnd])) && TitleParser.BodyEnd(tokens, headEnd, headEnd) == end)
                return new Title(start, start, headEnd, end, null);
        }
        return null;
    }

    /// <summary>
    /// "Bộ Tài chính còn có | 3": the body opening the clause (after the sentence's start or a comma), of two words or more, right
    /// before "có", "còn", "còn có", "hiện có" and the count at <paramref name="count"/>; null otherwise ("Bộ có 4 Thứ trưởng": a
    /// body's noun alone names none).
    /// </summary>
    private static string? ClauseBodyBefore(IReadOnlyList<Token> tokens, int count)
    {
        var verb = count;
        // "UBND TP.Phú Quốc đang có 2 phó chủ tịch": "đang" (now) before "có" too.
        while (verb > 0 && count - verb < 2 && tokens[verb - 1].IsLower && tokens[verb - 1].Folded is "co" or "con" or "hien" or "dang") verb--;
        if (verb == count) return LeadershipListBodyBefore(tokens, count);
        var start = verb - 1;
        while (start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Sentence == tokens[verb].Sentence) start--;
        if (verb - start < 2 || !(Lexicon.BodyWords.Contains(tokens[start].Lowered) || tokens[start].IsAbbreviation) ||
            TitleParser.BodyEnd(tokens, start, start) != verb)
            return null;
        return string.Join(' ', Enumerable.Range(start, verb - start).Select(i => tokens[i].Text));
    }

    /// <summary>
    /// "lãnh đạo Cục Bảo vệ thực vật gồm: Cục trưởng A và 3 Phó cục trưởng là ...": the body whose leaders the list before the count
    /// at <paramref name="count"/> names, "lãnh đạo" (leaders) and the body opening the list with "gồm" and a colon, in the same
    /// sentence; null otherwise.
    /// </summary>
    private static string? LeadershipListBodyBefore(IReadOnlyList<Token> tokens, int count)
    {
        var colon = count - 1;
        while (colon > 0 && tokens[colon].Sentence == tokens[count].Sentence && !tokens[colon].Is(":")) colon--;
        if (colon < 4 || !tokens[colon].Is(":") || tokens[colon].Sentence != tokens[count].Sentence || tokens[colon - 1].Folded != "gom" || !tokens[colon - 1].IsLower) return null;
        var bodyEnd = colon - 1;
        var start = bodyEnd - 1;
        while (start > 1 && tokens[start - 1].Sentence == tokens[count].Sentence && !(tokens[start - 2].Folded == "lanh" && tokens[start - 1].Folded == "dao")) start--;
        if (start <= 1 || tokens[start - 2].Folded != "lanh" || tokens[start - 1].Folded != "dao" || !Lexicon.BodyWords.Contains(tokens[start].Lowered) ||
            TitleParser.BodyEnd(tokens, start, start) != bodyEnd)
            return null;
        return string.Join(' ', Enumerable.Range(start, bodyEnd - start).Select(i => tokens[i].Text));
    }

    /// <summary>
    /// Where each member's name starts in the list after <paramref name="colon"/> (a marker and a rank skipped): at the
    /// list's opening and after ";", "," or "và" outside brackets, to the sentence's end; "và" marks the last member.
    /// </summary>
    private static IEnumerable<(int NameStart, bool LastJoined)> HeadingMembers(IReadOnlyList<Token> tokens, int colon,
        SortedDictionary<int, Title>? titles = null)
    {
        var sentence = tokens[colon].Sentence;
        // "gồm các ông, bà:\nÔng A, post.\nÔng B, post.": a colon closing its sentence opens items written one a line, each a
        // sentence opened by the member's name (an honorific before it) and a comma or a dash after it.
        if (tokens[colon].Is(":") && colon + 1 < tokens.Count && tokens[colon + 1].Sentence != sentence)
        {
            for (var i = colon + 1; i < tokens.Count;)
            {
                var start = i + MarkerLength(tokens, i);
                while (start < tokens.Count && NameReader.IsOpeningHonorific(tokens, start)) start++;
                var line = tokens[i].Sentence;
                var next = start;
                if (NameReader.LongestNameFrom(tokens, start) is { } end && end < tokens.Count && tokens[end].Sentence == line &&
                    (tokens[end].Is(",") || tokens[end].Is("-") || tokens[end].Is("–")))
                {
                    yield return (start, false);
                    next = end;
                }
                // "chỉ định Ủy viên UBND TP.HCM gồm:\nChánh Thanh tra TP.HCM A\nChánh Văn phòng UBND TP.HCM B ...": items that
                // write each member's own post before the name, a line each or run together on one line; the item is the post.
                else if (PostClosedByName(tokens, titles, start) is { } item)
                {
                    for (; item is not null && tokens[item.Start].Sentence == line; item = PostClosedByName(tokens, titles, item.End))
                    {
                        yield return (item.Start, false);
                        next = item.End;
                    }
                }
                else yield break;
                while (next < tokens.Count && tokens[next].Sentence == line) next++;
                i = next;
            }
            yield break;
        }
        var depth = 0;
        for (var i = colon; i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence; i++)
        {
            if (tokens[i].Is("(")) depth++;
            else if (tokens[i].Is(")")) depth = Math.Max(0, depth - 1);
            // "...; các đồng chí Bí thư Trung ương Đảng: C, post": a colon further on opens the next heading's list.
            if (depth == 0 && i > colon + 4 && tokens[i].Is(":")) yield break;
            // "gồm các ông, bà: A, B": the list opened without a colon ("gồm các") may still put one after its markers.
            if (depth > 0 || !(i == colon || tokens[i].Is(":") || tokens[i].Is(";") || tokens[i].Is(",") || tokens[i].IsLower && tokens[i].Folded == "va")) continue;
            var start = i + 1;
            start += MarkerLength(tokens, start);
            start += RankLength(tokens, start);
            if (start < tokens.Count && tokens[start].IsNameLike) yield return (start, tokens[i].Folded == "va");
        }
    }

    /// <summary>The post starting at <paramref name="at"/> and closed by its holder's name ("Chánh Thanh tra TP.HCM Trần Văn Bảy"), or null.</summary>
    private static Title? PostClosedByName(IReadOnlyList<Token> tokens, SortedDictionary<int, Title>? titles, int at) =>
        titles is not null && at < tokens.Count && titles.TryGetValue(at, out var title) && NameReader.TailName(tokens, title) is not null ? title : null;

    /// <summary>An item's opening: right after the colon, ";" or "và" (a marker or a rank between), not after a comma.</summary>
    private static bool OpensItem(IReadOnlyList<Token> tokens, int start)
    {
        var i = start - 1;
        while (i > 0 && tokens[i].IsWord && !(tokens[i].IsLower && tokens[i].Folded == "va")) i--;
        return i >= 0 && start - i <= 4 && (tokens[i].Is(":") || tokens[i].Is(";") || tokens[i].Folded == "va");
    }

    /// <summary>What may follow a member's name: a separator, a bracket, a dash, the sentence's end.</summary>
    private static bool ClosesItem(IReadOnlyList<Token> tokens, int end) =>
        end >= tokens.Count || tokens[end].Sentence != tokens[end - 1].Sentence || tokens[end].Is(";") || tokens[end].Is(",") ||
        tokens[end].Is("(") || tokens[end].Is("-") || tokens[end].Is("–") || tokens[end].Is(".") || tokens[end].IsLower && tokens[end].Folded == "va";

    /// <summary>A military, police or academic rank before a name: "Thượng tướng", "Đại tá", "Tiến sĩ". Its length, or 0.</summary>
    internal static int RankLength(IReadOnlyList<Token> tokens, int at)
    {
        // "PGS.TS Vũ Bá A", "GS.TS ...", "ThS ...": an academic title abbreviated introduces a name as a rank does.
        // "NSND Quang Vinh", "NGƯT Trần Văn A": a state honour's title abbreviated likewise.
        if (at + 1 < tokens.Count && (Tokenizer.AcademicAbbreviations.Contains(tokens[at].Text) || tokens[at].IsWord && Lexicon.HonoraryTitles.Contains(tokens[at].Lowered)) &&
            tokens[at + 1].IsNameLike && tokens[at + 1].Sentence == tokens[at].Sentence)
            return 1 + (tokens[at + 1].IsWord && Lexicon.HonoraryTitles.Contains(tokens[at + 1].Lowered) ? RankLength(tokens, at + 1) : 0); // "Samdech Techo"
        // "TS. Trần Văn A": the abbreviation's dot with it.
        if (at + 2 < tokens.Count && Tokenizer.AcademicAbbreviations.Contains(tokens[at].Text) && tokens[at + 1].Is(".") &&
            tokens[at + 2].IsNameLike && tokens[at + 2].Sentence == tokens[at].Sentence)
            return 2;
        // "đại tá Phan Văn A": a rank in lower case introduces a name too, when a capital follows it.
        if (at + 1 >= tokens.Count || !tokens[at + 1].IsLower) return 0;
        if (!tokens[at].IsCapitalized && !(at + 2 < tokens.Count && tokens[at + 2].IsNameLike && tokens[at].IsLower)) return 0;
        var words = RankWords(tokens, at);
        // "Giáo sư, Tiến sỹ Trần Văn A", "Phó Giáo sư, Tiến sĩ B": academic titles joined by a comma introduce the name together.
        if (words > 0 && at + words + 2 < tokens.Count && tokens[at + words].Is(",") && tokens[at + words + 1].Sentence == tokens[at].Sentence &&
            AcademicWords(tokens, at) && AcademicWords(tokens, at + words + 1) && RankLength(tokens, at + words + 1) is > 0 and var next)
            return words + 1 + next;
        return words;
    }

    /// <summary>An academic degree or title spelled out at <paramref name="at"/> ("Giáo sư", "Phó Giáo sư", "Tiến sỹ", "Thạc sĩ").</summary>
    private static bool AcademicWords(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count && (tokens[at].Folded + " " + tokens[at + 1].Folded) is "tien si" or "tien sy" or "thac si" or "thac sy" or "giao su" or "pho giao";

    /// <summary>The words of a rank right before the name at <paramref name="nameStart"/> ("Đại tướng Phan Văn A"), or 0.</summary>
    private static int RankBefore(IReadOnlyList<Token> tokens, int nameStart)
    {
        for (var words = 2; words <= 4 && nameStart - words >= 0; words++)
            if (RankLength(tokens, nameStart - words) == words && tokens[nameStart - words].Sentence == tokens[nameStart].Sentence) return words;
        return 0;
    }

    /// <summary>The words of a rank at <paramref name="at"/>, whatever follows them ("các thiếu tướng:"): their number, or 0.</summary>
    private static int RankWords(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || !tokens[at + 1].IsLower) return 0;
        var rank = tokens[at].Folded + " " + tokens[at + 1].Folded;
        if (rank != "pho giao" && AcademicWords(tokens, at)) return 2;
        if (rank == "pho giao" && at + 2 < tokens.Count && tokens[at + 2].Folded == "su") return 3;
        // "bác sĩ Hồng Công Danh", "bác sĩ chuyên khoa 2 Trần Ngọc Hải", "Bác sĩ CKII Lê Văn A": a physician's title, with its
        // specialist grade, introduces a name as a degree does.
        if (rank is "bac si" or "bac sy")
        {
            var grade = at + 4 < tokens.Count && tokens[at + 2].Folded == "chuyen" && tokens[at + 3].Folded == "khoa" &&
                        tokens[at + 4].Text is "1" or "2" or "I" or "II" ? 3
                : at + 2 < tokens.Count && tokens[at + 2].Text is "CKI" or "CKII" or "CK1" or "CK2" ? 1 : 0;
            return 2 + grade;
        }
        // The navy's admirals: "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc", often followed by "hải quân".
        var admiral = rank == "do doc" ? 2 : rank is "pho do" or "chuan do" && at + 2 < tokens.Count && tokens[at + 2].Folded == "doc" ? 3 : 0;
        if (admiral > 0)
            return at + admiral + 1 < tokens.Count && tokens[at + admiral].IsLower && tokens[at + admiral].Folded == "hai" &&
                   tokens[at + admiral + 1].Folded == "quan" ? admiral + 2 : admiral;
        return tokens[at].Folded is "dai" or "thuong" or "trung" or "thieu" && tokens[at + 1].Folded is "tuong" or "ta" or "uy" ? 2 : 0;
    }

    /// <summary>
    /// A post that refines another: the same words and more ("Phó Bí thư Thường trực Tỉnh ủy" refines "Phó Bí thư Tỉnh ủy").
    /// </summary>
    private static bool Refines(IReadOnlyList<Token> tokens, Title post, Title general)
    {
        var words = Enumerable.Range(post.HeadStart, post.End - post.HeadStart).Where(i => tokens[i].IsWord).Select(i => tokens[i].Folded).ToList();
        var wanted = Enumerable.Range(general.HeadStart, general.End - general.HeadStart).Where(i => tokens[i].IsWord).Select(i => tokens[i].Folded).ToList();
        if (words.Count <= wanted.Count) return false;
        var k = 0;
        foreach (var word in words) if (k < wanted.Count && word == wanted[k]) k++;
        return k == wanted.Count;
    }

    /// <summary>
    /// The names that follow a first one in "các ông A, B, C và D": each a whole run of capitalised syllables
    /// after ", " or "và", up to the first item that is not a name.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ListedAfter(IReadOnlyList<Token> tokens, int at)
    {
        while (at + 1 < tokens.Count && (tokens[at].Is(",") || tokens[at].Folded == "va") && tokens[at + 1].Sentence == tokens[at].Sentence)
        {
            var start = at + 1;
            var end = start;
            while (end < tokens.Count && tokens[end].IsNameLike && tokens[end].Sentence == tokens[start].Sentence) end++;
            if (!NameReader.IsName(tokens, start, end)) yield break;
            yield return (start, end);
            at = end;
        }
    }

    /// <summary>
    /// A head that needs a body standing alone before a comma and another post ("Phó Bí thư, Chủ tịch UBND tỉnh"): the
    /// comma after it, or null. It gives no post itself (the stack after a name records it bare before a comma). The post
    /// may come after more bare heads, "Quyền" (acting) before one, and "rồi" (then) between them ("Phó Vụ trưởng, Quyền
    /// Vụ trưởng rồi Vụ trưởng Vụ Pháp chế").
    /// </summary>
    private static int? BareHeadBeforePost(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at, int depth = 0)
    {
        var headAt = at + 1 < tokens.Count && tokens[at].Folded == "quyen" ? at + 1 : at;
        if (headAt >= tokens.Count || TitleParser.HeadAt(tokens, headAt) is not { Bare: false } head) return null;
        var comma = headAt + head.Folded.Length;
        if (comma + 1 >= tokens.Count || tokens[comma + 1].Sentence != tokens[at].Sentence) return null;
        // "Phó Chủ tịch kiêm Chủ tịch Hội Nông dân tỉnh": "kiêm" likewise; "Phó Tư lệnh - Tham mưu trưởng Quân khu 3": a dash.
        // "Phó Chủ tịch và Chủ tịch UBND huyện Ba Bể", "Chủ tịch và Bí thư Huyện ủy Yên Lập": "và" likewise.
        var joins = SeparatesPosts(tokens[comma]) || AlsoHolding(tokens[comma]) || tokens[comma].IsLower && tokens[comma].Folded == "va" || Then(tokens[comma]);
        return joins && (TitleAfter(tokens, titles, comma + 1) is not null || depth < 3 && BareHeadBeforePost(tokens, titles, comma + 1, depth + 1) is not null)
            ? comma : null;
    }

    /// <summary>"rồi" (then) between two posts held one after the other.</summary>
    private static bool Then(Token token) => token.IsLower && token.Lowered == "rồi";

    /// <summary>A comma or a dash between two posts of a stack.</summary>
    private static bool SeparatesPosts(Token token) => token.Is(",") || token.Is("-") || token.Is("–");

    /// <summary>
    /// A comma, a dash or an opening bracket after a name ("Lê Văn A - Phó Bí thư Tỉnh ủy", "ông Lê Văn A (Giám đốc
    /// Sở Nội vụ)"): what opens a stack of posts.
    /// </summary>
    /// <summary>
    /// "kiêm" (also holding) joining two posts of one person: in lower case, or capitalised mid-sentence as pages type it
    /// ("Phó Chủ tịch UB MTTQ phường Kiêm Chủ tịch Hội CCB phường"), with its diacritics ("Kiểm" opens a body's name).
    /// </summary>
    private static bool AlsoHolding(Token token) => token.IsLower ? token.Folded == "kiem" : token.Lowered == "kiêm";

    private static bool IsApposition(Token token) => token.Is(",") || token.Is("-") || token.Is("–") || token.Is("—") || token.Is("(");
}
