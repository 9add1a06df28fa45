using PolityGraph.Extractor.Text;
using PolityGraph.GraphModel.Vocabulary;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// A person's part in the reported event: who chaired, led, spoke, presented, attended or was a member,
/// with the verbatim quotes that say so (one or more: a list's opening clause and the person's item).
/// </summary>
public sealed record ParticipationMention(string Person, ParticipationRole Role, IReadOnlyList<string> Quotes);

/// <summary>
/// Reads participations from the press's two shapes, around a person's mention (the name, the marker
/// before it and the stack of posts around it):
/// <list type="bullet">
/// <item>a verb right after the mention: "Bí thư Tỉnh ủy X phát biểu", "đồng chí X, post, đã trình bày",
/// "do đồng chí X, post, chủ trì", "X đến dự và phát biểu", "... làm Trưởng đoàn";</item>
/// <item>a clause opening the sentence and naming the role, then the mention after its comma or, in a list,
/// after "có": "Phát biểu kết luận, đồng chí X ...", "Chủ trì hội nghị có các đồng chí: A; B",
/// "Tham gia Đoàn có đồng chí X, post".</item>
/// </list>
/// A post with no name ("Bí thư Tỉnh ủy phát biểu") gives no participation: the person is not named.
/// </summary>
public static class ParticipationReader
{
    /// <summary>Verbs after a person, with diacritics (lower case): "dự" is not "du", nor "dù".</summary>
    private static readonly (string[] Words, ParticipationRole Role)[] Verbs = Phrases(
        ("đồng chủ trì", ParticipationRole.CHAIRED), ("chủ trì", ParticipationRole.CHAIRED),
        ("làm trưởng đoàn", ParticipationRole.LED), ("dẫn đầu", ParticipationRole.LED),
        ("trình bày", ParticipationRole.PRESENTED), ("báo cáo", ParticipationRole.PRESENTED),
        ("phát biểu", ParticipationRole.SPOKE), ("kết luận", ParticipationRole.SPOKE), ("nhấn mạnh", ParticipationRole.SPOKE),
        ("khẳng định", ParticipationRole.SPOKE), ("cho biết", ParticipationRole.SPOKE), ("yêu cầu", ParticipationRole.SPOKE),
        ("đề nghị", ParticipationRole.SPOKE), ("giải trình", ParticipationRole.SPOKE), ("tiếp thu", ParticipationRole.SPOKE),
        ("nêu rõ", ParticipationRole.SPOKE), ("chia sẻ", ParticipationRole.SPOKE), ("lưu ý", ParticipationRole.SPOKE),
        ("đến dự", ParticipationRole.ATTENDED), ("về dự", ParticipationRole.ATTENDED), ("tham dự", ParticipationRole.ATTENDED),
        ("dự", ParticipationRole.ATTENDED));

    /// <summary>Clauses opening a sentence that name the role of the person after them.</summary>
    private static readonly (string[] Words, ParticipationRole Role)[] Openers = Phrases(
        ("đồng chủ trì", ParticipationRole.CHAIRED), ("chủ trì", ParticipationRole.CHAIRED),
        ("dẫn đầu đoàn", ParticipationRole.LED), ("trưởng đoàn", ParticipationRole.LED),
        ("trình bày", ParticipationRole.PRESENTED), ("báo cáo", ParticipationRole.PRESENTED),
        ("phát biểu", ParticipationRole.SPOKE), ("kết luận", ParticipationRole.SPOKE),
        ("tham gia đoàn", ParticipationRole.MEMBER), ("thành viên đoàn", ParticipationRole.MEMBER),
        ("tham dự", ParticipationRole.ATTENDED), ("dự", ParticipationRole.ATTENDED));

    /// <summary>Words that may stand between a person and the verb: "đã", "cũng", "đều", "vẫn".</summary>
    private static readonly HashSet<string> Adverbs = ["đã", "cũng", "đều", "vẫn"];

