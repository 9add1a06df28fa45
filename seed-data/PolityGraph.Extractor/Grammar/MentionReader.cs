using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// Finds who holds which post, in the shapes the press writes:
/// <list type="bullet">
/// <item>a stack of posts before a name: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng";</item>
/// <item>a name, then its posts: "đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương";</item>
/// <item>lists: "các đồng chí: A, post; B, post, post", where an item that is only posts continues the previous person;</item>
/// <item>appointments: "được bầu giữ chức", "bổ nhiệm ... làm", "chỉ định ... giới thiệu bầu giữ chức vụ" a post,
/// "nhiệm kỳ 2025-2030" after it; and leaving: "thôi giữ chức", "miễn nhiệm".</item>
/// </list>
/// </summary>
public static class MentionReader
{
    public static IReadOnlyList<PostMention> Read(IReadOnlyList<Token> tokens)
    {
        var titles = ParseAllTitles(tokens);
        var claimed = new HashSet<int>(); // title starts already given to a person
        var chained = new HashSet<int>(); // posts taken with the triggered post before them ("giữ chức A, B")
        var people = new List<Person>();
        var names = FindNames(tokens, titles, out var referents);

        // Posts after each name, left to right: a stack of ", post" and list continuations.
        foreach (var (start, end) in names)
        {
            var person = new Person(start, end);
            people.Add(person);
            // "đối với ông Long, Chủ tịch UBND tỉnh cũng ký ...": a person named again by the given name takes posts from a
            // decision or a career, not from what stands next to the name (often the next clause's subject).
            if (referents.ContainsKey(start)) continue;
            var at = end;
            var biographyFrom = end;
            while (at < tokens.Count)
            {
                // "ông Y (sinh năm 1959), Ủy viên Trung ương Đảng": the year of birth in brackets does not end the stack.
                if (at == end && BirthYearAt(tokens, at) is { } birthEnd) { at = birthEnd; continue; }
                // "Đồng chí A (thứ ba bên trái ảnh), Phó Bí thư Tỉnh ủy": a remark in brackets naming no post, before the stack.
                if (at == end && RemarkInBracketsAt(tokens, titles, at) is { } remarkEnd) { at = remarkEnd; continue; }
                if (at == end && tokens[at].IsLower && tokens[at].Folded == "nguyen" && at + 1 < tokens.Count && tokens[at + 1].IsLower &&
                    tokens[at + 1].Folded == "la" && TitleAfter(tokens, titles, at + 2) is not null) { at++; continue; }
                // "Đồng chí Y, sinh năm 1968, dân tộc Dao, Ủy viên ...": the year of birth and the ethnicity between commas do
                // not end the stack either.
                if (at == biographyFrom && BiographyAt(tokens, at) is { } biographyEnd) { at = biographyFrom = biographyEnd; continue; }
                // "ông Y là Bí thư Tỉnh ủy, ...": "là" right after the name opens the stack like a comma.
                // "ông Y nguyên là Bí thư Tỉnh ủy": "nguyên là", a post held before, opens it too.
                var opens = IsApposition(tokens[at]) || at == end && tokens[at].IsLower && tokens[at].Folded == "la" ||
                            at == end + 1 && tokens[end].IsLower && tokens[end].Folded == "nguyen" && tokens[at].IsLower && tokens[at].Folded == "la" ||
                            at > end && tokens[at].IsLower && tokens[at].Folded == "kiem" || // "Bí thư kiêm Chủ tịch UBND huyện X"
                            // "ông A - Chỉ huy trưởng Bộ CHQS tỉnh là ủy viên UBND tỉnh": "là" after the stack's post.
                            at > end && tokens[at].IsLower && tokens[at].Folded == "la" && person.Posts.Count > 0 && person.Posts[^1].Title.End == at;
                // "(Phó Bí thư, Chủ tịch UBND tỉnh)": a head standing for a post the context names does not end the stack.
                if (opens && TitleAfter(tokens, titles, at + 1) is null && BareHeadBeforePost(tokens, titles, at + 1) is { } comma)
                {
                    // "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh": before a comma (or a dash) the head is a post as the text writes it,
                    // bare (its body is not inferred). Not before "kiêm" ("Phó Chủ tịch kiêm Chủ tịch Hội X"), left out.
                    if (SeparatesPosts(tokens[comma]) && !claimed.Contains(at + 1))
                    {
                        person.Posts.Add((new Title(at + 1, at + 1, comma, comma, null), comma));
                        claimed.Add(at + 1);
                    }
                    at = comma;
                    continue;
                }
                // "Ủy viên Ban Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh": a rank between two posts of a stack.
                if (opens && at > end && tokens[at].Is(",") && RankWords(tokens, at + 1) is > 0 and var rankWords && at + 1 + rankWords < tokens.Count &&
                    tokens[at + 1 + rankWords].Is(",") && TitleAfter(tokens, titles, at + 2 + rankWords) is not null)
                {
                    at += 1 + rankWords;
                    continue;
                }
                if (opens && TitleAfter(tokens, titles, at + 1) is { } title && !claimed.Contains(title.Start))
                {
                    if (NameReader.TailName(tokens, title) is not null && !ListGoesOnAfter(tokens, title)) break; // the post belongs to the next name
                    if (StackBeforeDashedName(tokens, titles, names, title) is not null) break; // so does a stack closed by "– name"
                    if (ChainClosedByName(tokens, titles, title)) break; // or by a post whose body the next name closes
                    person.Posts.Add((title, Math.Min(title.End, end > title.End ? end : title.End)));
                    claimed.Add(title.Start);
                    at = title.End;
                    // "Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015 - 2020, Phó Chủ tịch ...": the term does not end the stack.
                    TermAfter(tokens, at, out var termEnd); if (termEnd > at) at = termEnd; // a term, or a committee's number in brackets
                    continue;
                }
                if (at == end && start > 0 && IntroducesPerson(tokens, start - MarkerBefore(tokens, start)) && MarkerBefore(tokens, start) > 0 &&
                    titles.TryGetValue(at, out var adjacent) && !claimed.Contains(adjacent.Start) && NameReader.TailName(tokens, adjacent) is null)
                {
                    // "ông Nguyễn Văn A Chủ tịch UBND tỉnh ...": a post written right after an introduced name.
                    person.Posts.Add((adjacent, adjacent.End));
                    claimed.Add(adjacent.Start);
                    at = adjacent.End;
                    continue;
                }
                if (tokens[at].Is(";") && ContinuationAfter(tokens, titles, at + 1) is { Count: > 0 } more)
                {
                    foreach (var t in more) { person.Posts.Add((t, t.End)); claimed.Add(t.Start); }
                    at = more[^1].End;
                    continue;
                }
                break;
            }
        }

        // Posts before each name: the post whose body the name closes, and the posts chained before it by commas.
        foreach (var person in people)
        {
            // "..., Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Nguyễn Văn Út chủ trì": a stack written before a dash and the name.
            if (person.NameStart > 1 && titles.Values.FirstOrDefault(t => t.End == person.NameStart - 1) is { } dashed &&
                StackBeforeDashedName(tokens, titles, names, dashed) == person.NameStart)
            {
                var stacked = dashed;
                while (stacked is not null && claimed.Add(stacked.Start))
                {
                    person.Posts.Insert(0, (stacked, person.NameEnd));
                    stacked = stacked.Start > 1 && tokens[stacked.Start - 1].Is(",") ? titles.Values.FirstOrDefault(t => t.End == stacked.Start - 1) : null;
                }
                continue;
            }
            var title = titles.Values.FirstOrDefault(t => t.End == person.NameEnd && NameReader.TailName(tokens, t) == person.NameStart);
            // "các Phó Chủ tịch HĐND tỉnh Nguyễn Đài Thy, Nguyễn Thanh Phong đồng chủ trì": a plural post before a list of names is
            // each name's.
            if (title is not null && !claimed.Contains(title.Start) && Plural(tokens, title.Start))
                foreach (var (listed, _) in ListedAfter(tokens, person.NameEnd))
                    if (people.FirstOrDefault(p => p.NameStart == listed) is { Posts.Count: 0 } mate)
                        mate.Posts.Add((title with { End = person.NameStart }, mate.NameEnd));
            var tail = true;
            while (title is not null && claimed.Add(title.Start))
            {
                person.Posts.Insert(0, (tail ? title with { End = person.NameStart } : title, person.NameStart));
                tail = false;
                // "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ": a dash joins the posts before a name like a comma.
                var comma = title.Start - 1;
                if (comma < 1 || !(SeparatesPosts(tokens[comma]) || tokens[comma].IsLower && tokens[comma].Folded == "kiem")) break;
                title = titles.Values.FirstOrDefault(t => t.End == comma);
                // "thay mặt Thủ tướng Chính phủ, Phó Thủ tướng Y": the first post is the one Y acts for, not Y's.
                if (title is not null && OnBehalfBefore(tokens, title.Start)) break;
            }
        }

        // "Bí thư Tỉnh ủy Hà Giang, ông Y; Bí thư T.Ư Đoàn, anh Z tới dự": posts opening their clause, then a comma and a name
        // its marker introduces. Not after "thay mặt" (the post is the one acted for).
        foreach (var person in people)
        {
            var marker = MarkerBefore(tokens, person.NameStart);
            var comma = person.NameStart - marker - 1;
            if (marker == 0 || comma < 1 || !tokens[comma].Is(",")) continue;
            var chain = new List<Title>();
            while (comma >= 1 && tokens[comma].Is(",") && titles.Values.FirstOrDefault(t => t.End == comma && tokens[t.Start].Sentence == tokens[comma].Sentence) is { } post &&
                   !claimed.Contains(post.Start) && NameReader.TailName(tokens, post) is null)
            {
                chain.Insert(0, post);
                comma = post.Start - 1;
            }
            if (chain.Count == 0 || !OpensClause(tokens, chain[0].Start) || OnBehalfBefore(tokens, chain[0].Start)) continue;
            foreach (var post in chain.AsEnumerable().Reverse())
            {
                person.Posts.Insert(0, (post, person.NameEnd));
                claimed.Add(post.Start);
            }
        }

        // A list item headed by its post: "- Phó Bí thư Thường trực Tỉnh ủy: Đồng chí Y, ...".
        foreach (var person in people)
        {
            var marker = MarkerBefore(tokens, person.NameStart);
            var colon = person.NameStart - marker - 1;
            if (marker == 0 || colon < 1 || !tokens[colon].Is(":")) continue;
            var header = titles.Values.FirstOrDefault(t => t.End == colon);
            if (header is null || claimed.Contains(header.Start) || NameReader.TailName(tokens, header) is not null) continue;
            if (header.Start > 0 && tokens[header.Start - 1].Sentence == tokens[header.Start].Sentence && !tokens[header.Start - 1].Is("-") &&
                !tokens[header.Start - 1].Is("+") && !tokens[header.Start - 1].Is("•")) continue;
            person.Posts.Insert(0, (header, person.NameEnd));
            claimed.Add(header.Start);
        }

        // A list headed by the post its members share: "các đồng chí Phó Tổng Tham mưu trưởng: A; B; C" and "3 Phó Bí thư
        // Tỉnh ủy gồm các đồng chí: A (post), B (post) và đồng chí C (post)". Not to a member whose own post refines the
        // heading's ("Phó Bí thư Thường trực Tỉnh ủy"), nor to one joined last by "và" who is given posts of their own.
        foreach (var (heading, colon) in ListHeadings(tokens, titles))
        {
            if (claimed.Contains(heading.Start)) continue;
            var itemsWithPosts = false; // whether the members before had posts of their own
            foreach (var (nameStart, lastJoined) in HeadingMembers(tokens, colon))
            {
                if (people.FirstOrDefault(p => p.NameStart == nameStart) is not { } member) continue;
                // "...: A, B và ông C, Giám đốc Sở X": a name joined by "và" with a post of its own is a member only when the
                // members before it had theirs too ("...: bà A, post và ông B, post").
                if (lastJoined && member.Posts.Count > 0 && !itemsWithPosts) continue;
                itemsWithPosts = member.Posts.Count > 0;
                if (member.Posts.Any(p => Refines(tokens, p.Title, heading))) continue;
                member.Posts.Add((heading, member.NameEnd));
                claimed.Add(heading.Start);
            }
        }

        // Appointments and departures that name the post apart from the person. The post is the decision's object's:
        // the person after it introduced by "đối với" ("miễn nhiệm chức vụ ... đối với ông Y") or "cho ông/bà Y";
        // failing that, the nearest name before it, unless that name is the subject who signs, hands over or announces
        // the decision ("X ký quyết định ...") or who holds an election still to come ("bầu bổ sung chức danh ...").
        var given = new Dictionary<int, List<Person>>(); // triggered post's start → who took it
        // "ông A từng giữ các chức vụ X, Y": a career's first post is the career's, not an appointment's ("chức vụ").
        var careerOpenings = CareerTriggers(tokens).Where(c => c.Status == PostStatus.Former).Select(c => c.After).ToHashSet();
        var respective = new Dictionary<int, PostStatus>(); // posts after the first that "lần lượt" distributed → the first's status
        foreach (var title in titles.Values)
        {
            if (claimed.Contains(title.Start) || careerOpenings.Contains(title.Start)) continue;
            // "giữ chức Phó Bí thư Thành ủy, Chủ tịch HĐND TP": a post chained by a comma to a post the trigger gave
            // goes to the same people, when it ends the clause (a full stop, ";" or the end) and closes no name.
            if (TriggerBefore(tokens, title.Start) is null && ChainedTo(tokens, titles, title) is { } first &&
                given.TryGetValue(first, out var takers) && NameReader.TailName(tokens, title) is null)
            {
                foreach (var taker in takers) taker.Posts.Add((title, title.End));
                given[title.Start] = takers;
                claimed.Add(title.Start);
                chained.Add(title.Start);
                continue;
            }
            if (TriggerBefore(tokens, title.Start) is null && !ActingGrant(tokens, title) && DesignatedAfter(tokens, people, title) is null) continue;
            if (NameReader.TailName(tokens, title) is not null) continue;
            // "ông A (54 tuổi, hiện giữ chức X) và bầu ... đối với ông B": a post held now is said of the person before it.
            var after = TriggerBefore(tokens, title.Start) == PostStatus.Current ? null : ObjectAfter(tokens, people, title) ?? DesignatedAfter(tokens, people, title);
            var person = after ?? SubjectBefore(tokens, people, title) ??
                         (TriggerBefore(tokens, title.Start) is not null ? PronounSubject(tokens, people, titles, title) : null);
            if (person is null) continue;
            // "Các ông A, B và C được bầu làm Phó Chủ tịch": every name of the list takes the post.
            var mates = ListMates(tokens, people, person, forward: after is not null);
            // "bà A và ông B lần lượt trúng cử chức danh Chủ tịch HĐND và Chủ tịch UBND tỉnh": each mate, in order, takes the post of
            // the same rank in the list of posts, when the counts agree.
            if (after is null && Respectively(tokens, titles, mates, title) is { } each)
            {
                var ordered = mates.OrderBy(p => p.NameStart).ToList();
                for (var k = 0; k < ordered.Count; k++)
                {
                    ordered[k].Posts.Add((each[k], each[k].End));
                    claimed.Add(each[k].Start);
                    if (k > 0) respective[each[k].Start] = TriggerBefore(tokens, title.Start) ?? PostStatus.Current;
                }
                continue;
            }
            foreach (var listed in mates)
                listed.Posts.Add((title, title.End)); // the quote runs from the first of name and post to the last
            if (TriggerBefore(tokens, title.Start) is not null) given[title.Start] = mates;
            claimed.Add(title.Start);
        }

        // A career history: "Ông đã từng kinh qua các chức vụ: A; B; C", "bà Y từng giữ các chức vụ a, b", "Từ tháng 3-2006 đến
        // tháng 5-2009 giữ chức A": each post of the chain a former one, of the person the sentence is about.
        // "Bà hiện là ủy viên ...": the same for a post held now, said of the person named before by a pronoun.
        var career = new Dictionary<int, PostStatus>();
        foreach (var (trigger, after, status) in CareerTriggers(tokens))
        {
            if (CareerSubject(tokens, people, titles, trigger, namedInSentence: status == PostStatus.Former) is not { } holder) continue;
            foreach (var title in CareerChain(tokens, titles, after))
            {
                if (!claimed.Add(title.Start)) continue;
                holder.Posts.Add((title, title.End));
                career[title.Start] = status;
            }
        }

        var mentions = new List<PostMention>();
        foreach (var person in people)
        {
            foreach (var (title, quoteEnd) in person.Posts)
            {
                var status = career.TryGetValue(title.Start, out var told) || respective.TryGetValue(title.Start, out told)
                    ? title.Marked ?? told : title.Marked ?? TriggerBefore(tokens, title.Start) ??
                             (chained.Contains(title.Start) ? ChainStatus(tokens, titles, title) : null) ?? PostStatus.Current;
                var term = TermAfter(tokens, title.End, out var termEnd);
                // A given name alone stands for the full name it refers to; the quote reaches back to that name.
                var (nameStart, nameEnd) = referents.TryGetValue(person.NameStart, out var full) ? full : (person.NameStart, person.NameEnd);
                var quoteStart = Math.Min(nameStart, title.Start);
                var end = Math.Max(Math.Max(person.NameEnd, title.End), Math.Max(quoteEnd, term is null ? 0 : termEnd));
                mentions.Add(new PostMention(nameStart, nameEnd, title.HeadStart, title.End, status, quoteStart, end, term)
                    { BodyStart = title.HeadEnd, InferredBody = title.InferredBody });
            }
        }
        return [.. mentions.OrderBy(m => m.QuoteStart).ThenBy(m => m.PostStart)];
    }

