using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

// Names: every name the article gives a person, and the given names that stand for them.
public static partial class MentionReader
{
    /// <summary>Every name the article gives a person, as token spans start → end, whether or not a post goes with it.</summary>
    public static SortedDictionary<int, int> Names(IReadOnlyList<Token> tokens) => FindNames(tokens, ParseAllTitles(tokens), out _);

    /// <summary>
    /// "các ông, bà A", "các ông/bà A", "các ông A": the "các" opening the plural markers that end with the marker at
    /// <paramref name="markerAt"/> (markers joined by "," or "/"), or null.
    /// </summary>
    private static int? PluralMarkersOpening(IReadOnlyList<Token> tokens, int markerAt)
    {
        var i = markerAt - 1;
        while (i >= 0)
        {
            if (tokens[i].IsLower && tokens[i].Folded == "cac") return i;
            var marker = tokens[i].Is(",") || tokens[i].Is("/") ? MarkerBefore(tokens, i) : 0;
            if (marker == 0) return null;
            i -= marker + 1;
        }
        return null;
    }

    /// <summary>
    /// ", post" right after a name ending at <paramref name="nameEnd"/>, or after its year of birth or age in brackets ("ông Y
    /// Nam (54 tuổi), Cục trưởng ...", "A (sinh năm 1963 tại Thái Bình), Chủ tịch ...").
    /// </summary>
    private static bool PostFollowsName(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int nameEnd)
    {
        var at = BirthYearAt(tokens, nameEnd) ?? nameEnd;
        return at + 1 < tokens.Count && IsApposition(tokens[at]) && !(at > nameEnd && tokens[at].Is("(")) && TitleAfter(tokens, titles, at + 1) is not null;
    }