    public static IReadOnlyList<ParticipationMention> Read(string text, IReadOnlyList<Token> tokens, IReadOnlyList<PostMention> mentions)
    {
        var found = new List<(string Person, ParticipationRole Role, string Quote)>();
        foreach (var (nameStart, nameEnd) in MentionReader.Names(tokens))
        {
            var own = mentions.Where(m => m.NameStart == nameStart).ToList();
            var person = string.Join(' ', Enumerable.Range(nameStart, nameEnd - nameStart).Select(i => tokens[i].Text));
            var (left, right) = Block(tokens, own, nameStart, nameEnd);
            var sentence = tokens[nameStart].Sentence;

            // A verb after the mention, and a second one after "và": "đến dự và phát biểu".
            var at = right;
            if (at < tokens.Count && tokens[at].Is(",") && tokens[at].Sentence == sentence) at++;
            while (at < tokens.Count && tokens[at].IsWord && Adverbs.Contains(tokens[at].Lowered)) at++;
            while (PhraseAt(tokens, at, sentence, Verbs, lowerCase: true) is { } verb && !NotAttending(tokens, at, verb.Words))
            {
                at += verb.Words.Length;
                // The meeting right after the verb belongs to the quote: "chủ trì hội nghị", "phát biểu tại Đại hội".
                var meeting = MeetingAfter(tokens, at, sentence);
                found.Add((person, verb.Role, ArticleExtractor.Span(text, tokens, left, at + meeting)));
                if (at + 1 < tokens.Count && tokens[at].Lowered == "và" && tokens[at].Sentence == sentence) at++;
                else break;
            }

            // A clause opening the sentence: the mention right after its first comma, or after "có" in a list.
            var first = SentenceStart(tokens, nameStart);
            if (PhraseAt(tokens, first, sentence, Openers, lowerCase: false) is not { } opener || NotAttending(tokens, first, opener.Words)) continue;
            var comma = Enumerable.Range(first, nameStart - first).FirstOrDefault(i => tokens[i].Is(","), -1);
            if (comma >= 0 && comma == left - 1)
            {
                found.Add((person, opener.Role, ArticleExtractor.Span(text, tokens, first, right)));
                continue;
            }
            var co = Enumerable.Range(first, left - first).FirstOrDefault(i => tokens[i].Lowered == "có", -1);
            if (co < 0 || (comma >= 0 && comma < co)) continue;
            // "có các đồng chí:" closes the clause; each person of the list is quoted with the clause.
            var clauseEnd = co + 1;
            while (clauseEnd < left && (tokens[clauseEnd].Lowered is "các" || MentionReader.MarkerLength(tokens, clauseEnd) > 0 || tokens[clauseEnd].Is(":")))
                clauseEnd += Math.Max(1, MentionReader.MarkerLength(tokens, clauseEnd));
            found.Add((person, opener.Role, ArticleExtractor.Span(text, tokens, first, clauseEnd)));
            found.Add((person, opener.Role, ArticleExtractor.Span(text, tokens, left, right)));
        }
        return [.. found.GroupBy(f => (f.Person, f.Role))
            .Select(g => new ParticipationMention(g.Key.Person, g.Key.Role, [.. g.Select(f => f.Quote).Distinct(StringComparer.Ordinal)]))];
    }

    /// <summary>
    /// The tokens a person's mention covers: the marker ("đồng chí", "ông"), the posts stacked before the name
    /// and those after it joined by commas or a list's semicolons.
    /// </summary>
    private static (int Left, int Right) Block(IReadOnlyList<Token> tokens, List<PostMention> own, int nameStart, int nameEnd)
    {
        var left = nameStart;
        var right = nameEnd;
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var m in own)
            {
                var start = m.PostStart > 0 && tokens[m.PostStart - 1].Lowered is "nguyên" or "quyền" ? m.PostStart - 1 : m.PostStart;
                if (m.PostEnd == left || (m.PostEnd == left - 1 && tokens[left - 1].Is(",")))
                    if (start < left) { left = start; grown = true; }
                if (start == right + 1 && (tokens[right].Is(",") || tokens[right].Is(";")) && m.PostEnd > right)
                { right = m.PostEnd; grown = true; }
            }
        }
        if (left >= 2 && MentionReader.MarkerLength(tokens, left - 2) == 2) left -= 2;
        else if (left >= 1 && MentionReader.MarkerLength(tokens, left - 1) == 1) left -= 1;
        return (left, right);
    }

    /// <summary>"dự" opening another word is not attending: "dự kiến" (plans), "dự thảo" (a draft), "dự án", "dự toán".</summary>
    private static bool NotAttending(IReadOnlyList<Token> tokens, int at, string[] verb) =>
        verb is ["dự"] && at + 1 < tokens.Count && tokens[at + 1].Lowered is "kiến" or "thảo" or "án" or "toán" or "báo" or "trù" or "định" or "khuyết";

    private static readonly string[][] Meetings =
        [.. new[] { "hội nghị", "đại hội", "buổi làm việc", "phiên họp", "kỳ họp", "cuộc họp", "buổi lễ", "phiên làm việc" }
            .Select(m => m.Normalize(System.Text.NormalizationForm.FormC).Split(' '))];

    /// <summary>How many tokens of "[tại] hội nghị" (a meeting's kind, optionally after "tại") start at <paramref name="at"/>; 0 if none.</summary>
    private static int MeetingAfter(IReadOnlyList<Token> tokens, int at, int sentence)
    {
        var skip = at < tokens.Count && tokens[at].Lowered == "tại" ? 1 : 0;
        foreach (var meeting in Meetings)
        {
            var match = at + skip + meeting.Length <= tokens.Count;
            for (var k = 0; k < meeting.Length && match; k++)
                match = tokens[at + skip + k].IsWord && tokens[at + skip + k].Sentence == sentence && tokens[at + skip + k].Lowered == meeting[k];
            if (match) return skip + meeting.Length;
        }
        return 0;
    }

    private static int SentenceStart(IReadOnlyList<Token> tokens, int at)
    {
        while (at > 0 && tokens[at - 1].Sentence == tokens[at].Sentence) at--;
        return at;
    }

    private static (string[] Words, ParticipationRole Role)? PhraseAt(
        IReadOnlyList<Token> tokens, int at, int sentence, (string[] Words, ParticipationRole Role)[] phrases, bool lowerCase)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Words.Length > tokens.Count) continue;
            var match = true;
            for (var i = 0; i < phrase.Words.Length && match; i++)
            {
                var token = tokens[at + i];
                match = token.IsWord && token.Sentence == sentence && token.Lowered == phrase.Words[i] && (!lowerCase || i > 0 || token.IsLower);
            }
            if (match) return phrase;
        }
        return null;
    }

    private static (string[] Words, ParticipationRole Role)[] Phrases(params (string Text, ParticipationRole Role)[] phrases) =>
        [.. phrases.Select(p => (p.Text.Normalize(System.Text.NormalizationForm.FormC).Split(' '), p.Role)).OrderByDescending(p => p.Item1.Length)];
}
