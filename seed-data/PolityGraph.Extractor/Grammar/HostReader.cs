using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>A body hosting the reported event: its name as written, with the place context gives, and the quote.</summary>
public sealed record HostMention(string Written, string Name, string? PlaceFromContext, string Quote);

/// <summary>
/// The bodies that hold the reported event, read in the sentence that dates it, in three shapes:
/// <list type="bullet">
/// <item>the meeting's own body after its kind: "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Đại hội đại biểu lần thứ
/// XIII Đảng bộ Khối ...", "hội nghị ... của Ban Chỉ đạo ...";</item>
/// <item>the body a delegation works with: "làm việc với Ban Thường vụ Tỉnh ủy";</item>
/// <item>the body that organises it: "Ban Thường vụ Huyện ủy tổ chức hội nghị".</item>
/// </list>
/// A body's name opens with a body word (Ban, Đảng bộ, Tỉnh ủy, UBND, Ủy ban, Hội đồng, Sở...) and runs as a post's
/// body does (<see cref="TitleParser.BodyEnd"/>); a local body with no place takes it from context.
/// </summary>
public static class HostReader
{
    private static readonly string[][] Openers = Words(
        "ban", "đảng bộ", "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "ubnd", "hđnd", "ủy ban", "uỷ ban",
        "hội đồng", "bộ", "sở", "chính phủ", "quốc hội", "mặt trận", "thường trực");

    private static readonly string[][] Kinds = Words("hội nghị", "đại hội", "kỳ họp", "phiên họp");

    /// <summary>Words between a meeting's kind and its body: "đại biểu", "lần thứ XIII", "thứ 20", "của".</summary>
    private static readonly HashSet<string> Between = ["đại", "biểu", "lần", "thứ", "của", "toàn", "thể", "mở", "rộng", "thường", "kỳ"];

    public static IReadOnlyList<HostMention> Read(string text, IReadOnlyList<Token> tokens, int sentence, PlaceContext places)
    {
        var hosts = new List<HostMention>();
        var inSentence = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Sentence == sentence).ToList();
        if (inSentence.Count == 0) return hosts;
        var (first, last) = (inSentence[0], inSentence[^1] + 1);
        for (var i = first; i < last; i++)
        {
            int? bodyAt = null;
            var cue = (Start: i, End: i + 1);
            if (PhraseAt(tokens, i, Kinds) is { } kind)
            {
                var at = i + kind;
                // "lần thứ XIII", "thứ 20": an ordinal is capitalised or a number, and belongs to the kind.
                while (at < last && (Between.Contains(tokens[at].Lowered) || IsOrdinal(tokens, at))) at++;
                bodyAt = at;
                cue = (i, at);
            }
            else if (tokens[i].Lowered == "với" && i > first && tokens[i - 1].Lowered == "việc" && i - 2 >= first && tokens[i - 2].Lowered == "làm")
            {
                bodyAt = i + 1;
                cue = (i - 2, i + 1);
            }
            else if (tokens[i].Lowered == "tổ" && i + 1 < last && tokens[i + 1].Lowered == "chức" && tokens[i].IsLower)
            {
                // The subject before "tổ chức": the first body opener whose name runs to it ("Ban Chấp hành Đảng bộ tỉnh", not "Đảng bộ tỉnh").
                for (var start = first; start < i && bodyAt is null; start++)
                    if (PhraseAt(tokens, start, Openers) is > 0 && tokens[start].IsCapitalized && TitleParser.BodyEnd(tokens, start, start) == i)
                        bodyAt = start;
                cue = (i, i + 2);
            }
            if (bodyAt is not { } from || from >= last || !tokens[from].IsCapitalized || PhraseAt(tokens, from, Openers) is null) continue;
            var end = TitleParser.BodyEnd(tokens, from, from);
            if (end <= from + 1 && !tokens[from].IsAbbreviation && tokens[from].Lowered is "ban" or "bộ" or "sở") continue; // "Ban" alone names nothing
            var written = ArticleExtractor.Span(text, tokens, from, end);
            string? place = null;
            if (PlaceContext.NamedIn(tokens, text, from, end) is null && PlaceContext.NeedsPlace(tokens, from, end))
                place = places.For(from, []);
            if (hosts.Any(h => h.Written == written)) continue;
            var quote = ArticleExtractor.Span(text, tokens, Math.Min(cue.Start, from), Math.Max(end, cue.End));
            hosts.Add(new HostMention(written, place is null ? written : written + " " + place, place, quote));
        }
        return hosts;
    }

    private static bool IsOrdinal(IReadOnlyList<Token> tokens, int at) =>
        at > 0 && tokens[at - 1].Lowered == "thứ" && tokens[at].IsWord && (char.IsDigit(tokens[at].Text[0]) || tokens[at].Text.All(c => "IVXLC".Contains(c)));

    private static int? PhraseAt(IReadOnlyList<Token> tokens, int at, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length > tokens.Count) continue;
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
                match = tokens[at + k].IsWord && tokens[at + k].Sentence == tokens[at].Sentence && tokens[at + k].Lowered == phrase[k];
            if (match) return phrase.Length;
        }
        return null;
    }

    private static string[][] Words(params string[] phrases) =>
        [.. phrases.Select(p => p.Normalize(System.Text.NormalizationForm.FormC).Split(' ')).OrderByDescending(p => p.Length)];
}
