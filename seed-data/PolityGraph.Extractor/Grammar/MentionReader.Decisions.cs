using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

// Decisions: the person a post is given to or taken from, its subject, list mates, "lần lượt", acting grants.
public static partial class MentionReader
{
    /// <summary>
    /// The person a decision names after its post, in the same sentence: "đối với [ông/bà/đồng chí] Y" or
    /// "cho ông/bà/đồng chí Y". The search stops at the sentence's end, a ";" or another person named otherwise.
    /// </summary>
    private static Person? ObjectAfter(IReadOnlyList<Token> tokens, List<Person> people, Title title)
    {
        var sentence = tokens[title.Start].Sentence;
        for (var i = title.End; i < tokens.Count && tokens[i].Sentence == sentence && !tokens[i].Is(";") && !tokens[i].Is(")"); i++)
        {
            // "bãi nhiệm chức vụ Chủ tịch UBND tỉnh (nhiệm kỳ 2021-2026) đối với ông A": the post's term in brackets.
            if (BracketedTermEnd(tokens, i) is { } termEnd)
            {
                i = termEnd - 1;
                continue;
            }
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
                var objectAt = listAt + (listAt < tokens.Count ? MarkerLength(tokens, listAt) : 0);
                // "đối với Đại tá Vũ Văn A": a rank between the marker (if any) and the name.
                nameAt = objectAt < tokens.Count ? objectAt + RankLength(tokens, objectAt) : objectAt;
            }
            // Not "thay cho ông Y" (in place of Y): Y is the one replaced.
            // "cho PGS.TS Y", "cho Đại tá Y": a rank or an academic title introduces the object as a marker does.
            else if (tokens[i].Folded == "cho" && i + 1 < tokens.Count && (MarkerLength(tokens, i + 1) > 0 || RankLength(tokens, i + 1) > 0) && tokens[i - 1].Folded != "thay")
                nameAt = i + 1 + MarkerLength(tokens, i + 1) is var afterMarker && afterMarker < tokens.Count ? afterMarker + RankLength(tokens, afterMarker) : afterMarker;
            // "cho các ông, bà: A, B, C": the plural markers, then a colon before the first name.
            else if (tokens[i].Folded == "cho" && i + 2 < tokens.Count && tokens[i + 1].IsLower && tokens[i + 1].Folded == "cac" &&
                     ColonAfterMarkers(tokens, i + 2) is { } listColon)
                nameAt = listColon + 1 + (listColon + 1 < tokens.Count ? MarkerLength(tokens, listColon + 1) : 0);
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
    /// <summary>After a term or a committee's number in brackets opened at <paramref name="at"/> ("(nhiệm kỳ 2021-2026)", "(khóa XVI)"), or null.</summary>
    private static int? BracketedTermEnd(IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Is("(") && (TermAfter(tokens, at, out var end) is not null || end > at) ? end : null;

    /// <summary>"được [post] Name": the name is the agent of a passive, named right after "được" or a post there. The index of "được", or null.</summary>
    private static int? AgentAfterDuoc(IReadOnlyList<Token> tokens, Person person)
    {
        var at = person.NameStart - 1;
        at -= MarkerBefore(tokens, person.NameStart);
        // Back over the post whose body the name closes ("Thủ tướng", "Bộ trưởng Bộ Công an").
        var head = at;
        while (head > 0 && head >= person.NameStart - 8 && tokens[head].IsWord && tokens[head].Sentence == tokens[person.NameStart].Sentence &&
               !(tokens[head].IsLower && tokens[head].Folded == "duoc")) head--;
        if (head >= 0 && head < person.NameStart && tokens[head].IsLower && tokens[head].Folded == "duoc" &&
            (head == at || TitleParser.HeadAt(tokens, head + 1) is not null)) return head;
        return null;
    }

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
        // "A đã được Thủ tướng Phạm Minh Chính bổ nhiệm giữ chức X": the one named after "được" (with the post that closes on
        // the name) appoints; the subject is named before "được".
        if (AgentAfterDuoc(tokens, person) is { } duoc)
            person = people.Where(p => p.NameEnd <= duoc && tokens[p.NameStart].Sentence == tokens[title.Start].Sentence).MaxBy(p => p.NameEnd);
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
        if (at < 0 || at == title.Start - 1) return null;
        // "ông được Ban Chấp hành Đảng bộ tỉnh Bắc Giang bầu giữ chức X": the body that elects, capitalised, between "được" and the
        // election's words; no punctuation and no person named there.
        if (Sex(tokens[at]) is null)
        {
            var duoc = at;
            while (duoc > 0 && at - duoc < 12 && tokens[duoc].IsWord && tokens[duoc].Sentence == tokens[at].Sentence &&
                   !(tokens[duoc].IsLower && tokens[duoc].Folded == "duoc")) duoc--;
            if (duoc > 0 && tokens[duoc].IsLower && tokens[duoc].Folded == "duoc" && tokens[duoc + 1].IsCapitalized &&
                !people.Any(p => p.NameStart > duoc && p.NameStart <= at)) at = duoc - 1;
        }
        if (at < 0 || Sex(tokens[at]) is null || tokens[at].Sentence != tokens[title.Start].Sentence) return null;
        return CareerSubject(tokens, people, titles, at + 1, namedInSentence: false);
    }

    private static readonly HashSet<string> AppointedWords =
        ["duoc", "da", "tiep", "tuc", "chinh", "thuc", "bo", "nhiem", "bau", "lam", "giu", "chuc", "vu", "danh", "dieu", "dong", "luan",
         "chuyen", "phan", "cong", "chi", "dinh", "cu", "tai", "dac", "trung", "nhan", "sang", "ve", "len", "vi", "tri", "cuong", "la"];

    /// <summary>
    /// "đều" (both, all of them) between the subject's name and its stack's end on one side and the post on the other, in one
    /// clause: "A, post và B, post đều được bổ nhiệm giữ chức X".
    /// </summary>
    private static bool AllOfThem(IReadOnlyList<Token> tokens, Person person, Title title)
    {
        var from = Math.Max(person.NameEnd, StackEnd(person));
        if (from > title.Start) return false;
        for (var i = from; i < title.Start; i++)
        {
            if (!tokens[i].IsWord && !tokens[i].Is(",") || tokens[i].Sentence != tokens[title.Start].Sentence) return false;
            if (tokens[i].IsLower && tokens[i].Folded == "deu") return true;
        }
        return false;
    }

    /// <summary>
    /// The person and the names before it joined by ",", ";" or "và", each followed by its own posts ("A, Chính ủy Quân khu 3 và B,
    /// Chính ủy Quân khu 5"), within the sentence.
    /// </summary>
    private static List<Person> MatesWithPosts(IReadOnlyList<Token> tokens, List<Person> people, Person person)
    {
        var mates = new List<Person> { person };
        var current = person;
        while (true)
        {
            var joint = current.NameStart - IntroducedBy(tokens, current.NameStart) - 1;
            if (joint < 1 || !(tokens[joint].Is(",") || tokens[joint].Is(";") || tokens[joint].IsLower && tokens[joint].Folded == "va")) break;
            var previous = people.FirstOrDefault(p => p != current && !mates.Contains(p) &&
                                                      (p.NameEnd == joint || StackEnd(p) == joint) &&
                                                      tokens[p.NameStart].Sentence == tokens[person.NameStart].Sentence);
            // "bầu các ông: A, post giữ chức X; B, post làm Y": an item with a decision of its own shares no other item's.
            if (previous is null || previous.Posts.Any(p => TriggerBefore(tokens, p.Title.Start) is not null)) break;
            mates.Add(previous);
            current = previous;
        }
        return mates;
    }

    /// <summary>The words right before a name that introduce it: a person's marker ("ông", "đồng chí") or else a rank; 0 if none.</summary>
    private static int IntroducedBy(IReadOnlyList<Token> tokens, int nameStart) =>
        MarkerBefore(tokens, nameStart) is > 0 and var marker ? marker : RankBefore(tokens, nameStart);

    /// <summary>Where the posts written after a person's name end: the last post's end, or -1 when it has none.</summary>
    private static int StackEnd(Person person) => person.Posts.Count > 0 ? person.Posts.Max(p => p.Title.End) : -1;

    /// <summary>
    /// The first of the listed people is introduced by plural markers: "Các đồng chí A", "các ông: A", "Các ông, bà: A".
    /// A list joined by ";" counts only so opened.
    /// </summary>
    private static bool OpenedAsPlural(IReadOnlyList<Token> tokens, List<Person> listed)
    {
        var first = listed.MinBy(p => p.NameStart)!;
        var at = first.NameStart;
        if (at > 0 && tokens[at - 1].Is(":")) at--;
        while (at > 0 && (tokens[at - 1].Is(",") && at > 1 && MarkerLength(tokens, at - 2) == 1)) at--; // "các ông, bà:"
        var marker = MarkerBefore(tokens, at);
        var plural = marker > 0 && at - marker - 1 >= 0 && tokens[at - marker - 1].Folded == "cac";
        if (!plural && listed.Any(p => p != first && tokens[p.NameStart - IntroducedBy(tokens, p.NameStart) - 1].Is(";"))) return false;
        return plural;
    }

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
        // "Ông A, post, bà B và ông C được chỉ định ...": names without posts after a first member given posts of their own,
        // each named after a marker, the first opening the sentence and the last joined by "và".
        if (!forward && mates.Count > 1 && mates.All(m => MarkerBefore(tokens, m.NameStart) > 0))
        {
            var earliest = mates.MinBy(m => m.NameStart)!;
            var joint = earliest.NameStart - MarkerBefore(tokens, earliest.NameStart) - 1;
            var last = mates.MaxBy(m => m.NameStart)!;
            if (joint > 0 && tokens[joint].Is(",") && tokens[last.NameStart - MarkerBefore(tokens, last.NameStart) - 1].Folded == "va" &&
                people.FirstOrDefault(p => p.Posts.Count > 0 && p.Posts.Max(q => q.Title.End) == joint) is { } opener &&
                MarkerBefore(tokens, opener.NameStart) is > 0 and var openerMarker && OpensSentence(tokens, opener.NameStart - openerMarker))
                mates.Add(opener);
        }
        if (mates.Count > 1) return mates;
        // Members each with their own posts: "bầu các ông A, post; Đại tá B, post; C, post giữ chức X" and "đối với:
        // Ông A, post; ông B" or "đối với 4 đại biểu, gồm các ông A- post, B- post và C- post". Taken only when the
        // list is announced as one ("các ông/bà/đồng chí", "gồm", a colon) before its first member.
        var members = ListWithPosts(tokens, people, person, forward);
        // "Ông A, post, post; bà B, post, post được bầu làm X": a sentence opened by its first member, the members apart by ";".
        var sentenceList = !forward && members.Count > 1 && OpensSentence(tokens, members[0].NameStart - MarkerBefore(tokens, members[0].NameStart)) &&
                           Enumerable.Range(members[0].NameEnd, Math.Max(0, members[^1].NameStart - members[0].NameEnd)).Any(i => tokens[i].Is(";"));
        // "Bà A, post và ông B, post, được bầu giữ chức X", "Kết quả, ông A, post, và ông B, post, đã được bầu làm X": members
        // each named after a marker, the last after "và", the first opening the sentence or a clause after a comma.
        var pairedList = !forward && members.Count > 1 && members.All(m => MarkerBefore(tokens, m.NameStart) > 0) &&
                         members[^1].NameStart - MarkerBefore(tokens, members[^1].NameStart) - 1 is var va && va > 0 && tokens[va].Folded == "va" &&
                         members[0].NameStart - MarkerBefore(tokens, members[0].NameStart) is var first &&
                         (OpensSentence(tokens, first) || tokens[first - 1].Is(",") || TriggerBefore(tokens, first) is not null);
        return members.Count > 1 && (Announced(tokens, members[0].NameStart) || sentenceList || pairedList) ? members : mates;
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
            // "ông A (post) và ông B (post)": the bracket closing the earlier member's posts belongs to its item.
            if (gap.Count > 0 && gap[0].Is(")")) { gap.RemoveAt(0); gapAt.RemoveAt(0); }
            // "; tiến sỹ kinh tế B", "; giáo sư, tiến sỹ kinh tế B": a member's academic titles before the name, no clause.
            if (AcademicTitlesStart(gap) is { } titled) { gap.RemoveRange(titled, gap.Count - titled); gapAt.RemoveRange(titled, gapAt.Count - titled); }
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

    /// <summary>
    /// Where academic titles closing <paramref name="gap"/> start, right after a separator: degrees, each with up to three
    /// lower-case words of its field, joined by commas ("tiến sỹ kinh tế", "giáo sư, tiến sỹ kinh tế", "thạc sỹ"); or null.
    /// </summary>
    private static int? AcademicTitlesStart(List<Token> gap)
    {
        for (var start = 1; start < gap.Count; start++)
        {
            if (!(gap[start - 1].Is(",") || gap[start - 1].Is(";") || gap[start - 1].Folded == "va")) continue;
            var i = start;
            while (AcademicDegreeLength(gap, i) is > 0 and var degree)
            {
                i += degree;
                for (var field = 0; field < 3 && i < gap.Count && gap[i].IsLower && AcademicDegreeLength(gap, i) == 0; field++) i++;
                if (i == gap.Count) return start;
                if (!gap[i].Is(",")) break;
                i++;
            }
        }
        return null;
    }

    /// <summary>An academic degree or title at <paramref name="at"/> ("tiến sỹ", "thạc sĩ", "giáo sư", "phó giáo sư", "kỹ sư", "cử nhân"): its words, or 0.</summary>
    private static int AcademicDegreeLength(List<Token> words, int at)
    {
        if (at + 1 >= words.Count || !words[at + 1].IsWord) return 0;
        var pair = words[at].Folded + " " + words[at + 1].Folded;
        if (DegreeWords.Contains(pair) || pair is "giao su" or "bac si" or "bac sy") return 2;
        return pair == "pho giao" && at + 2 < words.Count && words[at + 2].Folded == "su" ? 3 : 0;
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
        if (comma < 1 || !tokens[comma].Is(",")) return null;
        // "bãi nhiệm chức vụ Chủ tịch UBND tỉnh, đại biểu HĐND tỉnh (nhiệm kỳ 2021-2026) đối với ông A": past the post's term.
        var end = title.End;
        if (BracketedTermEnd(tokens, end) is { } termEnd) end = termEnd;
        // "thôi Ủy viên Ủy ban MTTQ tỉnh, Phó Chủ tịch Ủy ban MTTQ tỉnh đối với đồng chí Y": the decision's object closes it too,
        // and then the post may be written in lower case ("đại biểu HĐND tỉnh").
        var toObject = end + 1 < tokens.Count && tokens[end].Folded == "doi" && tokens[end + 1].Folded == "voi";
        var ends = end >= tokens.Count || tokens[end].Sentence != tokens[title.Start].Sentence || tokens[end].Is(";") || tokens[end].Is(".");
        if (!(toObject || ends && tokens[title.Start].IsCapitalized)) return null;
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

    // "Báo cáo với Phó Thủ tướng, Phó Chủ tịch UBND tỉnh A cho biết": the post reported to is another's, as the one acted for is.
    private static readonly string[] OnBehalfPhrases = ["thay mat", "thua lenh", "thua uy quyen", "uy quyen cua", "bao cao voi"];

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
}