    /// <summary>The names, and each given name standing alone for a full one (<see cref="ShortReferences"/>) → that full name.</summary>
    private static SortedDictionary<int, int> FindNames(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles,
        out Dictionary<int, (int End, int Start, int FullEnd)> referents)
    {
        // Names closing a post's body, and names followed by ", post" or introduced by "đồng chí".
        var names = new SortedDictionary<int, int>(); // name start → end
        foreach (var title in titles.Values)
            if (NameReader.TailName(tokens, title) is { } start) names.TryAdd(start, title.End);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsApposition(tokens[i]) && !IntroducesPerson(tokens, i)) continue;
            // "B - Phó Bí thư, Chủ tịch UBND phường": a bare head sharing the post after it counts as one.
            if (IsApposition(tokens[i]) && i + 1 < tokens.Count && (TitleAfter(tokens, titles, i + 1) is not null || BareHeadBeforePost(tokens, titles, i + 1) is not null) &&
                NameReader.NameEndingAt(tokens, i) is { } start)
                names.TryAdd(start, i);
            // "tiến sỹ kinh tế Nguyễn Ngọc A (sinh năm 1963 tại Thái Bình), Chủ tịch ...": the year of birth in brackets between
            // the name and its post.
            else if (tokens[i].Is("(") && BirthYearAt(tokens, i) is not null && PostFollowsName(tokens, titles, i) &&
                     NameReader.NameEndingAt(tokens, i) is { } bornStart)
                names.TryAdd(bornStart, i);
            // "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Nguyễn Văn Út chủ trì": a name after a post and a dash.
            else if ((tokens[i].Is("-") || tokens[i].Is("–")) && titles.Values.Any(t => t.End == i))
                for (var end = i + 1 + NameReader.MaxSyllables; end >= i + 1 + NameReader.MinSyllables; end--)
                    if (NameReader.IsName(tokens, i + 1, end)) { names.TryAdd(i + 1, end); break; }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Đại tá Võ Văn A từng giữ chức vụ ...": a military rank introduces a name like a marker.
            if (!IntroducesPerson(tokens, i) && RankLength(tokens, i) == 0) continue;
            var start = i + (IntroducesPerson(tokens, i) ? MarkerLength(tokens, i) : RankLength(tokens, i));
            // "ông Ông Nguyễn Xuân A", "Ông Bà Nguyễn Thị B": an honorific typed twice, or two typed together, before the name.
            while (start < tokens.Count && NameReader.IsOpeningHonorific(tokens, start)) start++;
            // "Các đồng chí: A, B, C tái đắc cử ...", "gồm các ông, bà: A, B", "các anh chị: A, B": a colon after the plural
            // markers opens their list of names.
            // "ba đồng chí: A, B, C được bầu ...": a count before the markers likewise.
            if (i > 0 && (tokens[i - 1].Folded == "cac" || IsCount(tokens, i - 1)) && IntroducesPerson(tokens, i) && ColonAfterMarkers(tokens, i) is { } colon) start = colon + 1;
            // "gồm các ông, bà:\nÔng Lê Minh A, ...": the honorific again opening the list's first item.
            while (start < tokens.Count && NameReader.IsOpeningHonorific(tokens, start)) start++;
            if (NameReader.LongestNameFrom(tokens, start) is { } nameEnd) names.TryAdd(start, nameEnd);
            // "đồng chí Rah Lan Chung, Phó Bí thư Tỉnh ủy": a name whose family name the lexicon lacks (many ethnic
            // minorities' names) is still a name when a marker introduces it and a post follows it.
            // "ông Y Nam (54 tuổi), Cục trưởng ...": past an age or a year of birth in brackets.
            if (!names.ContainsKey(start) && NameReader.UnlistedNameEndingAt(tokens, start) is { } unlisted && PostFollowsName(tokens, titles, unlisted))
                names.TryAdd(start, unlisted);
            // "đồng chí Phương Thị Thanh được tín nhiệm bầu ...", "ông Chamaléa Bốc tái đắc cử ...": likewise before an election's verb.
            if (!names.ContainsKey(start) && IntroducesPerson(tokens, i) && NameReader.UnlistedNameEndingAt(tokens, start) is { } elected &&
                elected < tokens.Count && tokens[elected].IsLower && tokens[elected].Sentence == tokens[start].Sentence &&
                tokens[elected].Folded is "duoc" or "tai" or "trung" or "dac" or "giu" or "thoi" or "nghi")
                names.TryAdd(start, elected);
            // "ông Lò Văn Hội, Phó Bí thư Tỉnh ủy": a given name that is a body word, likewise between a marker and a post.
            if (!names.ContainsKey(start) && NameReader.NameEndingInBodyWord(tokens, start) is { } bodyWordEnd && PostFollowsName(tokens, titles, bodyWordEnd))
                names.TryAdd(start, bodyWordEnd);
            // "các đồng chí A Pớt, Nguyễn Văn Hòa, Lê Ngọc Tuấn được bầu ...": likewise opening a list of names the lexicon reads.
            if (!names.ContainsKey(start) && i > 0 && tokens[i - 1].IsLower && tokens[i - 1].Folded == "cac" && IntroducesPerson(tokens, i) &&
                NameReader.UnlistedNameEndingAt(tokens, start) is { } opening && ListedAfter(tokens, opening).Any())
                names.TryAdd(start, opening);
            // "Hai ông A và B được bầu": a count before the marker announces a list as "các" does; so does "các ông, bà A, B".
            if (names.TryGetValue(start, out var last) && i > 0 && (tokens[i - 1].Folded == "cac" || IsCount(tokens, i - 1) || PluralMarkersOpening(tokens, i) is not null))
                foreach (var (listed, listedEnd) in ListedAfter(tokens, last)) names.TryAdd(listed, listedEnd);
            // "cho đồng chí Lê Tiến và Nguyễn Biên Thùy": one more name joined by "và" to a name a marker introduced.
            else if (names.TryGetValue(start, out last) && last < tokens.Count && tokens[last].IsLower && tokens[last].Folded == "va")
                foreach (var (listed, listedEnd) in ListedAfter(tokens, last).Take(1)) names.TryAdd(listed, listedEnd);
        }
        // "các Phó Chủ tịch HĐND tỉnh A, B đồng chủ trì": the names listed after a plural post's closing name.
        foreach (var plural in titles.Values)
            if (Plural(tokens, plural.Start) && NameReader.TailName(tokens, plural) is not null)
                foreach (var (listed, listedEnd) in ListedAfter(tokens, plural.End)) names.TryAdd(listed, listedEnd);
        // The same for a list item: "các đồng chí: Uông Chu Lưu, Phó Chủ tịch Quốc hội; ...".
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "...; A, post và Ksor B-post": "và" right after a post opens the last item too.
            var opensItem = tokens[i].Is(":") || tokens[i].Is(";") || tokens[i].IsLower && tokens[i].Folded == "va" && titles.Values.Any(t => t.End == i);
            if (!opensItem || names.ContainsKey(i + 1)) continue;
            if (NameReader.UnlistedNameEndingAt(tokens, i + 1) is { } unlisted && unlisted < tokens.Count &&
                (tokens[unlisted].Is(",") || tokens[unlisted].Is("-") || tokens[unlisted].Is("–")) && TitleAfter(tokens, titles, unlisted + 1) is not null &&
                !names.Any(n => n.Key < unlisted && n.Value > i + 1))
                names.TryAdd(i + 1, unlisted);
        }
        // The members of a list headed by a post, named bare ("; Thượng tướng Ngô Văn A;"): a listed family name at any
        // item's start, an unlisted one only opening the list, after ";" or "và".
        foreach (var (_, colon) in ListHeadings(tokens, titles))
        {
            foreach (var (start, _) in HeadingMembers(tokens, colon))
            {
                if (names.ContainsKey(start) || names.Any(n => n.Key < start && n.Value > start)) continue;
                var found = NameReader.LongestNameFrom(tokens, start) is { } memberEnd && names.TryAdd(start, memberEnd);
                if (!found && OpensItem(tokens, start) && NameReader.UnlistedNameEndingAt(tokens, start) is { } unlisted && ClosesItem(tokens, unlisted))
                    names.TryAdd(start, unlisted);
            }
        }
        foreach (var (start, end) in names.ToList()) if (NameReader.Glued(tokens, start, end)) names.Remove(start);
        // "Phó chủ tịch Dương Anh Đức nhận nhiệm vụ ...": a head that needs a body, closed by a full name the text gives elsewhere, is
        // that person named with a title the context completes; the name is read (no post from the bare head).
        var known = names.Where(n => n.Value - n.Key >= NameReader.MinSyllables)
            .Select(n => FoldedSpan(tokens, n.Key, n.Value)).ToHashSet();
        foreach (var title in titles.Values)
            for (var start = Math.Max(title.HeadEnd, title.End - NameReader.MaxPlainSyllables); start <= title.End - NameReader.MinSyllables; start++)
                if (!names.ContainsKey(start) && known.Contains(FoldedSpan(tokens, start, title.End)) &&
                    NameReader.IsName(tokens, start, title.End))
                {
                    names.TryAdd(start, title.End);
                    break;
                }
        // "Theo Thủ tướng, ông Nguyễn Quốc Đoàn là cán bộ ...": a full name the text gives elsewhere (there read by its post),
        // introduced by a marker, is that name here too, though its last syllable is a body's word ("Đoàn", "Viện").
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IntroducesPerson(tokens, i)) continue;
            var at = i + MarkerLength(tokens, i);
            if (at >= tokens.Count || names.ContainsKey(at)) continue;
            for (var end = Math.Min(tokens.Count, at + NameReader.MaxPlainSyllables); end >= at + NameReader.MinSyllables; end--)
                if (Enumerable.Range(at, end - at).All(k => tokens[k].IsNameLike && tokens[k].Sentence == tokens[at].Sentence) &&
                    known.Contains(FoldedSpan(tokens, at, end)) &&
                    (end >= tokens.Count || !tokens[end].IsNameLike))
                {
                    names.TryAdd(at, end);
                    break;
                }
        }
        referents = ShortReferences(tokens, names);
        foreach (var (start, reference) in referents) names.TryAdd(start, reference.End);
        return names;
    }

    /// <summary>
    /// "Ông Lữ Văn A sinh năm 1963. Trước khi ..., ông A giữ chức ...", "Ông Nguyễn Hải Anh ... Ông Hải Anh nguyên là ...": a person
    /// named again by the given name alone (one syllable, or two of a name of three or more), after a marker, is the one whose full
    /// name ends with those syllables, named in the same sentence or the three before it. Only when exactly one full name there
    /// ends so, and the given name is no body's word, no place and no start of a longer name. Each reference's first token → the
    /// end of the reference and the start and end of the full name it stands for. A name of two syllables ending one longer name
    /// given before ("Bộ trưởng Kim Tiến" after "Nguyễn Thị Kim Tiến") is such a reference too.
    /// </summary>
    private static Dictionary<int, (int End, int Start, int FullEnd)> ShortReferences(IReadOnlyList<Token> tokens, SortedDictionary<int, int> names)
    {
        var references = new Dictionary<int, (int, int, int)>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IntroducesPerson(tokens, i)) continue;
            var at = i + MarkerLength(tokens, i);
            if (at >= tokens.Count || names.ContainsKey(at) || names.Any(n => n.Key <= at && n.Value > at)) continue;
            var end = at;
            while (end < tokens.Count && end - at < 3 && tokens[end].IsNameLike && !tokens[end].IsAbbreviation && tokens[end].Sentence == tokens[at].Sentence) end++;
            if (end == at || end - at > 2 || !tokens[at].IsCapitalized) continue;
            if (Enumerable.Range(at, end - at).Any(k => Lexicon.BodyWords.Contains(tokens[k].Lowered) || Places.LengthAt(tokens, k) > 0) ||
                TitleParser.HeadAt(tokens, at) is not null) continue;
            if (OnlyFullNameEndingWith(tokens, names, i, at, end, Math.Max(NameReader.MinSyllables, end - at + 1), sentences: 4) is { } full)
                references[at] = (end, full.Key, full.Value);
        }
        // "Bộ trưởng Y tế Nguyễn Thị Kim Tiến ... Bộ trưởng Kim Tiến cho biết": a name of two syllables that ends exactly one longer
        // name the text gave before, in the same sentence or the nine before it, is that person named short.
        foreach (var (start, end) in names.Where(n => n.Value - n.Key == 2 && !references.ContainsKey(n.Key)).ToList())
            if (OnlyFullNameEndingWith(tokens, names, start, start, end, 3, sentences: 10) is { } full)
                references[start] = (end, full.Key, full.Value);
        return references;
    }

    /// <summary>
    /// The one person whose full name (<paramref name="minSyllables"/> or more, starting before <paramref name="before"/>) ends with
    /// the syllables [<paramref name="at"/>, <paramref name="end"/>), given within <paramref name="sentences"/> sentences up to them
    /// (sentence numbers also count line breaks, so the window counts the sentences that hold words): its last mention, or null
    /// when none or several people end so.
    /// </summary>
    private static KeyValuePair<int, int>? OnlyFullNameEndingWith(IReadOnlyList<Token> tokens, SortedDictionary<int, int> names, int before, int at, int end,
        int minSyllables, int sentences)
    {
        var given = Enumerable.Range(at, end - at).Select(k => tokens[k].Text).ToList();
        var candidates = names.Where(n => n.Key < before && n.Value - n.Key >= minSyllables &&
                                          Enumerable.Range(n.Value - given.Count, given.Count).Select(k => tokens[k].Text).SequenceEqual(given) &&
                                          Enumerable.Range(n.Key, at - n.Key + 1).Select(k => tokens[k].Sentence).Distinct().Count() <= sentences).ToList();
        return candidates.Count > 0 && candidates.Select(n => FoldedSpan(tokens, n.Key, n.Value)).Distinct().Count() == 1 ? candidates[^1] : null;
    }

    /// <summary>The folded words of tokens [<paramref name="start"/>, <paramref name="end"/>), one space between them.</summary>
    private static string FoldedSpan(IReadOnlyList<Token> tokens, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(k => tokens[k].Folded));
}