    private static readonly string[][] CareerPhrases =
        [["tung", "kinh", "qua"], ["tung", "giu"], ["tung", "dam", "nhiem"], ["tung", "dam", "nhan"], ["tung", "trai", "qua"], ["tung", "la"],
         ["tung", "lam"], ["da", "kinh", "qua"], ["da", "trai", "qua"], ["da", "dam", "nhan", "nhieu"], ["da", "dam", "nhiem", "nhieu"],
         ["da", "dam", "nhan", "cac"], ["da", "dam", "nhiem", "cac"], ["da", "dam", "nhiem", "qua"], ["tung", "dam", "nhiem", "qua"],
         ["trai", "qua", "cac"]];

    private static readonly string[][] DatedCareerPhrases = [["giu", "chuc"], ["la"], ["lam"]];

    private static readonly string[][] PresentPhrases = [["hien", "la"], ["hien", "dang", "la"], ["hien", "giu", "chuc"]];

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
            // "trước đó ông là ...", "Trước đó, bà giữ chức ...": a post held before, said of the person by a pronoun.
            if (EarlierPostAt(tokens, i) is { } earlier)
            {
                yield return (i, earlier, PostStatus.Former);
                continue;
            }
            var dated = SentenceOpensWithPeriod(tokens, i);
            foreach (var phrase in (dated ? CareerPhrases.Concat(DatedCareerPhrases) : CareerPhrases).Concat(PresentPhrases))
            {
                if (i + phrase.Length > tokens.Count || !Enumerable.Range(0, phrase.Length).All(k => tokens[i + k].IsLower && tokens[i + k].Folded == phrase[k]))
                    continue;
                var after = i + phrase.Length;
                while (after < tokens.Count && tokens[after].Sentence == tokens[i].Sentence &&
                       (tokens[after].IsLower && tokens[after].Folded is "cac" or "chuc" or "vu" or "danh" or "nhieu" or "vi" or "tri" or "cuong" or "nhu" ||
                        // "các vị trí lãnh đạo", "các cương vị lãnh đạo"
                        tokens[after].IsLower && tokens[after].Folded is "lanh" or "dao" && after > i + phrase.Length ||
                        tokens[after].IsLower && tokens[after].Folded == "cong" && after + 1 < tokens.Count && tokens[after + 1].Folded == "tac" ||
                        tokens[after].IsLower && tokens[after].Folded == "tac" && tokens[after - 1].Folded == "cong" || tokens[after].Is(":")))
                    after++;
                // "từng đảm nhiệm nhiều vị trí tại Bộ Tư pháp như chuyên viên, Phó chánh Văn phòng, ...": the posts after "như".
                if (after < tokens.Count && tokens[after].IsLower && tokens[after].Folded == "tai" && PostsAfterNhu(tokens, after) is { } listed)
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
                    tokens[i - k].Folded is "nay" && tokens[i - k - 1].Folded is "den" or "toi");
                yield return (i, after, PresentPhrases.Contains(phrase) || untilNow ? PostStatus.Current : PostStatus.Former);
                break;
            }
        }
    }

    /// <summary>"trước đó[,] ông|bà là|làm|giữ chức [vụ]" at <paramref name="at"/>: the first token after the verb, or null.</summary>
    private static int? EarlierPostAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 3 >= tokens.Count || tokens[at].Folded != "truoc") return null;
        int i;
        if (tokens[at + 1].Folded == "do") i = at + 2;
        // "Trước khi được bầu làm Bí thư Tỉnh ủy, ông là ...": the clause before the comma says what came after.
        else if (tokens[at + 1].Folded == "khi" && FirstCommaAfter(tokens, at) is { } comma && comma + 1 < tokens.Count &&
                 tokens[comma + 1].IsLower && tokens[comma + 1].Folded is "ong" or "ba")
            i = comma;
        else return null;
        if (tokens[i].Is(",")) i++;
        if (i + 1 >= tokens.Count || !tokens[i].IsLower || tokens[i].Folded is not ("ong" or "ba") || tokens[i + 1].Sentence != tokens[at].Sentence) return null;
        i++;
        // "Trước đó, ông Hùng giữ chức ...": the person named again by the given name alone.
        if (i + 1 < tokens.Count && tokens[i].IsCapitalized && !tokens[i + 1].IsNameLike) i++;
        if (tokens[i].IsLower && tokens[i].Folded is "la" or "lam") return i + 1;
        if (i + 1 < tokens.Count && tokens[i].Folded == "giu" && tokens[i + 1].Folded == "chuc")
            return i + 2 < tokens.Count && tokens[i + 2].Folded == "vu" ? i + 3 : i + 2;
        return null;
    }

    private static int? FirstCommaAfter(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at + 1; k < tokens.Count && tokens[k].Sentence == tokens[at].Sentence; k++)
            if (tokens[k].Is(",")) return k;
        return null;
    }

    /// <summary>"Từ tháng 3-2006 đến ...", "Từ năm 1993-1994, ...": the sentence of <paramref name="at"/> opens with a period of time.</summary>
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
            return namedInSentence || named.NameEnd - named.NameStart == 1 ? named : null;
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
            return null;
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

    private static string NameKey(IReadOnlyList<Token> tokens, Person person) =>
        string.Join(' ', Enumerable.Range(person.NameStart, person.NameEnd - person.NameStart).Select(i => tokens[i].Folded));

    /// <summary>
    /// "tại Bộ Tư pháp như chuyên viên, thư ký, Phó chánh Văn phòng, Thứ trưởng ...": after "tại" and a body, where the
    /// posts listed after "như" start, past the items that read as no post ("chuyên viên", a bare head); null when no
    /// "như" comes before a comma.
    /// </summary>
    private static int? PostsAfterNhu(IReadOnlyList<Token> tokens, int tai)
    {
        var sentence = tokens[tai].Sentence;
        for (var k = tai + 1; k < tokens.Count && k <= tai + 8 && tokens[k].Sentence == sentence && !tokens[k].Is(","); k++)
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
    private static List<Title> CareerChain(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at)
    {
        var chain = new List<Title>();
        // "các vị trí công tác: Phó Chủ tịch, Chủ tịch UBND huyện X; ...": a head standing bare for the post after it is passed.
        while (at < tokens.Count && (titles.TryGetValue(at, out var title) ? title : BareHeadBeforePost(tokens, titles, at) is { } bare
                   ? titles.GetValueOrDefault(bare + 1) : TitleParser.Parse(tokens, at, lowerHead: true)) is { } post &&
               tokens[post.Start].Sentence == tokens[at].Sentence && NameReader.TailName(tokens, post) is null)
        {
            // "... TP. Ông ...": the dot after "TP" ended the sentence there (Tokenizer.AbbreviationDot), and the post would lose its city.
            if (post.End < tokens.Count && tokens[post.End].Is(".") && tokens[post.End - 1].Text is "TP" or "Tp") break;
            chain.Add(post);
            at = post.End;
            TermAfter(tokens, at, out var termEnd); if (termEnd > at) at = termEnd; // a term, or a committee's number in brackets
            at = PastPeriodInBrackets(tokens, at);
            // "Bí thư Huyện ủy Yên Lập, tỉnh Phú Thọ; nguyên ...": the province the unit is in, written after a comma.
            if (at + 2 < tokens.Count && tokens[at].Is(",") && tokens[at + 1].IsLower && tokens[at + 1].Lowered is "tỉnh" or "huyện" &&
                Places.LengthAt(tokens, at + 2) is > 0 and var province && at + 2 + province < tokens.Count && tokens[at + 2 + province].Is(";"))
                at += 2 + province;
            // "từng là Chủ tịch UBND và Bí thư Thị ủy Từ Sơn, Giám đốc Sở Tài chính": "và" before a post goes on like a comma.
            if (at + 1 < tokens.Count && (tokens[at].Is(",") || tokens[at].Is(";") || tokens[at].IsLower && tokens[at].Folded == "kiem" ||
                                          tokens[at].IsLower && tokens[at].Folded == "va" && titles.ContainsKey(at + 1)) &&
                tokens[at + 1].Sentence == tokens[post.Start].Sentence) at++;
            else break;
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

    /// <summary>"(từ năm 2010 - 2012)", "(2016 - 2017)" at <paramref name="at"/>: a period in brackets, up to ten tokens; past it, or <paramref name="at"/>.</summary>
    private static int PastPeriodInBrackets(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].Is("(")) return at;
        for (var i = at + 1; i < tokens.Count && i <= at + 10 && tokens[i].Sentence == tokens[at].Sentence; i++)
        {
            if (tokens[i].Is(")"))
                return Enumerable.Range(at + 1, i - at - 1).Any(k => IsYear(tokens[k])) ? i + 1 : at;
            if (tokens[i].IsCapitalized) return at;
        }
        return at;
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
            return tokens[i + 2].Is(")") ? i + 3 : tokens[i + 2].Is(",") ? i + 2 : null;
        if (tokens[i].Folded == "sinh" && tokens[i + 1].Folded == "nam") i += 2;
        else if (tokens[i].Folded == "sn") i++;
        else if (!IsYear(tokens[i])) return null;
        if (i + 1 >= tokens.Count || !IsYear(tokens[i])) return null;
        if (tokens[i + 1].Is(")")) return i + 2;
        // "(SN 1974, trình độ: cử nhân Luật)": a year of birth and more of the biography, up to the bracket's close; no post inside.
        if (!tokens[i + 1].Is(",")) return null;
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
        if (at + 4 >= tokens.Count || !tokens[at].Is(",") || tokens[at + 1].Sentence != tokens[at].Sentence) return null;
        int end;
        if (tokens[at + 1].Folded == "sinh" && tokens[at + 2].Folded == "nam" && tokens[at + 3].Text.Length == 4 && tokens[at + 3].Text.All(char.IsDigit))
            end = at + 4;
        // "ông A, 60 tuổi, nguyên Phó Bí thư ...": an age between commas.
        else if (tokens[at + 1].Text.All(char.IsDigit) && tokens[at + 1].Text.Length <= 3 && tokens[at + 2].IsLower && tokens[at + 2].Folded == "tuoi")
            end = at + 3;
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

    private static readonly HashSet<string> DegreeWords = ["thac si", "thac sy", "tien si", "tien sy", "cu nhan", "ky su"];

    /// <summary>Every name the article gives a person, as token spans start → end, whether or not a post goes with it.</summary>
    public static SortedDictionary<int, int> Names(IReadOnlyList<Token> tokens) => FindNames(tokens, ParseAllTitles(tokens), out _);

    /// <summary>The names, and each given name standing alone for a full one (<see cref="ShortReferences"/>) → that full name.</summary>
    private static SortedDictionary<int, int> FindNames(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles,
        out Dictionary<int, (int Start, int End)> referents)
    {
        // Names closing a post's body, and names followed by ", post" or introduced by "đồng chí".
        var names = new SortedDictionary<int, int>(); // name start → end
        foreach (var title in titles.Values)
            if (NameReader.TailName(tokens, title) is { } start) names.TryAdd(start, title.End);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsApposition(tokens[i]) && !IntroducesPerson(tokens, i)) continue;
            if (IsApposition(tokens[i]) && i + 1 < tokens.Count && TitleAfter(tokens, titles, i + 1) is not null &&
                NameReader.NameEndingAt(tokens, i) is { } start)
                names.TryAdd(start, i);
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
            // "Các đồng chí: A, B, C tái đắc cử ...", "gồm các ông, bà: A, B", "các anh chị: A, B": a colon after the plural
            // markers opens their list of names.
            if (i > 0 && tokens[i - 1].Folded == "cac" && IntroducesPerson(tokens, i) && ColonAfterMarkers(tokens, i) is { } colon) start = colon + 1;
            for (var end = start + NameReader.MaxSyllables; end >= start + NameReader.MinSyllables; end--)
                if (NameReader.IsName(tokens, start, end)) { names.TryAdd(start, end); break; }
            // "đồng chí Rah Lan Chung, Phó Bí thư Tỉnh ủy": a name whose family name the lexicon lacks (many ethnic
            // minorities' names) is still a name when a marker introduces it and a post follows it.
            if (!names.ContainsKey(start) && NameReader.UnlistedNameEndingAt(tokens, start) is { } unlisted &&
                unlisted < tokens.Count && IsApposition(tokens[unlisted]) && TitleAfter(tokens, titles, unlisted + 1) is not null)
                names.TryAdd(start, unlisted);
            // "đồng chí Phương Thị Thanh được tín nhiệm bầu ...", "ông Chamaléa Bốc tái đắc cử ...": likewise before an election's verb.
            if (!names.ContainsKey(start) && IntroducesPerson(tokens, i) && NameReader.UnlistedNameEndingAt(tokens, start) is { } elected &&
                elected < tokens.Count && tokens[elected].IsLower && tokens[elected].Sentence == tokens[start].Sentence &&
                tokens[elected].Folded is "duoc" or "tai" or "trung" or "dac" or "giu" or "thoi" or "nghi")
                names.TryAdd(start, elected);
            // "ông Lò Văn Hội, Phó Bí thư Tỉnh ủy": a given name that is a body word, likewise between a marker and a post.
            if (!names.ContainsKey(start) && NameReader.NameEndingInBodyWord(tokens, start) is { } bodyWordEnd &&
                bodyWordEnd < tokens.Count && IsApposition(tokens[bodyWordEnd]) && TitleAfter(tokens, titles, bodyWordEnd + 1) is not null)
                names.TryAdd(start, bodyWordEnd);
            // "các đồng chí A Pớt, Nguyễn Văn Hòa, Lê Ngọc Tuấn được bầu ...": likewise opening a list of names the lexicon reads.
            if (!names.ContainsKey(start) && i > 0 && tokens[i - 1].IsLower && tokens[i - 1].Folded == "cac" && IntroducesPerson(tokens, i) &&
                NameReader.UnlistedNameEndingAt(tokens, start) is { } opening && ListedAfter(tokens, opening).Any())
                names.TryAdd(start, opening);
            // "Hai ông A và B được bầu": a count before the marker announces a list as "các" does.
            if (names.TryGetValue(start, out var last) && i > 0 && (tokens[i - 1].Folded == "cac" || IsCount(tokens, i - 1)))
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
                var found = false;
                for (var end = start + NameReader.MaxSyllables; end >= start + NameReader.MinSyllables && !found; end--)
                    if (NameReader.IsName(tokens, start, end)) { names.TryAdd(start, end); found = true; }
                if (!found && OpensItem(tokens, start) && NameReader.UnlistedNameEndingAt(tokens, start) is { } unlisted && ClosesItem(tokens, unlisted))
                    names.TryAdd(start, unlisted);
            }
        }
        foreach (var (start, end) in names.ToList()) if (NameReader.Glued(tokens, start, end)) names.Remove(start);
        // "Phó chủ tịch Dương Anh Đức nhận nhiệm vụ ...": a head that needs a body, closed by a full name the text gives elsewhere, is
        // that person named with a title the context completes; the name is read (no post from the bare head).
        var known = names.Where(n => n.Value - n.Key >= NameReader.MinSyllables)
            .Select(n => string.Join(' ', Enumerable.Range(n.Key, n.Value - n.Key).Select(k => tokens[k].Folded))).ToHashSet();
        foreach (var title in titles.Values)
            for (var start = Math.Max(title.HeadEnd, title.End - NameReader.MaxPlainSyllables); start <= title.End - NameReader.MinSyllables; start++)
                if (!names.ContainsKey(start) && known.Contains(string.Join(' ', Enumerable.Range(start, title.End - start).Select(k => tokens[k].Folded))) &&
                    NameReader.IsName(tokens, start, title.End))
                {
                    names.TryAdd(start, title.End);
                    break;
                }
        referents = ShortReferences(tokens, names);
        foreach (var (start, _) in referents) names.TryAdd(start, start + 1);
        return names;
    }

    /// <summary>
    /// "Ông Lữ Văn A sinh năm 1963. Trước khi ..., ông A giữ chức ...": a person named again by the given name alone, after a
    /// marker, is the one whose full name ends with that syllable, named in the same sentence or the three before it. Only when
    /// exactly one full name there ends so, and the syllable is no body's word, no place and no start of a longer name. Each
    /// reference's token → the start and end of the full name it stands for.
    /// </summary>
    private static Dictionary<int, (int Start, int End)> ShortReferences(IReadOnlyList<Token> tokens, SortedDictionary<int, int> names)
    {
        var references = new Dictionary<int, (int, int)>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IntroducesPerson(tokens, i)) continue;
            var at = i + MarkerLength(tokens, i);
            if (at >= tokens.Count || !tokens[at].IsCapitalized || tokens[at].IsAbbreviation || names.ContainsKey(at)) continue;
            if (at + 1 < tokens.Count && tokens[at + 1].IsNameLike && tokens[at + 1].Sentence == tokens[at].Sentence) continue;
            if (Lexicon.BodyWords.Contains(tokens[at].Lowered) || Places.LengthAt(tokens, at) > 0 || TitleParser.HeadAt(tokens, at) is not null) continue;
            if (names.Any(n => n.Key <= at && n.Value > at)) continue;
            // Sentence numbers also count line breaks, so the window counts the sentences that hold words.
            var candidates = names.Where(n => n.Key < i && n.Value - n.Key >= NameReader.MinSyllables && tokens[n.Value - 1].Text == tokens[at].Text &&
                                              Enumerable.Range(n.Key, at - n.Key + 1).Select(k => tokens[k].Sentence).Distinct().Count() <= 4).ToList();
            var distinct = candidates.Select(n => GraphModel.SearchFolding.Fold(string.Join(' ', Enumerable.Range(n.Key, n.Value - n.Key).Select(k => tokens[k].Text))))
                .Distinct().Count();
            if (distinct == 1) references[at] = (candidates[^1].Key, candidates[^1].Value);
        }
        return references;
    }

    /// <summary>
    /// Lists headed by the post their members share, with the colon before the first member: "các đồng chí Phó Tổng Tham
    /// mưu trưởng:" (the head may stand without a body there) and "3 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí:".
    /// </summary>
    private static List<(Title Heading, int Colon)> ListHeadings(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles)
    {
        var headings = new List<(Title, int)>();
        for (var colon = 2; colon < tokens.Count; colon++)
        {
            if (!tokens[colon].Is(":")) continue;
            var sentence = tokens[colon].Sentence;
            // "các đồng chí <post>:"
            for (var head = colon - 1; head >= Math.Max(1, colon - 10); head--)
            {
                if (tokens[head].Sentence != sentence || !tokens[head].IsWord) break;
                if (TitleParser.HeadAt(tokens, head) is not { } h || TitleParser.BodyEnd(tokens, head + h.Folded.Length, head + h.Folded.Length) != colon) continue;
                // "các Đại biểu Quốc hội:" names its members' post with no marker between.
                var marker = MarkerBefore(tokens, head);
                // "các" in lower case, or opening the sentence ("Các Ủy viên Bộ Chính trị: A - post; B - post").
                var cac = head - marker - 1;
                if (cac < 0 || tokens[cac].Folded != "cac" || !(tokens[cac].IsLower || cac == 0 || tokens[cac - 1].Sentence != tokens[cac].Sentence)) continue;
                headings.Add((titles.TryGetValue(head, out var parsed) && parsed.End == colon ? parsed : new Title(head, head, head + h.Folded.Length, colon, null), colon));
                break;
            }
            // "<post> [khóa mới] gồm [các đồng chí]:"
            var at = colon - 1;
            if (at >= 1 && MarkerBefore(tokens, at + 1) is > 0 and var m && at - m >= 0 && tokens[at - m].Folded == "cac") at -= m + 1;
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
            if (at < 1 || tokens[at].Folded != "gom" || tokens[at].Sentence != sentence) continue;
            // "3 Phó bí thư Tỉnh ủy Sơn La khóa 16, nhiệm kỳ 2025-2030, gồm các ông:": past the term to the post.
            if (QualifiedHeadingEnd(tokens, at) is var qualified && qualified > 0 && qualified < at)
                at = tokens[qualified - 1].Is(",") ? qualified - 1 : qualified;
            at--;
            if (at >= 1 && tokens[at].Folded == "moi") at -= tokens[at - 1].Folded == "khoa" ? 2 : 1;
            if (titles.Values.FirstOrDefault(t => t.End == at + 1 && tokens[t.Start].Sentence == sentence) is { } title &&
                NameReader.TailName(tokens, title) is null)
                headings.Add((title, colon));
            // "có 5 Thứ trưởng gồm các ông:": a head counted stands for the post of the body the sentence is about.
            else if (CountedHeadEndingAt(tokens, at + 1) is { } counted)
                headings.Add((counted, colon));
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
                       MarkerLength(tokens, gom + 1) > 0 && (CountedHeadEndingAt(tokens, gom) is not null || PluralTitleEndingAt(tokens, titles, QualifiedHeadingEnd(tokens, gom)) is not null));
            if (!(isGom || isLa) || tokens[gom + 1].Sentence != tokens[gom].Sentence) continue;
            var opening = (isGom || isLa) && MarkerLength(tokens, gom + 1) > 0 ? gom
                : tokens[gom + 1].Folded == "cac" && gom + 2 < tokens.Count && MarkerLength(tokens, gom + 2) > 0 ? gom + 1 : -1;
            if (opening < 0 || headings.Any(h => h.Item2 > gom && h.Item2 <= opening + 3)) continue;
            var sentence = tokens[gom].Sentence;
            // "Các Phó Chủ tịch UBND tỉnh trong nhiệm kỳ này, gồm ông A, B và C": a plural heading's term between it and "gồm".
            var postEnd = QualifiedHeadingEnd(tokens, gom);
            if (isGom && titles.Values.FirstOrDefault(t => t.End == postEnd && tokens[t.Start].Sentence == sentence) is { } title &&
                NameReader.TailName(tokens, title) is null && (postEnd == gom || Plural(tokens, title.Start)))
                headings.Add((title, opening));
            else if (isLa && PluralTitleEndingAt(tokens, titles, postEnd) is { } plural)
                headings.Add((plural, opening));
            else if (CountedHeadEndingAt(tokens, gom) is { } counted)
                headings.Add((counted, opening));
            else if (LowerHeadAfterCacEndingAt(tokens, gom) is { } lower)
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
        return headings;
    }

    /// <summary>"các Phó Chủ tịch UBND tỉnh", "Hai Phó Chủ tịch UBND tỉnh": a post after "các" or a count, ending at <paramref name="end"/>.</summary>
    private static Title? PluralTitleEndingAt(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int end) =>
        end <= 0 ? null : titles.Values.FirstOrDefault(t => t.End == end && tokens[t.Start].Sentence == tokens[end - 1].Sentence &&
                                                             (Plural(tokens, t.Start) || IsCount(tokens, t.Start - 1)) && NameReader.TailName(tokens, t) is null);

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
    private static int QualifiedHeadingEnd(IReadOnlyList<Token> tokens, int gom)
    {
        var at = gom;
        // "... nhiệm kỳ 2011-2016 được bầu gồm", "... được bầu bổ sung là": the election's words between the heading and its list.
        while (at > 1 && tokens[at - 1].IsLower && ElectedWords.Contains(tokens[at - 1].Folded)) at--;
        var elected = at;
        if (at > 0 && tokens[at - 1].Is(",")) at--;
        foreach (var qualifier in HeadingQualifiers)
        {
            var from = at - qualifier.Length;
            if (from >= 1 && Enumerable.Range(0, qualifier.Length).All(k => tokens[from + k].IsLower && tokens[from + k].Folded == qualifier[k]))
                return from;
        }
        if (at >= 4 && tokens[at - 3].Folded == "nhiem" && tokens[at - 2].Folded == "ky" && TermAfter(tokens, at - 3, out var termEnd) is not null && termEnd == at)
            return at - 3;
        if (at >= 6 && TermAfter(tokens, at - 5, out var spacedEnd) is not null && spacedEnd == at) return at - 5;
        return at == gom ? gom : elected < gom && at == elected ? elected : -1;
    }

    private static readonly HashSet<string> ElectedWords = ["duoc", "bau", "bo", "sung", "lai", "tai", "cu", "trung", "dac", "phe", "chuan"];

    /// <summary>"các phó bí thư gồm", "Các thứ trưởng gồm": a head alone after "các", in either case, ending at <paramref name="end"/>.</summary>
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
        foreach (var (start, head) in HeadsEndingAt(tokens, end))
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
        while (verb > 0 && count - verb < 2 && tokens[verb - 1].IsLower && tokens[verb - 1].Folded is "co" or "con" or "hien") verb--;
        if (verb == count) return null;
        var start = verb - 1;
        while (start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Sentence == tokens[verb].Sentence) start--;
        if (verb - start < 2 || !(Lexicon.BodyWords.Contains(tokens[start].Lowered) || tokens[start].IsAbbreviation) ||
            TitleParser.BodyEnd(tokens, start, start) != verb)
            return null;
        return string.Join(' ', Enumerable.Range(start, verb - start).Select(i => tokens[i].Text));
    }

    /// <summary>
    /// Where each member's name starts in the list after <paramref name="colon"/> (a marker and a rank skipped): at the
    /// list's opening and after ";", "," or "và" outside brackets, to the sentence's end; "và" marks the last member.
    /// </summary>
    private static IEnumerable<(int NameStart, bool LastJoined)> HeadingMembers(IReadOnlyList<Token> tokens, int colon)
    {
        var sentence = tokens[colon].Sentence;
        var depth = 0;
        for (var i = colon; i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence; i++)
        {
            if (tokens[i].Is("(")) depth++;
            else if (tokens[i].Is(")")) depth = Math.Max(0, depth - 1);
            // "gồm các ông, bà: A, B": the list opened without a colon ("gồm các") may still put one after its markers.
            if (depth > 0 || !(i == colon || tokens[i].Is(":") || tokens[i].Is(";") || tokens[i].Is(",") || tokens[i].IsLower && tokens[i].Folded == "va")) continue;
            var start = i + 1;
            start += MarkerLength(tokens, start);
            start += RankLength(tokens, start);
            if (start < tokens.Count && tokens[start].IsNameLike) yield return (start, tokens[i].Folded == "va");
        }
    }

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
        // "đại tá Phan Văn A": a rank in lower case introduces a name too, when a capital follows it.
        if (at + 1 >= tokens.Count || !tokens[at + 1].IsLower) return 0;
        if (!tokens[at].IsCapitalized && !(at + 2 < tokens.Count && tokens[at + 2].IsNameLike && tokens[at].IsLower)) return 0;
        return RankWords(tokens, at);
    }

    /// <summary>The words of a rank at <paramref name="at"/>, whatever follows them ("các thiếu tướng:"): their number, or 0.</summary>
    private static int RankWords(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || !tokens[at + 1].IsLower) return 0;
        var rank = tokens[at].Folded + " " + tokens[at + 1].Folded;
        if (rank is "tien si" or "thac si" or "giao su") return 2;
        if (rank == "pho giao" && at + 2 < tokens.Count && tokens[at + 2].Folded == "su") return 3;
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
    /// comma after it, or null. It gives no post itself (the stack after a name records it bare before a comma).
    /// </summary>
    private static int? BareHeadBeforePost(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at)
    {
        if (at >= tokens.Count || TitleParser.HeadAt(tokens, at) is not { Bare: false } head) return null;
        var comma = at + head.Folded.Length;
        // "Phó Chủ tịch kiêm Chủ tịch Hội Nông dân tỉnh": "kiêm" likewise; "Phó Tư lệnh - Tham mưu trưởng Quân khu 3": a dash.
        // "Phó Chủ tịch và Chủ tịch UBND huyện Ba Bể", "Chủ tịch và Bí thư Huyện ủy Yên Lập": "và" likewise.
        return comma + 1 < tokens.Count && (SeparatesPosts(tokens[comma]) || tokens[comma].IsLower && tokens[comma].Folded is "kiem" or "va") &&
               TitleAfter(tokens, titles, comma + 1) is not null ? comma : null;
    }

    /// <summary>A comma or a dash between two posts of a stack.</summary>
    private static bool SeparatesPosts(Token token) => token.Is(",") || token.Is("-") || token.Is("–");

    /// <summary>
    /// A comma, a dash or an opening bracket after a name ("Lê Văn A - Phó Bí thư Tỉnh ủy", "ông Lê Văn A (Giám đốc
    /// Sở Nội vụ)"): what opens a stack of posts.
    /// </summary>
    private static bool IsApposition(Token token) => token.Is(",") || token.Is("-") || token.Is("–") || token.Is("—") || token.Is("(");

    /// <summary>
    /// The person a decision names after its post, in the same sentence: "đối với [ông/bà/đồng chí] Y" or
    /// "cho ông/bà/đồng chí Y". The search stops at the sentence's end, a ";" or another person named otherwise.
    /// </summary>
    private static Person? ObjectAfter(IReadOnlyList<Token> tokens, List<Person> people, Title title)
    {
        var sentence = tokens[title.Start].Sentence;
        for (var i = title.End; i < tokens.Count && tokens[i].Sentence == sentence && !tokens[i].Is(";") && !tokens[i].Is(")"); i++)
        {
            int? nameAt = null;
            if (tokens[i].Folded == "doi" && i + 1 < tokens.Count && tokens[i + 1].Folded == "voi")
            {
                // "đối với: Ông A, ...; ông B" and "đối với 4 đại biểu, gồm các ông A, ..., B": the list's first name.
                var listAt = i + 2;
                // "đối với đối với ông B": a word typed twice.
                if (listAt + 1 < tokens.Count && tokens[listAt].Folded == "doi" && tokens[listAt + 1].Folded == "voi") listAt += 2;
                if (listAt < tokens.Count && tokens[listAt].Is(":")) listAt++;
                else if (ListIntroAfter(tokens, listAt) is { } first) listAt = first;
                // "đối với các đồng chí: A, ...", "đối với các thiếu tướng: A, post và B, post": plural markers or a rank, a colon.
                else if (listAt + 2 < tokens.Count && tokens[listAt].IsLower && tokens[listAt].Folded == "cac")
                {
                    if (ColonAfterMarkers(tokens, listAt + 1) is { } colon) listAt = colon + 1;
                    else if (RankWords(tokens, listAt + 1) is > 0 and var rank && listAt + 1 + rank < tokens.Count && tokens[listAt + 1 + rank].Is(":"))
                        listAt += rank + 2;
                    // "đối với các ông A- post; ông B- post": the plural marker before the first name.
                    else if (MarkerLength(tokens, listAt + 1) > 0) listAt++;
                }
                nameAt = listAt + (listAt < tokens.Count ? MarkerLength(tokens, listAt) : 0);
            }
            else if (tokens[i].Folded == "cho" && i + 1 < tokens.Count && MarkerLength(tokens, i + 1) > 0)
                nameAt = i + 1 + MarkerLength(tokens, i + 1);
            // "cho các ông A, B và bà C"
            else if (tokens[i].Folded == "cho" && i + 2 < tokens.Count && tokens[i + 1].IsLower && tokens[i + 1].Folded == "cac" && MarkerLength(tokens, i + 2) > 0)
                nameAt = i + 2 + MarkerLength(tokens, i + 2);
            // "miễn nhiệm chức danh Chủ tịch UBND tỉnh của ông Y": "của" and a marker right after the post name its holder.
            else if (i == title.End && tokens[i].IsLower && tokens[i].Folded == "cua" && i + 1 < tokens.Count && MarkerLength(tokens, i + 1) > 0)
                nameAt = i + 1 + MarkerLength(tokens, i + 1);
            // "miễn nhiệm chức vụ ... với đồng chí Y": "với" alone before a marker, not "cùng với".
            else if (tokens[i].IsLower && tokens[i].Folded == "voi" && tokens[i - 1].Folded != "cung" && i + 1 < tokens.Count && MarkerLength(tokens, i + 1) > 0)
                nameAt = i + 1 + MarkerLength(tokens, i + 1);
            // "miễn nhiệm chức Phó Chủ tịch UBND với các ông A, ông B"
            else if (tokens[i].IsLower && tokens[i].Folded == "voi" && tokens[i - 1].Folded != "cung" && i + 2 < tokens.Count &&
                     tokens[i + 1].IsLower && tokens[i + 1].Folded == "cac" && MarkerLength(tokens, i + 2) > 0)
                nameAt = i + 2 + MarkerLength(tokens, i + 2);
            if (nameAt is { } at)
                return people.FirstOrDefault(p => p.NameStart == at);
            if (people.Any(p => p.NameStart == i)) return null; // a person not introduced as the object: not this post's
            // "giữ chức vụ X, ... đồng thời miễn nhiệm chức vụ Y đối với ông B": B is the next decision's object, not X's.
            if (i > title.End && TitleParser.HeadAt(tokens, i, allowLower: true) is not null && TriggerBefore(tokens, i) is not null) return null;
        }
        return null;
    }

    /// <summary>"cho [các] ông", "đối với [các] ông" at <paramref name="at"/>: a decision's object introduced right there.</summary>
    private static bool ObjectMarkerAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Sentence != tokens[at + 1].Sentence) return false;
        var next = tokens[at].Folded == "cho" ? at + 1 : tokens[at].Folded == "doi" && tokens[at + 1].Folded == "voi" ? at + 2 : -1;
        if (next < 0 || next >= tokens.Count) return false;
        if (tokens[next].IsLower && tokens[next].Folded == "cac") next++;
        return next < tokens.Count && MarkerLength(tokens, next) > 0;
    }

    /// <summary>"4 đại biểu, gồm các ông" after "đối với": where the list's first member (its marker) starts.</summary>
    private static int? ListIntroAfter(IReadOnlyList<Token> tokens, int at)
    {
        for (var i = at; i < tokens.Count && i < at + 6 && tokens[i].Sentence == tokens[at].Sentence; i++)
            if (tokens[i].Folded == "gom")
                return i + 1 < tokens.Count && tokens[i + 1].Is(":") ? i + 2 : i + 1 < tokens.Count && tokens[i + 1].Folded == "cac" ? i + 2 : i + 1;
        return null;
    }

    /// <summary>
    /// The nearest name before the post in its sentence, when the words between them do not make that name the
    /// subject of the decision: one who signs, hands over or announces it ("ký", "trao", "công bố", "ban hành"),
    /// or who holds an election or fills a post still to come ("bầu bổ sung", "kiện toàn", "giới thiệu nhân sự").
    /// "được" or "nhận" before such a word makes the name its object again ("Y được bầu bổ sung", "Y nhận quyết định").
    /// </summary>
    private static Person? SubjectBefore(IReadOnlyList<Token> tokens, List<Person> people, Title title)
    {
        var person = people.Where(p => p.NameEnd <= title.Start && tokens[p.NameStart].Sentence == tokens[title.Start].Sentence)
            .MaxBy(p => p.NameEnd);
        if (person is null) return null;
        // "...: X đối với bà A; Y khóa XIX ông B": a list's items (after a colon) are apart, an item's post is never the item's before.
        if (Enumerable.Range(person.NameEnd, title.Start - person.NameEnd).Any(i => tokens[i].Is(";")) &&
            Enumerable.Range(0, person.NameStart).Any(i => tokens[i].Is(":") && tokens[i].Sentence == tokens[title.Start].Sentence)) return null;
        var between = new List<Token>();
        for (var i = person.NameEnd; i < title.Start; i++) if (tokens[i].IsWord) between.Add(tokens[i]);
        // "ông A được giới thiệu để các đại biểu bầu làm X", "giới thiệu ông A ứng cử giữ chức X": a nomination, the post still to come.
        var words = " " + string.Join(' ', between.Select(t => t.Folded)) + " ";
        // Not after a designation ("chỉ định đồng chí A ... tham gia Ban Chấp hành và giới thiệu bầu giữ chức Bí thư Tỉnh ủy": the
        // Politburo's decision is the appointment) nor once elected ("trúng cử", "đắc cử").
        if (words.Contains(" gioi thieu ", StringComparison.Ordinal) && !new[] { " trung cu ", " dac cu ", " chi dinh ", " dieu dong ", " phan cong " }
                .Any(w => SentenceBefore(tokens, title.Start).Contains(w, StringComparison.Ordinal)) || words.Contains(" ung cu ", StringComparison.Ordinal) ||
            // "bổ sung ông A vào danh sách để bầu làm X": a list of candidates
            words.Contains(" danh sach de bau ", StringComparison.Ordinal)) return null;
        for (var i = 0; i < between.Count; i++)
        {
            var word = between[i].Folded;
            if (word is "duoc" or "nhan") return person;
            if (DecisionSubjectAt(between, i)) return null;
        }
        return person;
    }

    /// <summary>
    /// "UVTW Đảng, Bí thư Tỉnh ủy – Nguyễn Văn A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Nguyễn Văn B chủ trì": a stack of posts
    /// joined by commas from <paramref name="first"/>, closed by a dash and a name, is that name's (not the name's before it).
    /// Where that name starts, or null when the stack closes otherwise.
    /// </summary>
    private static int? StackBeforeDashedName(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, SortedDictionary<int, int> names, Title first)
    {
        for (var post = first; ;)
        {
            var at = post.End;
            if (at + 1 >= tokens.Count || tokens[at + 1].Sentence != tokens[first.Start].Sentence) return null;
            if ((tokens[at].Is("-") || tokens[at].Is("–")) && names.ContainsKey(at + 1)) return at + 1;
            if (!tokens[at].Is(",") || TitleAfter(tokens, titles, at + 1) is not { } next) return null;
            post = next;
        }
    }

    /// <summary>
    /// "Bí thư Tỉnh ủy Lê Đức Thọ, Phó bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Hồ Thị Hoàng Yến": after <paramref name="first"/>,
    /// the posts joined by commas or dashes reach one whose body a name closes; the stack is that name's, not the name's before it.
    /// </summary>
    private static bool ChainClosedByName(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, Title first)
    {
        for (var post = first; ;)
        {
            var at = post.End;
            if (at + 1 >= tokens.Count || !SeparatesPosts(tokens[at]) || tokens[at + 1].Sentence != tokens[first.Start].Sentence) return false;
            if (TitleAfter(tokens, titles, at + 1) is not { } next) return false;
            // "ông A (sinh năm 1964), Thường vụ Tỉnh ủy, Bí thư Huyện ủy Cù Lao Dung và ông B": a list of people introduced by markers
            // goes on after the closing words, so they name a district of A's post, not another person.
            if (NameReader.TailName(tokens, next) is not null) return !ListGoesOnAfter(tokens, next);
            post = next;
        }
    }

    /// <summary>", và ông B" or ", ông B" right after <paramref name="title"/>: a list of people introduced by markers goes on.</summary>
    private static bool ListGoesOnAfter(IReadOnlyList<Token> tokens, Title title) =>
        title.End + 1 < tokens.Count && (tokens[title.End].Is(",") || tokens[title.End].IsLower && tokens[title.End].Folded == "va") &&
        tokens[title.End + 1].Sentence == tokens[title.End].Sentence && MarkerLength(tokens, title.End + 1) > 0;

    /// <summary>
    /// "Ông A sinh năm 1970 ... . Tháng 5/2018, ông được bổ nhiệm giữ chức X": a decision whose sentence names no one and
    /// whose subject is "ông" or "bà" (the pronoun, no name after it) goes to the person the sentences before are about,
    /// as a career's does (<see cref="CareerSubject"/>: the last person named, of the pronoun's sex when the text says it).
    /// </summary>
    private static Person? PronounSubject(IReadOnlyList<Token> tokens, List<Person> people, SortedDictionary<int, Title> titles, Title title)
    {
        // Only the words of being appointed may stand between the pronoun and the post ("ông được điều động làm"): "ông đề nghị
        // bầu bổ sung Phó Chủ tịch" is the pronoun's person asking for someone else's election.
        var at = title.Start - 1;
        while (at >= 0 && tokens[at].Sentence == tokens[title.Start].Sentence && tokens[at].IsLower && AppointedWords.Contains(tokens[at].Folded)) at--;
        if (at < 0 || at == title.Start - 1 || Sex(tokens[at]) is null || tokens[at].Sentence != tokens[title.Start].Sentence) return null;
        return CareerSubject(tokens, people, titles, title.Start, namedInSentence: false);
    }

    private static readonly HashSet<string> AppointedWords =
        ["duoc", "da", "tiep", "tuc", "chinh", "thuc", "bo", "nhiem", "bau", "lam", "giu", "chuc", "vu", "danh", "dieu", "dong", "luan",
         "chuyen", "phan", "cong", "chi", "dinh", "cu", "tai", "dac", "trung", "nhan", "sang", "ve", "len", "vi", "tri", "cuong", "la"];

    /// <summary>
    /// The person and the bare names listed with it, "A, B, C và D" with no post between them: backwards from
    /// the last name when the post follows the list, forwards from the first when the list follows "đối với".
    /// </summary>
    private static List<Person> ListMates(IReadOnlyList<Token> tokens, List<Person> people, Person person, bool forward)
    {
        var mates = new List<Person> { person };
        var current = person;
        while (true)
        {
            // "ông A và ông B", "ông A (nghỉ hưu) và bà B (chuyển công tác)": a marker before a mate's name and a remark in
            // brackets after it stay between the mates.
            var joint = forward ? RemarkEnd(tokens, current.NameEnd) : current.NameStart - MarkerBefore(tokens, current.NameStart) - 1;
            if (joint < 0 || joint >= tokens.Count || !(tokens[joint].Is(",") || tokens[joint].Folded == "va")) break;
            var next = forward
                ? people.FirstOrDefault(p => p.NameStart == joint + 1 + (joint + 1 < tokens.Count ? MarkerLength(tokens, joint + 1) : 0))
                : people.FirstOrDefault(p => p.NameEnd == joint || p.NameEnd == RemarkStart(tokens, joint));
            // A mate may hold the plural post the list shares ("các Thẩm phán TANDTC A và B giữ chức X"), no post of its own.
            if (next is null || next.Posts.Any(p => !current.Posts.Any(q => q.Title.Start == p.Title.Start)) ||
                tokens[next.NameStart].Sentence != tokens[person.NameStart].Sentence) break;
            mates.Add(next);
            current = next;
        }
        if (mates.Count > 1) return mates;
        // Members each with their own posts: "bầu các ông A, post; Đại tá B, post; C, post giữ chức X" and "đối với:
        // Ông A, post; ông B" or "đối với 4 đại biểu, gồm các ông A- post, B- post và C- post". Taken only when the
        // list is announced as one ("các ông/bà/đồng chí", "gồm", a colon) before its first member.
        var members = ListWithPosts(tokens, people, person, forward);
        // "Ông A, post, post; bà B, post, post được bầu làm X": a sentence opened by its first member, the members apart by ";".
        var sentenceList = !forward && members.Count > 1 && OpensSentence(tokens, members[0].NameStart - MarkerBefore(tokens, members[0].NameStart)) &&
                           Enumerable.Range(members[0].NameEnd, Math.Max(0, members[^1].NameStart - members[0].NameEnd)).Any(i => tokens[i].Is(";"));
        return members.Count > 1 && (Announced(tokens, members[0].NameStart) || sentenceList) ? members : mates;
    }

    /// <summary>
    /// The posts "lần lượt" (respectively) distributes: <paramref name="first"/> and the posts joined to it by "và" or a comma, as
    /// many as the mates named before it with "lần lượt" between; null otherwise.
    /// </summary>
    private static List<Title>? Respectively(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, List<Person> mates, Title first)
    {
        if (mates.Count < 2) return null;
        var last = mates.Max(p => p.NameEnd);
        if (!Enumerable.Range(last, Math.Max(0, first.Start - last - 1)).Any(i => tokens[i].Folded == "lan" && tokens[i + 1].Folded == "luot")) return null;
        var posts = new List<Title> { first };
        while (posts.Count < mates.Count && posts[^1].End + 1 < tokens.Count && (tokens[posts[^1].End].Folded == "va" || tokens[posts[^1].End].Is(",")) &&
               titles.TryGetValue(posts[^1].End + 1, out var next) && tokens[next.Start].Sentence == tokens[first.Start].Sentence)
            posts.Add(next);
        return posts.Count == mates.Count ? posts : null;
    }

    /// <summary>Past a remark in brackets at <paramref name="at"/> that names no post ("(nghỉ hưu)"), or <paramref name="at"/>.</summary>
    private static int RemarkEnd(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].Is("(")) return at;
        for (var i = at + 1; i < tokens.Count && i <= at + 8 && tokens[i].Sentence == tokens[at].Sentence; i++)
        {
            if (tokens[i].Is(")")) return i + 1;
            if (!tokens[i].IsWord || TitleParser.HeadAt(tokens, i) is not null) return at;
        }
        return at;
    }

    /// <summary>Where a remark in brackets ending right before <paramref name="end"/> opens (its "("), or -1.</summary>
    private static int RemarkStart(IReadOnlyList<Token> tokens, int end)
    {
        if (end < 1 || !tokens[end - 1].Is(")")) return -1;
        for (var i = end - 2; i >= 0 && i >= end - 9; i--)
            if (tokens[i].Is("(")) return RemarkEnd(tokens, i) == end ? i : -1;
        return -1;
    }

    private static List<Person> ListWithPosts(IReadOnlyList<Token> tokens, List<Person> people, Person person, bool forward)
    {
        var sentence = tokens[person.NameStart].Sentence;
        var sameSentence = people.Where(p => tokens[p.NameStart].Sentence == sentence).OrderBy(p => p.NameStart).ToList();
        var members = new List<Person> { person };
        var at = sameSentence.IndexOf(person);
        for (var k = forward ? at + 1 : at - 1; k >= 0 && k < sameSentence.Count; k += forward ? 1 : -1)
        {
            var (earlier, later) = forward ? (members[^1], sameSentence[k]) : (sameSentence[k], members[0]);
            var end = earlier.Posts.Count == 0 ? earlier.NameEnd : Math.Max(earlier.NameEnd, earlier.Posts.Max(p => p.Title.End));
            var gapAt = Enumerable.Range(end, Math.Max(0, later.NameStart - end)).ToList();
            var gap = gapAt.Select(i => tokens[i]).ToList();
            // Between two members: a separator, at most a marker or a rank after the last one ("; Đại tá", ", ông"), and
            // before it at most a short clause closed by ";" (", để nghỉ hưu theo chế độ; ông").
            var last = gap.FindLastIndex(t => t.Is(",") || t.Is(";") || t.Folded == "va");
            // "...; và ông C, post": "và" after the separator opens the last item like the separator alone.
            if (last > 0 && gap[last].Folded == "va" && (gap[last - 1].Is(";") || gap[last - 1].Is(","))) last--;
            if (last < 0 || gap.Count - last - 1 > 2 || gap.Skip(last + 1).Any(t => !t.IsWord) || gap.Count > 12) break;
            if (last > 0 && !(gap[last].Is(";") && (gap[0].Is(",") || gap[0].Is(";")))) break;
            if (gapAt.Any(i => TitleParser.HeadAt(tokens, i) is not null)) break;
            // "bầu ông A, post, tái đắc cử X; ông B, tái đắc cử Y": an item with a decision of its own shares no other's.
            if (sameSentence[k].Posts.Any(p => TriggerBefore(tokens, p.Title.Start) is not null)) break;
            if (forward) members.Add(sameSentence[k]); else members.Insert(0, sameSentence[k]);
        }
        return members;
    }

    /// <summary>The folded words of the sentence before <paramref name="at"/>, space-separated and padded with a space each side.</summary>
    private static string SentenceBefore(IReadOnlyList<Token> tokens, int at)
    {
        var start = at;
        while (start > 0 && tokens[start - 1].Sentence == tokens[at].Sentence) start--;
        return " " + string.Join(' ', Enumerable.Range(start, at - start).Where(i => tokens[i].IsWord).Select(i => tokens[i].Folded)) + " ";
    }

    /// <summary>The token at <paramref name="at"/> opens its sentence (or the text).</summary>
    private static bool OpensSentence(IReadOnlyList<Token> tokens, int at) =>
        at == 0 || at > 0 && at < tokens.Count && tokens[at - 1].Sentence != tokens[at].Sentence;

    /// <summary>
    /// "các ông/bà/đồng chí", "gồm", a colon or a decision's verb ("bầu", "bổ nhiệm", "phê chuẩn", "điều động", "chỉ định") just
    /// before a list's first member (its marker or rank skipped).
    /// </summary>
    private static bool Announced(IReadOnlyList<Token> tokens, int nameStart)
    {
        for (var i = nameStart - 1; i >= 0 && i >= nameStart - 4; i--)
        {
            if (tokens[i].Is(":") || tokens[i].Folded is "gom" or "cac") return true;
            if (tokens[i].Folded == "voi" && i > 0 && tokens[i - 1].Folded == "doi") return true;
            // "bầu ông A, post và ông B, post, giữ chức X": the members are the decision's objects, right after its verb.
            if (tokens[i].IsLower && tokens[i].Folded == "bau" || i > 0 && tokens[i].IsLower &&
                (tokens[i - 1].Folded, tokens[i].Folded) is ("bo", "nhiem") or ("phe", "chuan") or ("dieu", "dong") or ("chi", "dinh")) return true;
            if (!tokens[i].IsWord) return false;
        }
        return false;
    }

    /// <summary>
    /// "Chủ tịch UBND tỉnh X được chỉ định là ông Y" (or "được bầu là", "là"): the post's holder named after it, past
    /// its term, with a marker.
    /// </summary>
    private static Person? DesignatedAfter(IReadOnlyList<Token> tokens, List<Person> people, Title title)
    {
        var at = title.End;
        TermAfter(tokens, at, out var termEnd); if (termEnd > at) at = termEnd; // a term, or a committee's number in brackets
        if (at < tokens.Count && tokens[at].Folded == "duoc" && at + 1 < tokens.Count)
        {
            var verb = at + 1 < tokens.Count ? tokens[at + 1].Folded : "";
            var length = verb == "bau" ? 1 : verb == "chi" && at + 2 < tokens.Count && tokens[at + 2].Folded == "dinh" ? 2
                : verb == "bo" && at + 2 < tokens.Count && tokens[at + 2].Folded == "nhiem" ? 2 : 0;
            if (length == 0) return null;
            at += 1 + length;
        }
        if (at + 1 >= tokens.Count || tokens[at].Folded != "la" || !tokens[at].IsLower || tokens[at].Sentence != tokens[title.Start].Sentence) return null;
        var marker = MarkerLength(tokens, at + 1);
        return marker == 0 ? null : people.FirstOrDefault(p => p.NameStart == at + 1 + marker);
    }

    /// <summary>
    /// The start of the post a comma chains this one to ("giữ chức A, B": A's start for B), when B is the clause's last
    /// post: a full stop, ";", a line's end, the text's end or "đối với" right after it. Null otherwise.
    /// </summary>
    private static int? ChainedTo(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, Title title)
    {
        var comma = title.Start - 1;
        if (comma < 1 || !tokens[comma].Is(",") || !tokens[title.Start].IsCapitalized) return null;
        // "thôi Ủy viên Ủy ban MTTQ tỉnh, Phó Chủ tịch Ủy ban MTTQ tỉnh đối với đồng chí Y": the decision's object closes it too.
        var ends = title.End >= tokens.Count || tokens[title.End].Sentence != tokens[title.Start].Sentence ||
                   tokens[title.End].Is(";") || tokens[title.End].Is(".") ||
                   title.End + 1 < tokens.Count && tokens[title.End].Folded == "doi" && tokens[title.End + 1].Folded == "voi";
        if (!ends) return null;
        return titles.Values.FirstOrDefault(t => t.End == comma) is { } first && tokens[first.Start].Sentence == tokens[title.Start].Sentence
            ? first.Start : null;
    }

    /// <summary>The status the trigger gave the first post of a "giữ chức A, B" chain.</summary>
    private static PostStatus? ChainStatus(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, Title title)
    {
        var current = title;
        while (ChainedTo(tokens, titles, current) is { } first && titles.TryGetValue(first, out var previous))
        {
            if (TriggerBefore(tokens, previous.Start) is { } status) return previous.Marked ?? status;
            current = previous;
        }
        return null;
    }

    /// <summary>"giao quyền Chủ tịch UBND tỉnh ... đối với ông Y": an acting post granted by a decision.</summary>
    private static bool ActingGrant(IReadOnlyList<Token> tokens, Title title) =>
        title.Marked == PostStatus.Acting && title.Start > 0 && tokens[title.Start - 1].Folded == "giao";

    /// <summary>"thay mặt", "thừa lệnh", "thừa ủy quyền", "ủy quyền của" right before a post: it is the principal's.</summary>
    private static bool OnBehalfBefore(IReadOnlyList<Token> tokens, int at)
    {
        var words = new List<string>();
        for (var i = at - 1; i >= 0 && words.Count < 3 && tokens[i].IsWord; i--) words.Insert(0, tokens[i].Folded);
        var before = " " + string.Join(' ', words);
        return OnBehalfPhrases.Any(p => before.EndsWith(" " + p, StringComparison.Ordinal));
    }

    private static readonly string[] OnBehalfPhrases = ["thay mat", "thua lenh", "thua uy quyen", "uy quyen cua"];

    /// <summary>"ký" (not "kỳ"), "trao", "công bố", "ban hành", "bầu bổ sung", "kiện toàn", "giới thiệu nhân sự", "đến khi" at <paramref name="i"/>.</summary>
    private static bool DecisionSubjectAt(List<Token> words, int i)
    {
        if (words[i].Text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant() == "ký") return true;
        foreach (var phrase in SubjectPhrases)
        {
            if (i + phrase.Length > words.Count) continue;
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++) match = words[i + k].Folded == phrase[k];
            if (match) return true;
        }
        return false;
    }

    private static readonly string[][] SubjectPhrases =
        [["trao"], ["cong", "bo"], ["ban", "hanh"], ["bau", "bo", "sung"], ["kien", "toan"], ["gioi", "thieu", "nhan", "su"],
         // "... phụ trách Đảng bộ cho đến khi có nhân sự giữ chức Bí thư": a post still to be filled, nobody's yet.
         ["den", "khi"],
         // "trình bày tờ trình ... về việc bầu Phó Bí thư": who presents the proposal of an election is not its object.
         ["to", "trinh"],
         // "A tặng hoa chúc mừng các đồng chí được bầu giữ chức X": the people congratulated, not who congratulates.
         ["chuc", "mung"]];

    private sealed class Person(int nameStart, int nameEnd)
    {
        public int NameStart { get; } = nameStart;
        public int NameEnd { get; } = nameEnd;
        /// <summary>Each post with the token where the quote for it must end.</summary>
        public List<(Title Title, int QuoteEnd)> Posts { get; } = [];
    }

    private static SortedDictionary<int, Title> ParseAllTitles(IReadOnlyList<Token> tokens)
    {
        var titles = new SortedDictionary<int, Title>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var lowerHead = TriggerBefore(tokens, i) is not null || tokens[i].Folded == "quyen" && i > 0 && tokens[i - 1].Folded == "giao" ||
                            DashBefore(tokens, i) || NationalAssemblyMemberAt(tokens, i) || CommaBefore(tokens, i) ||
                            i > 0 && tokens[i - 1].IsLower && tokens[i - 1].Folded == "la"; // "là ủy viên UBND tỉnh"
            if (TitleParser.Parse(tokens, i, lowerHead) is not { } title)
            {
                // "trao quyết định bổ nhiệm phó chánh án cho các ông A, B": a head the decision names bare, its holders after it.
                if (TriggerBefore(tokens, i) is not null && TitleParser.HeadAt(tokens, i, allowLower: true) is { } bare &&
                    ObjectMarkerAt(tokens, i + bare.Folded.Length))
                    titles[i] = new Title(i, i, i + bare.Folded.Length, i + bare.Folded.Length, null);
                continue;
            }
            titles[i] = title;
            i = title.HeadEnd - 1; // a head inside a post ("Bí thư" of "Phó Bí thư") is not another post
        }
        // Bare heads sharing one body with the post after them ("Bí thư kiêm Chủ tịch UBND huyện X", "Phó Bí thư, Chủ tịch UBND tỉnh").
        for (var i = 0; i < tokens.Count; i++)
        {
            if (titles.ContainsKey(i) || titles.Values.Any(t => t.Start < i && i < t.End)) continue;
            if (SharedBodyHead(tokens, titles, i) is not { } shared) continue;
            titles[i] = shared;
            i = shared.HeadEnd - 1;
        }
        // "nguyên Bí thư kiêm Chủ tịch UBND huyện X": the status word covers the post joined by "kiêm" too.
        foreach (var title in titles.Values.ToList())
            if (title.Marked is { } status && title.End + 1 < tokens.Count && tokens[title.End].IsLower && tokens[title.End].Folded == "kiem" &&
                titles.TryGetValue(title.End + 1, out var joined) && joined.Marked is null)
                titles[joined.Start] = joined with { Marked = status };
        return titles;
    }

    /// <summary>
    /// A head written bare before "kiêm" or a comma and another post, whose body that post names: the party's head of a
    /// people's committee or council ("Bí thư kiêm Chủ tịch UBND H.Vĩnh Lợi", "Phó Bí thư, Chủ tịch UBND huyện X") heads the party
    /// committee of the same unit (Huyện ủy X; "tỉnh" Tỉnh ủy, "quận"/"Q." Quận ủy, "thị xã"/"TX." Thị ủy, "thành phố"/"TP." Thành
    /// ủy), which is how a district's secretary and chairman are paired; two heads of one command or organisation joined by "kiêm"
    /// ("Phó Tư lệnh kiêm Tham mưu trưởng Bộ Tư lệnh X", "Phó Chủ tịch kiêm Tổng Thư ký Hội X") share its body. Left out, as
    /// not unambiguous: a committee or council named without its unit ("Bí thư kiêm Chủ tịch UBND"), any other head before a
    /// comma ("Phó Chủ tịch, Chủ tịch Hội Nông dân tỉnh": the vice-chair of which body, the text leaves to context), and two
    /// heads of one rank ("Phó Chủ tịch kiêm Chủ tịch ...": the second names another body).
    /// </summary>
    private static Title? SharedBodyHead(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at)
    {
        if (!tokens[at].IsWord) return null;
        PostStatus? marked = tokens[at].IsLower && tokens[at].Folded is "nguyen" ? PostStatus.Former : null;
        var headStart = marked is null ? at : at + 1;
        if (TitleParser.HeadAt(tokens, headStart) is not { Bare: false } head) return null;
        var headEnd = headStart + head.Folded.Length;
        if (headEnd + 1 >= tokens.Count || tokens[headEnd + 1].Sentence != tokens[at].Sentence) return null;
        var kiem = tokens[headEnd].IsLower && tokens[headEnd].Folded == "kiem";
        if (!kiem && !tokens[headEnd].Is(",")) return null;
        if (!titles.TryGetValue(headEnd + 1, out var second) || second.Marked is not null || second.End == second.HeadEnd) return null;
        var secondHead = string.Join(' ', Enumerable.Range(second.HeadStart, second.HeadEnd - second.HeadStart).Select(i => tokens[i].Folded));
        string? body = null;
        if (head.Folded is ["bi", "thu"] or ["pho", "bi", "thu"] && secondHead is "chu tich" or "pho chu tich")
            body = PartyCommitteeOf(tokens, second.HeadEnd, second.End);
        else if (kiem && SharedLeadership.Contains(string.Join(' ', head.Folded)) && SharedLeadership.Contains(secondHead) &&
                 Rank(string.Join(' ', head.Folded)) != Rank(secondHead))
            body = string.Join(' ', Enumerable.Range(second.HeadEnd, second.End - second.HeadEnd).Select(i => tokens[i].Text));
        return body is null ? null : new Title(at, headStart, headEnd, headEnd, marked) { InferredBody = body };
    }

    /// <summary>Heads of one command's or organisation's leadership, which "kiêm" may join over one body.</summary>
    private static readonly HashSet<string> SharedLeadership =
        ["tu lenh", "pho tu lenh", "chinh uy", "pho chinh uy", "tham muu truong", "chi huy truong", "pho chi huy truong",
         "chu tich", "pho chu tich", "tong thu ky", "giam doc", "pho giam doc", "tong giam doc"];

    private static string Rank(string head) => head.StartsWith("pho ", StringComparison.Ordinal) ? head[4..] : head;

    /// <summary>
    /// "UBND huyện Vĩnh Lợi" → "Huyện ủy Vĩnh Lợi", "HĐND tỉnh" → "Tỉnh ủy", "UBND H.Vĩnh Lợi" → "Huyện ủy Vĩnh Lợi": the party
    /// committee of the unit whose people's committee or council tokens [from, end) name; null without a unit.
    /// </summary>
    private static string? PartyCommitteeOf(IReadOnlyList<Token> tokens, int from, int end)
    {
        var at = from;
        if (at < end && tokens[at].Folded is "ubnd" or "hdnd") at++;
        else if (at + 3 < end && tokens[at + 2].Folded == "nhan" && tokens[at + 3].Folded == "dan" &&
                 (tokens[at].Folded, tokens[at + 1].Folded) is ("uy", "ban") or ("hoi", "dong")) at += 4;
        else return null;
        if (at >= end) return null;
        var rest = (int from2) => string.Join(' ', Enumerable.Range(from2, end - from2).Select(i => tokens[i].Text));
        var unit = tokens[at];
        if (unit.IsLower && unit.Folded is "tinh" or "huyen" or "quan")
            return (unit.Folded switch { "tinh" => "Tỉnh ủy", "huyen" => "Huyện ủy", _ => "Quận ủy" }) + (at + 1 < end ? " " + rest(at + 1) : "");
        if (at + 1 < end && unit.IsLower && (unit.Folded, tokens[at + 1].Folded) is ("thi", "xa") or ("thanh", "pho"))
            return (unit.Folded == "thi" ? "Thị ủy" : "Thành ủy") + (at + 2 < end ? " " + rest(at + 2) : "");
        // "H.Vĩnh Lợi", "Q.Ba Đình", "TX.Sơn Tây", "TP.Bạc Liêu", "TP Vinh": the unit abbreviated, glued to its name or not.
        foreach (var (abbreviation, committee) in new[] { ("H.", "Huyện ủy"), ("Q.", "Quận ủy"), ("TX.", "Thị ủy"), ("TP.", "Thành ủy") })
            if (unit.Text.StartsWith(abbreviation, StringComparison.Ordinal))
            {
                var name = unit.Text[abbreviation.Length..];
                var tail = at + 1 < end ? rest(at + 1) : "";
                var full = string.Join(' ', new[] { name, tail }.Where(w => w.Length > 0));
                return full.Length == 0 ? null : committee + " " + full;
            }
        if (unit.Text == "TP" && at + 1 < end) return "Thành ủy " + rest(at + 1);
        return null;
    }

    /// <summary>"đại biểu Quốc hội Lò Thị A": the press writes this post's first words in lower case, its body capitalised.</summary>
    private static bool NationalAssemblyMemberAt(IReadOnlyList<Token> tokens, int at) =>
        at + 2 < tokens.Count && tokens[at].IsLower && tokens[at].Folded == "dai" && tokens[at + 1].Folded == "bieu" &&
        tokens[at + 2].IsCapitalized && tokens[at + 2].Folded == "quoc";

    /// <summary>
    /// "Phạm Văn A - ủy viên Trung ương Đảng - Bí thư Tỉnh ủy": a dash after a word (a name or the post before) opens a
    /// post of a dash-separated stack, which some papers write in lower case. The post still needs a capitalised body.
    /// </summary>
    private static bool DashBefore(IReadOnlyList<Token> tokens, int at) =>
        at >= 2 && tokens[at].IsLower && (tokens[at - 1].Is("-") || tokens[at - 1].Is("–")) && tokens[at - 2].IsWord &&
        tokens[at - 2].Sentence == tokens[at].Sentence;

    /// <summary>
    /// "ông Y, tỉnh ủy viên, ủy viên Ban cán sự đảng, Phó chủ tịch UBND tỉnh": a comma after a word opens a post of a stack, which
    /// some papers write in lower case; the post still needs a capitalised body (or to be a committee's member, "tỉnh ủy viên").
    /// An opening bracket likewise: "đối với bà Y (phó chủ tịch UBND xã)".
    /// </summary>
    private static bool CommaBefore(IReadOnlyList<Token> tokens, int at) =>
        at >= 2 && tokens[at].IsLower && (tokens[at - 1].Is(",") || tokens[at - 1].Is("(")) && tokens[at - 2].IsWord && tokens[at - 2].Sentence == tokens[at].Sentence;

    private static Title? TitleAfter(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at) =>
        titles.TryGetValue(at, out var title) && tokens[at].Sentence == tokens[at - 1].Sentence ? title : null;

    /// <summary>"; post, post;" inside a list: posts with no name, ending at ";", "." or the sentence's end.</summary>
    private static List<Title>? ContinuationAfter(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at)
    {
        var found = new List<Title>();
        while (TitleAfter(tokens, titles, at) is { } title && NameReader.TailName(tokens, title) is null)
        {
            found.Add(title);
            at = title.End;
            if (at < tokens.Count && tokens[at].Is(",")) { at++; continue; }
            break;
        }
        if (found.Count == 0) return null;
        var ends = at >= tokens.Count || tokens[at].Sentence != tokens[found[0].Start].Sentence ||
                   tokens[at].Is(";") || tokens[at].Is(".") || tokens[at].Is("...") || tokens[at].Is("…");
        return ends ? found : null;
    }

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
        if (at + 1 < tokens.Count && Lexicon.PersonMarkers.Contains(tokens[at].Folded + " " + tokens[at + 1].Folded)) return 2;
        if (NameReader.IsOpeningHonorific(tokens, at)) return 1;
        if (tokens[at].IsLower && Lexicon.YouthMarkers.Contains(tokens[at].Lowered)) return 1;
        return tokens[at].IsLower && Lexicon.PersonMarkers.Contains(tokens[at].Folded) ? 1 : 0;
    }

    /// <summary>
    /// What the words just before a post say about it: elected, appointed, designated (new), or relieved (former).
    /// </summary>
    internal static PostStatus? TriggerBefore(IReadOnlyList<Token> tokens, int at)
    {
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
        for (var i = from; i >= 0 && words.Count < 4 && tokens[i].IsWord && tokens[i].Sentence == tokens[at].Sentence; i--)
            words.Insert(0, tokens[i].Folded);
        var before = " " + string.Join(' ', words);
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
         "tung dam nhiem"];

    private static readonly string[] NewTriggers =
        ["giu chuc vu", "giu chuc", "chuc vu", "bau lam", "bau giu", "lam", "bau", "bo nhiem", "bo nhiem lam", "chi dinh lam",
         "bau bo sung", "bau cu bo sung",
         "tai cu", "dac cu", "dac cu chuc", "dac cu chuc vu", "trung cu", "trung cu chuc", "trung cu chuc vu", "dam nhiem", "dam nhan", "chuc danh", "nhan nhiem vu",
         // "được bầu là", "giữ cương vị", "cất nhắc lên chức", "hiệp thương cử", "cử bổ sung thay thế"
         "bau la", "giu cuong vi", "giu vi tri", "len chuc", "hiep thuong cu", "cu bo sung", "cu bo sung thay the", "cu giu chuc",
         // "Bộ Chính trị chuẩn y 3 Phó Bí thư Tỉnh ủy gồm các ông: ...": the Party's approval of an election.
         "chuan y"];

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
