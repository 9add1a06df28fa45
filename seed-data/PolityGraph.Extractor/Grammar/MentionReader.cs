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
public static partial class MentionReader
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
            // "Thư ký và trợ lý cố Thủ tướng Võ Văn Kiệt, Ủy viên Ban Thường vụ Tỉnh ủy, ...": the late leader is named as the one
            // served; the posts after the name go on the career of the person the sentence is about.
            if (NamedAsLate(tokens, start)) continue;
            // "Ngoài ông A, Chủ tịch UBND thành phố cũng bổ nhiệm ...": "besides A", the post after the comma is the next
            // clause's subject, not A's.
            if (start - MarkerBefore(tokens, start) is var opening && opening > 0 && tokens[opening - 1].Folded == "ngoai" &&
                tokens[opening - 1].Sentence == tokens[start].Sentence) continue;
            var at = end;
            var biographyFrom = end;
            var afterRemark = -1; // where a remark in brackets right after the name ends
            while (at < tokens.Count)
            {
                // "ông Y (sinh năm 1959), Ủy viên Trung ương Đảng": the year of birth in brackets does not end the stack.
                if (at == end && BirthYearAt(tokens, at) is { } birthEnd) { at = afterRemark = birthEnd; continue; }
                // "Đồng chí A (thứ ba bên trái ảnh), Phó Bí thư Tỉnh ủy": a remark in brackets naming no post, before the stack.
                if (at == end && RemarkInBracketsAt(tokens, titles, at) is { } remarkEnd) { at = afterRemark = remarkEnd; continue; }
                // "ông A (đoàn Vĩnh Long, cựu Bộ trưởng Bộ Y tế)": a deputy's delegation in the bracket, before the posts.
                if (at == end && tokens[at].Is("(") && DelegationInBracketEnd(tokens, at + 1) is { } delegationEnd) { at = delegationEnd; continue; }
                // "ông Y nguyên là ...", "các ông A và B đều là ...", "ông Y còn là ...": a word between the name and "là".
                // "ông Y (54 tuổi) hiện là ...": so after a remark in brackets, and "hiện" (now) too.
                if ((at == end || at == afterRemark) && tokens[at].IsLower && tokens[at].Folded is "nguyen" or "deu" or "con" or "hien" && at + 1 < tokens.Count && tokens[at + 1].IsLower &&
                    tokens[at + 1].Folded == "la" && TitleAfter(tokens, titles, at + 2) is not null) { at++; continue; }
                // "Đồng chí Y, sinh năm 1968, dân tộc Dao, Ủy viên ...": the year of birth and the ethnicity between commas do
                // not end the stack either.
                if (at == biographyFrom && BiographyAt(tokens, at) is { } biographyEnd) { at = biographyFrom = biographyEnd; continue; }
                // "ông Y là Bí thư Tỉnh ủy, ...": "là" right after the name opens the stack like a comma.
                // "ông Y nguyên là Bí thư Tỉnh ủy": "nguyên là", a post held before, opens it too.
                // "ông Y (54 tuổi) là ...": after a remark in brackets right after the name, as right after it.
                var opens = IsApposition(tokens[at]) || (at == end || at == afterRemark) && tokens[at].IsLower && tokens[at].Folded == "la" ||
                            (at == end + 1 || afterRemark >= 0 && at == afterRemark + 1) && tokens[at - 1].IsLower && tokens[at - 1].Folded is "nguyen" or "deu" or "con" or "hien" &&
                            tokens[at].IsLower && tokens[at].Folded == "la" ||
                            at > end && AlsoHolding(tokens[at]) || // "Bí thư kiêm Chủ tịch UBND huyện X"
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
                // "Phó Chủ tịch UBND phường, kiêm Chủ tịch Hội LHPN phường": a comma before "kiêm" joins the posts as "kiêm" alone does.
                if (opens && at > end && tokens[at].Is(",") && at + 2 < tokens.Count && AlsoHolding(tokens[at + 1]) &&
                    tokens[at + 1].Sentence == tokens[at].Sentence && TitleAfter(tokens, titles, at + 2) is not null) { at++; continue; }
                // "bà A (SN 1977), Tiến sĩ Báo chí học, Giám đốc Sở Ngoại vụ": a degree between commas, before a post.
                if (opens && tokens[at].Is(",") && DegreeItemEnd(tokens, at + 1) is { } degreeEnd && TitleAfter(tokens, titles, degreeEnd + 1) is not null)
                {
                    at = degreeEnd;
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
                    // "Tiếp Đại sứ Ai Cập A, Chủ tịch nước bày tỏ ...": the one received opens the sentence; the post after the comma,
                    // followed by its verb, is the host's, the sentence's subject.
                    if (at == end && ReceivedAtSentenceOpening(tokens, start) && title.End < tokens.Count && tokens[title.End].IsLower &&
                        tokens[title.End].Sentence == tokens[at].Sentence) break;
                    if (StackBeforeDashedName(tokens, titles, names, title) is not null) break; // so does a stack closed by "– name"
                    if (ChainClosedByName(tokens, titles, title)) break; // or by a post whose body the next name closes
                    person.Posts.Add((title, Math.Min(title.End, end > title.End ? end : title.End)));
                    claimed.Add(title.Start);
                    // "ông A, Phó Tư lệnh Tham mưu trưởng Vùng 2": the second post written right after the first's bare head.
                    if (title.End == title.HeadEnd && titles.TryGetValue(title.End, out var joined) && !claimed.Contains(joined.Start) &&
                        NameReader.TailName(tokens, joined) is null)
                    {
                        person.Posts.Add((joined, joined.End));
                        claimed.Add(joined.Start);
                        title = joined;
                    }
                    // "các ông A, B, C là Phó Chủ tịch Quốc hội khóa XIV": "là" after a list of bare names announced as plural.
                    if ((at == end || at == end + 1 && tokens[end].Folded == "deu") && tokens[at].Folded == "la" && person.Posts.Count == 1)
                    {
                        var mates = ListMates(tokens, people, person, forward: false);
                        var first = mates.MinBy(m => m.NameStart)!;
                        var marker = MarkerBefore(tokens, first.NameStart);
                        if (mates.Count > 1 && marker > 0 && first.NameStart - marker - 1 >= 0 &&
                            (tokens[first.NameStart - marker - 1].Folded == "cac" || IsCount(tokens, first.NameStart - marker - 1)))
                            foreach (var mate in mates.Where(m => m != person && m.Posts.Count == 0)) mate.Posts.Add((title, title.End));
                    }
                    at = title.End;
                    // "Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015 - 2020, Phó Chủ tịch ...": the term does not end the stack.
                    TermAfter(tokens, at, out var termEnd); if (termEnd > at) at = termEnd; // a term, or a committee's number in brackets
                    continue;
                }
                // "ông Nguyễn Văn A Chủ tịch UBND tỉnh ...": a post written right after an introduced name; "ông Nguyễn Văn A (SN 1960)
                // Giám đốc Sở X": after a remark in brackets too. "Đại tướng Phan Văn A Bộ trưởng Bộ Quốc phòng": a rank introduces
                // the name as a marker does.
                if ((at == end || at == afterRemark) && start > 0 &&
                    (IntroducesPerson(tokens, start - MarkerBefore(tokens, start)) && MarkerBefore(tokens, start) > 0 || RankBefore(tokens, start) > 0) &&
                    AdjacentPost(tokens, titles, at) is { } adjacent && !claimed.Contains(adjacent.Start) && NameReader.TailName(tokens, adjacent) is null)
                {
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
            // "Thứ trưởng Bộ Công an Thượng tướng Phạm Thế A": the post before the rank that introduces the name.
            // "Phó Chủ tịch Quốc hội, Thượng tướng Trần Quang A": a comma between them.
            var ranked = title is null && RankBefore(tokens, person.NameStart) is > 0 and var rankWords &&
                         titles.Values.FirstOrDefault(t => t.End > t.HeadEnd && (t.End == person.NameStart - rankWords ||
                             t.End == person.NameStart - rankWords - 1 && tokens[t.End].Is(","))) is { } beforeRank ? beforeRank : null;
            title ??= ranked;
            // "các Phó Chủ tịch HĐND tỉnh Nguyễn Đài Thy, Nguyễn Thanh Phong đồng chủ trì": a plural post before a list of names is
            // each name's.
            if (title is not null && !claimed.Contains(title.Start) && Plural(tokens, title.Start))
                foreach (var (listed, _) in ListedAfter(tokens, person.NameEnd))
                    if (people.FirstOrDefault(p => p.NameStart == listed) is { Posts.Count: 0 } mate)
                        mate.Posts.Add((title with { End = person.NameStart }, mate.NameEnd));
            var tail = true;
            while (title is not null && claimed.Add(title.Start))
            {
                person.Posts.Insert(0, (tail && title != ranked ? title with { End = TitleParser.EndBeforeName(tokens, person.NameStart) } : title, person.NameStart));
                tail = false;
                // "Phó Tư lệnh Tham mưu trưởng Vùng 2 Trần Văn A": the bare head written right before the post is A's too.
                if (titles.Values.FirstOrDefault(t => t.End == title.Start && t.End == t.HeadEnd) is { } bareBefore && !claimed.Contains(bareBefore.Start))
                {
                    title = bareBefore;
                    continue;
                }
                // "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ": a dash joins the posts before a name like a comma.
                var comma = title.Start - 1;
                if (comma < 1 || !(SeparatesPosts(tokens[comma]) || AlsoHolding(tokens[comma]))) break;
                title = titles.Values.FirstOrDefault(t => t.End == comma);
                // "thay mặt Thủ tướng Chính phủ, Phó Thủ tướng Y": the first post is the one Y acts for, not Y's.
                if (title is not null && OnBehalfBefore(tokens, title.Start)) break;
                // "giao nhiệm vụ cho tân Giám đốc Sở Y tế, Chủ tịch UBND tỉnh Y nhấn mạnh": the newcomer addressed is someone else.
                if (title is not null && NewcomerAddressed(tokens, title.HeadStart)) break;
                // "Chúc mừng ông A được bổ nhiệm làm Bộ trưởng X, Phó Thủ tướng B ...": the post a decision gives to the person its
                // clause names before it is that person's, not the next name's.
                if (title is not null && AppointedInClauseBefore(tokens, people, title)) break;
            }
        }

        // "Bí thư Tỉnh ủy Hà Giang, ông Y; Bí thư T.Ư Đoàn, anh Z tới dự": posts opening their clause, then a comma and a name
        // its marker introduces. Not after "thay mặt" (the post is the one acted for).
        foreach (var person in people)
        {
            var marker = MarkerBefore(tokens, person.NameStart);
            var comma = person.NameStart - marker - 1;
            // "Đại sứ Cộng hòa Pháp tại Việt Nam – ông Nicolas Warnery cùng đoàn": a dash before the marker does as the comma.
            if (marker == 0 || comma < 1 || !(tokens[comma].Is(",") || tokens[comma].Is("-") || tokens[comma].Is("–"))) continue;
            var chain = new List<Title>();
            while (comma >= 1 && (tokens[comma].Is(",") || chain.Count == 0 && (tokens[comma].Is("-") || tokens[comma].Is("–"))) && titles.Values.FirstOrDefault(t => t.End == comma && tokens[t.Start].Sentence == tokens[comma].Sentence) is { } post &&
                   !claimed.Contains(post.Start) && NameReader.TailName(tokens, post) is null)
            {
                chain.Insert(0, post);
                comma = post.Start - 1;
            }
            // After a dash the post needs no clause of its own: "(LĐ online) - Đại sứ Cộng hòa Pháp tại Việt Nam – ông Nicolas Warnery".
            var dashed = !tokens[person.NameStart - marker - 1].Is(",");
            if (chain.Count == 0 || !dashed && !OpensClause(tokens, chain[0].Start) || OnBehalfBefore(tokens, chain[0].Start)) continue;
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
        var heldHeadings = new HashSet<int>(); // headings whose members are given another post after the list: held, not given
        foreach (var (heading, colon) in ListHeadings(tokens, titles))
        {
            if (claimed.Contains(heading.Start)) continue;
            // "bổ nhiệm 3 Ủy viên Trung ương Đảng là A, B và C làm Thứ trưởng": the decision gives the post after the names; the
            // heading says what the members are.
            if ((tokens[colon].Folded == "la" || tokens[colon].Is(":")) && titles.Values.Any(t => t.Start > colon && tokens[t.Start].Sentence == tokens[colon].Sentence &&
                                                                     TriggerBefore(tokens, t.Start) == PostStatus.New))
                heldHeadings.Add(heading.Start);
            var itemsWithPosts = false; // whether the members before had posts of their own
            var membersBare = false; // whether the member before was named with no post of its own
            foreach (var (nameStart, lastJoined) in HeadingMembers(tokens, colon, titles))
            {
                // "13 ủy viên Hội đồng gồm: Chủ nhiệm Tổng cục Chính trị A; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ B; ...": an item
                // may write its member's own posts before the name.
                if ((people.FirstOrDefault(p => p.NameStart == nameStart) ??
                     people.FirstOrDefault(p => p.NameStart > nameStart && p.Posts.Any(q => q.Title.Start == nameStart))) is not { } member) continue;
                // "...: A, B và ông C, Giám đốc Sở X": a name joined by "và" with a post of its own is a member only when the
                // members before it had theirs too ("...: bà A, post và ông B, post").
                if (lastJoined && member.Posts.Count > 0 && !itemsWithPosts) continue;
                // "các Phó Chủ tịch Quốc hội: A, B; Đại sứ Việt Nam tại Nhật Bản C": after members named bare, an item whose own post
                // stands before its name is the next item of the sentence, not a member; the list ended before it.
                if (membersBare && member.Posts.Any(p => p.Title.Start < member.NameStart)) break;
                itemsWithPosts = member.Posts.Count > 0;
                membersBare = member.Posts.Count == 0;
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
            // "ông A, post và ông B, người vừa được bổ nhiệm giữ chức X": a relative clause after B's name is about B alone.
            if (after is null && person.NameEnd + 1 < tokens.Count && tokens[person.NameEnd].Is(",") && tokens[person.NameEnd + 1].IsLower &&
                tokens[person.NameEnd + 1].Lowered == "người")
                mates = [person];
            // "Trung tướng A, Chính ủy Quân khu 3 và Thiếu tướng B, Chính ủy Quân khu 5 đều được bổ nhiệm giữ chức X": "đều" (both,
            // all) before the post gives it to each name of the list, each with its own posts.
            // "Các đồng chí A – TGĐ VRG và B – TV HĐQT VRG giữ chức Phó Bí thư", "Các ông: A, post; B và C, post tái đắc cử X": a list
            // the plural markers open, each name with its own posts, takes the post too.
            if (after is null && mates.Count == 1 && TriggerBefore(tokens, title.Start) is not null &&
                MatesWithPosts(tokens, people, person) is { Count: > 1 } withPosts && (AllOfThem(tokens, person, title) || OpenedAsPlural(tokens, withPosts)))
                mates = withPosts;
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

        // "A được bầu giữ chức Chủ tịch UBND tỉnh thay đồng chí B": the one replaced held the post given, and holds it no more.
        foreach (var (start, takers) in given)
        {
            var title = titles[start];
            if (TriggerBefore(tokens, start) != PostStatus.New || ReplacedAfter(tokens, people, title) is not { } replaced || takers.Contains(replaced)) continue;
            replaced.Posts.Add((title with { Marked = PostStatus.Former }, replaced.NameEnd));
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

        // "Ủy viên Bộ Chính trị khóa X; Bí thư Trung ương Đảng khóa IX, X; đại biểu Quốc hội khóa VIII, XI.": a sentence that is
        // nothing but posts, after a biography's opening, states the posts of the person named before it.
        for (var start = 0; start < tokens.Count; start++)
        {
            if (start > 0 && tokens[start - 1].Sentence == tokens[start].Sentence || !titles.ContainsKey(start) || claimed.Contains(start)) continue;
            var chain = CareerChain(tokens, titles, start);
            if (chain.Count < 2 || chain.Any(t => claimed.Contains(t.Start)) || !SentenceEndsAt(tokens, chain[^1].End)) continue;
            if (CareerSubject(tokens, people, titles, start, namedInSentence: false) is not { } holder) continue;
            foreach (var title in chain)
            {
                claimed.Add(title.Start);
                holder.Posts.Add((title, title.End));
                career[title.Start] = PostStatus.Current;
            }
        }

        var mentions = new List<PostMention>();
        foreach (var person in people)
        {
            foreach (var (title, quoteEnd) in person.Posts)
            {
                var status = career.TryGetValue(title.Start, out var told) || respective.TryGetValue(title.Start, out told)
                    ? title.Marked ?? told : title.Marked ?? (heldHeadings.Contains(title.Start) ? PostStatus.Current : (PostStatus?)null) ?? TriggerBefore(tokens, title.Start) ??
                             (chained.Contains(title.Start) ? ChainStatus(tokens, titles, title) : null) ?? PostStatus.Current;
                // "Ông A giữ chức Giám đốc Sở X từ ngày 1/7 đến nay": held since then, now; not taken up in this event.
                if (status == PostStatus.New && HeldUntilNowAfter(tokens, title.End)) status = PostStatus.Current;
                var term = TermAfter(tokens, title.End, out var termEnd);
                // A given name alone stands for the full name it refers to; the quote reaches back to that name.
                var (nameStart, nameEnd) = referents.TryGetValue(person.NameStart, out var full) ? (full.Start, full.FullEnd) : (person.NameStart, person.NameEnd);
                var quoteStart = Math.Min(nameStart, title.Start);
                var end = Math.Max(Math.Max(person.NameEnd, title.End), Math.Max(quoteEnd, term is null ? 0 : termEnd));
                mentions.Add(new PostMention(nameStart, nameEnd, title.HeadStart, title.End, status, quoteStart, end, term)
                    { BodyStart = title.HeadEnd, InferredBody = title.InferredBody });
            }
        }
        return [.. mentions.OrderBy(m => m.QuoteStart).ThenBy(m => m.PostStart)];
    }

    /// <summary>"cố Thủ tướng Võ Văn Kiệt", "cố Tổng Bí thư A", "cố nhạc sĩ B": the name at <paramref name="start"/> follows "cố" (the late), with or without a head.</summary>
    private static bool NamedAsLate(IReadOnlyList<Token> tokens, int start)
    {
        var before = start - 1;
        if (TitleParser.HeadEndingAt(tokens, start) is { } head) before = start - head.Folded.Length - 1;
        return before >= 0 && tokens[before].IsLower && tokens[before].Lowered == "cố" && tokens[before].Sentence == tokens[start].Sentence;
    }

    private sealed class Person(int nameStart, int nameEnd)
    {
        public int NameStart { get; } = nameStart;
        public int NameEnd { get; } = nameEnd;
        /// <summary>Each post with the token where the quote for it must end.</summary>
        public List<(Title Title, int QuoteEnd)> Posts { get; } = [];
    }

    /// <summary>
    /// "sau khi thứ trưởng Đỗ Thắng Hải bị bắt": a head that may stand bare ("thứ trưởng", "bộ trưởng", "thủ tướng"), written in
    /// lower case right before a name the lexicon's family names open, is that person's post.
    /// </summary>
    private static bool LowerHeadBeforeName(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].IsLower && !(at > 0 && (IsCount(tokens, at - 1) || tokens[at - 1].Folded is "cac" or "nhung")) && // "hai thứ trưởng A và B": a list
        TitleParser.HeadAt(tokens, at, allowLower: true) is { Bare: true } head &&
        at + head.Folded.Length < tokens.Count && tokens[at + head.Folded.Length].Sentence == tokens[at].Sentence &&
        NameReader.LongestNameFrom(tokens, at + head.Folded.Length) is not null;

    /// <summary>"cho tân Giám đốc ...", "chúc mừng tân Bộ trưởng ...": a post naming the newcomer a verb addresses.</summary>
    private static bool NewcomerAddressed(IReadOnlyList<Token> tokens, int at) =>
        at > 1 && tokens[at - 1].IsLower && tokens[at - 1].Lowered == "tân" && tokens[at - 2].IsLower &&
        tokens[at - 2].Folded is "cho" or "mung" or "voi" or "gap" or "tiep";

    /// <summary>"Tiếp Đại sứ Ai Cập A, ...": the name at <paramref name="nameStart"/> is the object of "Tiếp" opening its sentence, before any comma.</summary>
    private static bool ReceivedAtSentenceOpening(IReadOnlyList<Token> tokens, int nameStart)
    {
        var i = nameStart;
        while (i > 0 && tokens[i - 1].Sentence == tokens[nameStart].Sentence && !tokens[i - 1].Is(",")) i--;
        // Not "Tiếp đoàn có đồng chí A, Tổng lãnh sự ...": there A receives, and the post after the comma is A's.
        return (i == 0 || tokens[i - 1].Sentence != tokens[nameStart].Sentence) && tokens[i].IsCapitalized && tokens[i].Folded == "tiep" &&
               !Enumerable.Range(i, nameStart - i).Any(k => tokens[k].IsLower && tokens[k].Folded == "co");
    }

    private static SortedDictionary<int, Title> ParseAllTitles(IReadOnlyList<Token> tokens)
    {
        var titles = new SortedDictionary<int, Title>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var lowerHead = TriggerBefore(tokens, i) is not null || tokens[i].Folded == "quyen" && i > 0 && tokens[i - 1].Folded == "giao" ||
                            DashBefore(tokens, i) || NationalAssemblyMemberAt(tokens, i) || CommaBefore(tokens, i) ||
                            i > 0 && tokens[i - 1].IsLower && tokens[i - 1].Folded == "la" || // "là ủy viên UBND tỉnh"
                            LowerHeadBeforeName(tokens, i);
            if (TitleParser.Parse(tokens, i, lowerHead) is not { } title)
            {
                // "trao quyết định bổ nhiệm phó chánh án cho các ông A, B": a head the decision names bare, its holders after it.
                if (TriggerBefore(tokens, i) is not null && TitleParser.HeadAt(tokens, i, allowLower: true) is { } bare &&
                    ObjectMarkerAt(tokens, i + bare.Folded.Length))
                    titles[i] = new Title(i, i, i + bare.Folded.Length, i + bare.Folded.Length, null);
                // "Các đồng chí: A, post và B, post làm Phó trưởng ban.": a head the decision names bare (its unit's noun at most,
                // in lower case), closing the sentence.
                else if (TriggerBefore(tokens, i) is not null && TitleParser.HeadAt(tokens, i) is { } closing &&
                         i + closing.Folded.Length is var closingEnd &&
                         (closingEnd < tokens.Count && tokens[closingEnd].IsLower && tokens[closingEnd].Lowered is "ban" or "phòng" or "đoàn"
                             ? closingEnd + 1 : closingEnd) is var bareEnd && ClosesSentence(tokens, bareEnd) &&
                         // "Đoàn ... do bà A, Chủ tịch X làm Trưởng đoàn.": heading a visiting delegation is a part in the visit, no post.
                         !(tokens[bareEnd - 1].Lowered == "đoàn" && i > 0 && tokens[i - 1].Folded == "lam"))
                    titles[i] = new Title(i, i, bareEnd, bareEnd, null);
                continue;
            }
            // "giới thiệu 2 đồng chí ứng cử đại biểu Quốc hội khóa XVI", "ứng cử viên Hội đồng nhân dân tỉnh": a seat stood for is
            // no post held, nor taken yet.
            if (StandsForAt(tokens, i)) { i = title.End - 1; continue; }
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
        // A head standing alone after a name, whose body no other post gives ("ông A, Phó Giám đốc, được bổ nhiệm").
        for (var i = 0; i < tokens.Count; i++)
            if (AppositiveBareHead(tokens, i) is { } appositive && !titles.ContainsKey(i) && !titles.Values.Any(t => t.Start < i && i < t.End))
                titles[i] = appositive;
        // "nguyên Bí thư kiêm Chủ tịch UBND huyện X": the status word covers the post joined by "kiêm" too.
        foreach (var title in titles.Values.ToList())
            if (title.Marked is { } status && title.End + 1 < tokens.Count && tokens[title.End].IsLower && tokens[title.End].Folded == "kiem" &&
                titles.TryGetValue(title.End + 1, out var joined) && joined.Marked is null)
                titles[joined.Start] = joined with { Marked = status };
        return titles;
    }

    /// <summary>
    /// "ông Nguyễn Văn A, Phó Giám đốc, được bổ nhiệm ...", "ông B - giám đốc, đồng thời ...", "ông C, Phó Tổng cục trưởng làm Quyền
    /// ...": a head standing alone right after a name and a comma or a dash, its unit left to the article, closed by punctuation or
    /// by a word that opens the clause ("được", "làm", "đã"). The post as written; null where anything else follows it.
    /// </summary>
    /// <summary>"ứng cử", "ứng cử viên", "người ứng cử" right before the token (a candidacy).</summary>
    private static bool StandsForAt(IReadOnlyList<Token> tokens, int at)
    {
        var from = at > 0 && tokens[at - 1].IsLower && tokens[at - 1].Folded == "vien" ? at - 1 : at;
        return from >= 2 && tokens[from - 1].IsLower && tokens[from - 2].IsLower && tokens[from - 2].Lowered == "ứng" && tokens[from - 1].Lowered == "cử";
    }

    private static Title? AppositiveBareHead(IReadOnlyList<Token> tokens, int at)
    {
        if (at < 2 || !(tokens[at - 1].Is(",") || tokens[at - 1].Is("-") || tokens[at - 1].Is("–")) || tokens[at - 2].Sentence != tokens[at].Sentence) return null;
        if (NameReader.NameEndingAt(tokens, at - 1) is null) return null;
        if (TitleParser.HeadAt(tokens, at, allowLower: true) is not { } head) return null;
        // An assistant, a member, a standing office or a bare "Trưởng" names no post without whom or what.
        if (head.Folded is ["tro", "ly"] or ["thanh", "vien"] or ["thuong", "truc"] or ["thuong", "vu"] or ["truong"] or ["pho", "truong"] or ["uy", "vien"]) return null;
        // A lower-case head only after a dash ("- giám đốc"): after a comma a lower-case word goes on the sentence ("ông A, chủ tịch
        // nước ..." is parsed with its body).
        if (tokens[at].IsLower && tokens[at - 1].Is(",")) return null;
        var end = at + head.Folded.Length;
        if (end >= tokens.Count || tokens[end].Sentence != tokens[at].Sentence) return new Title(at, at, end, end, null);
        var closes = tokens[end].Is(",") || tokens[end].Is(".") || tokens[end].Is(";") ||
                     tokens[end].IsLower && tokens[end].Lowered is "được" or "làm" or "đã" or "lên" or "đồng";
        return closes ? new Title(at, at, end, end, null) : null;
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
    /// An opening bracket likewise: "đối với bà Y (phó chủ tịch UBND xã)"; and a comma after a remark in brackets ("ông A (51
    /// tuổi), phó chủ tịch UBND tỉnh").
    /// </summary>
    private static bool CommaBefore(IReadOnlyList<Token> tokens, int at) =>
        at >= 2 && tokens[at].IsLower && (tokens[at - 1].Is(",") || tokens[at - 1].Is("(")) &&
        (tokens[at - 2].IsWord || tokens[at - 1].Is(",") && tokens[at - 2].Is(")")) && tokens[at - 2].Sentence == tokens[at].Sentence;

    /// <summary>
    /// The post at <paramref name="at"/>, right after a name: a parsed one, or one in lower case when its body names something
    /// ("Đồng chí Lê Văn A ủy viên BCH TW Đảng, Bí thư Tỉnh ủy").
    /// </summary>
    private static Title? AdjacentPost(IReadOnlyList<Token> tokens, SortedDictionary<int, Title> titles, int at) =>
        titles.TryGetValue(at, out var post) ? post
        : at > 0 && tokens[at].IsLower && tokens[at].Sentence == tokens[at - 1].Sentence ? TitleParser.Parse(tokens, at, lowerHead: true) : null;

    /// <summary>
    /// "... giữ chức Chủ tịch UBND tỉnh thay đồng chí B", "..., nhiệm kỳ 2021-2026, thay thế ông B": the person a post given
    /// replaces, named right after the post (past its term) by "thay", "thay thế" or "thay cho" and a marker; or null.
    /// </summary>
    private static Person? ReplacedAfter(IReadOnlyList<Token> tokens, List<Person> people, Title title)
    {
        var at = title.End;
        if (at < tokens.Count && tokens[at].Is(",")) at++;
        TermAfter(tokens, at, out var termEnd);
        if (termEnd > at) at = termEnd;
        if (at < tokens.Count && tokens[at].Is(",")) at++;
        if (at + 2 >= tokens.Count || tokens[at].Sentence != tokens[title.Start].Sentence || !tokens[at].IsLower || tokens[at].Lowered != "thay") return null;
        at++;
        if (tokens[at].IsLower && tokens[at].Lowered is "thế" or "cho") at++;
        var marker = at < tokens.Count ? MarkerLength(tokens, at) : 0;
        return marker == 0 ? null : people.FirstOrDefault(p => p.NameStart == at + marker);
    }

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

    /// <summary>
    /// "đoàn Vĩnh Long," opening a bracket after a deputy's name: the province's delegation they sit in, a comma after it. Where
    /// the comma is, or null.
    /// </summary>
    private static int? DelegationInBracketEnd(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !tokens[at].IsLower || tokens[at].Lowered != "đoàn" || tokens[at + 1].Sentence != tokens[at].Sentence) return null;
        var place = Places.LengthAt(tokens, at + 1);
        return place > 0 && at + 1 + place < tokens.Count && tokens[at + 1 + place].Is(",") ? at + 1 + place : null;
    }

    /// <summary>
    /// The post is given by a decision right before it ("được bổ nhiệm làm", "được bầu giữ chức") to a person named earlier in the
    /// same clause, with no comma, ";" or colon between that name and the post.
    /// </summary>
    private static bool AppointedInClauseBefore(IReadOnlyList<Token> tokens, List<Person> people, Title title)
    {
        if (TriggerBefore(tokens, title.Start) != PostStatus.New) return false;
        var sentence = tokens[title.Start].Sentence;
        return people.Any(p => p.NameEnd <= title.Start && tokens[p.NameStart].Sentence == sentence &&
                               Enumerable.Range(p.NameEnd, title.Start - p.NameEnd).All(k => tokens[k].IsWord));
    }

    /// <summary>"từ ngày 1/7 đến nay", "từ năm 2020 tới nay" right after a post (a term between allowed), in its clause.</summary>
    private static bool HeldUntilNowAfter(IReadOnlyList<Token> tokens, int at)
    {
        TermAfter(tokens, at, out var termEnd);
        if (termEnd > at) at = termEnd;
        if (at >= tokens.Count || !tokens[at].IsLower || tokens[at].Folded != "tu") return false;
        for (var k = at + 1; k + 1 < tokens.Count && k <= at + 8 && tokens[k].Sentence == tokens[at].Sentence && !tokens[k].Is(",") && !tokens[k].Is(";"); k++)
            if (tokens[k].IsLower && tokens[k].Folded is "den" or "toi" && tokens[k + 1].IsLower && tokens[k + 1].Folded == "nay") return true;
        return false;
    }
}
