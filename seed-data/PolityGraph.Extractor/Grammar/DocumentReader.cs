using System.Text.RegularExpressions;
using PolityGraph.GraphModel.Vocabulary;

namespace PolityGraph.Extractor.Grammar;

/// <summary>A document the article names by its code: "Nghị quyết số 15-NQ/TW ngày 30/7/2007".</summary>
public sealed record DocumentMention(string Code, string WrittenCode, ResolutionKind Kind, string? IssuedOn, string Quote);

/// <summary>
/// Party and state document codes: number, kind letters (NQ resolution, CT directive, KL conclusion,
/// QĐi regulation), issuer (TW, TƯ, T.Ư: the Central Committee; a local issuer's letters otherwise).
/// The official code writes TW; what the article wrote is kept for the alias.
/// </summary>
public static partial class DocumentReader
{
    public static IReadOnlyList<DocumentMention> Read(string text)
    {
        var found = new List<DocumentMention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Code().Matches(text))
        {
            var kind = match.Groups["letters"].Value.ToUpperInvariant() switch
            {
                "NQ" => ResolutionKind.RESOLUTION,
                "CT" => ResolutionKind.DIRECTIVE,
                "KL" => ResolutionKind.CONCLUSION,
                "QĐI" or "QĐ" => ResolutionKind.REGULATION,
                _ => (ResolutionKind?)null,
            };
            if (kind is null) continue;
            // A "Quyết định" (decision) carries QĐ too but is not a regulation: only "Quy định" or QĐi is.
            if (match.Groups["letters"].Value == "QĐ" && !match.Groups["word"].Value.StartsWith("Quy định", StringComparison.Ordinal)) continue;
            var issuer = match.Groups["issuer"].Value;
            var official = $"{match.Groups["number"].Value}-{match.Groups["letters"].Value}/{(issuer is "TƯ" or "T.Ư" or "TW" ? "TW" : issuer)}";
            if (!seen.Add(official)) continue;
            string? issuedOn = null;
            if (match.Groups["day"].Success &&
                DateOnly.TryParseExact($"{match.Groups["year"].Value}-{int.Parse(match.Groups["month"].Value):00}-{int.Parse(match.Groups["day"].Value):00}",
                    "yyyy-MM-dd", out var date))
                issuedOn = date.ToString("yyyy-MM-dd");
            found.Add(new DocumentMention(official, match.Groups["code"].Value, kind.Value, issuedOn, match.Value.Trim()));
        }
        return found;
    }

    [GeneratedRegex(@"(?:(?<word>Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định)(?:\s+số)?\s+)?(?<code>(?<number>\d{1,4})\s*-\s*(?<letters>NQ|CT|KL|QĐi|QĐ)\s*/\s*(?<issuer>TW|TƯ|T\.Ư|[A-ZĐ]{2,6}))(?:\s+ngày\s+(?<day>\d{1,2})\s*[/\-]\s*(?<month>\d{1,2})\s*[/\-]\s*(?<year>\d{4}))?")]
    private static partial Regex Code();
}
