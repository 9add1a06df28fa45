using System.Text.RegularExpressions;
using PolityGraph.Extractor.Text;
using PolityGraph.GraphModel.Vocabulary;

namespace PolityGraph.Extractor.Grammar;

/// <summary>The meeting the article reports: its kind, date (year from the article when the text gives none) and place.</summary>
public sealed record EventMention(string Title, EventKind Kind, string? Date, bool YearInferred, string? Location, string Quote)
{
    /// <summary>The sentence (token sentence number) that dates the event.</summary>
    public int Sentence { get; init; }
    /// <summary>The bodies that hold it (<see cref="HostReader"/>).</summary>
    public IReadOnlyList<HostMention> Hosts { get; init; } = [];
}

/// <summary>
/// Reads the reported event from the first sentence that dates one ("Sáng 4/8", "Chiều 21-8",
/// "Ngày 17 – 9"): the kind from its words (Đại hội, Hội nghị Ban Chấp hành, làm việc, khảo sát, họp),
/// the place after "tại".
/// </summary>
public static partial class EventReader
{
    private static readonly (string Words, EventKind Kind)[] Kinds =
    [
        ("dai hoi", EventKind.CONGRESS),
        ("hoi nghi ban chap hanh", EventKind.PLENUM),
        ("hoi nghi lan thu", EventKind.PLENUM),
        ("khao sat", EventKind.SURVEY),
        ("lam viec", EventKind.WORKING_SESSION),
        ("hoi nghi", EventKind.CONFERENCE),
        ("phien hop", EventKind.MEETING),
        ("hop", EventKind.MEETING),
    ];

    public static EventMention? Read(string text, IReadOnlyList<Token> tokens, DateOnly? published)
    {
        foreach (var sentence in tokens.GroupBy(t => t.Sentence).Take(12))
        {
            var first = sentence.First();
            var last = sentence.Last();
            var words = text[first.Start..last.End];
            var dated = DayMonth().Match(words);
            if (!dated.Success) continue;
            var folded = " " + string.Join(' ', sentence.Where(t => t.IsWord).Select(t => t.Folded)) + " ";
            var kind = Kinds.FirstOrDefault(k => folded.Contains(" " + k.Words + " ")).Kind;
            if (!Kinds.Any(k => folded.Contains(" " + k.Words + " "))) continue;
            var day = int.Parse(dated.Groups["day"].Value);
            var month = int.Parse(dated.Groups["month"].Value);
            var yearInferred = !dated.Groups["year"].Success;
            int? year = dated.Groups["year"].Success ? int.Parse(dated.Groups["year"].Value) : published?.Year;
            // An event reported in January of something in December is last year's.
            if (yearInferred && published is { } p && month > p.Month) year--;
            string? date = null;
            if (year is { } y && DateOnly.TryParseExact($"{y:0000}-{month:00}-{day:00}", "yyyy-MM-dd", out var d)) date = d.ToString("yyyy-MM-dd");
            var location = Location().Match(words) is { Success: true } at ? at.Groups["place"].Value.TrimEnd(',', ' ') : null;
            var title = words.Length <= 160 ? words : words[..words.LastIndexOf(' ', 160)];
            return new EventMention(title, kind, date, yearInferred && date is not null, location, words) { Sentence = sentence.Key };
        }
        return null;
    }

    [GeneratedRegex(@"(?:^|\b)(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Nn]gày)\s+(?:ngày\s+)?(?<day>\d{1,2})\s*[/\-–]\s*(?<month>\d{1,2})(?:\s*[/\-–]\s*(?<year>\d{4}))?")]
    private static partial Regex DayMonth();

    /// <summary>"tại Trụ sở Trung ương Đảng", "tại Hà Nội": capitalised words (with their lower-case syllables) after "tại".</summary>
    [GeneratedRegex(@"\btại\s+(?<place>\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,5}?)(?=[,.;]|\s+(?:để|về|với|của|và|cho)\b)")]
    private static partial Regex Location();
}
