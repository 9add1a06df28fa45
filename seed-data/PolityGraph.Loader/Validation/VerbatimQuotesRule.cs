using System.Text;
using PolityGraph.Loader.Records;
using PolityGraph.Loader.Diagnostics;

namespace PolityGraph.Loader.Validation;

/// <summary>
/// Evidence quotes must appear verbatim in the cited source's text. The one leniency: every run of
/// whitespace (spaces, tabs, line breaks) counts as a single space on both sides, because YAML line
/// folding and the articles' line wrapping move whitespace without changing the words. Nothing else
/// is normalised: case, diacritics, punctuation and Unicode composition must match exactly.
/// </summary>
public sealed class VerbatimQuotesRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var texts = seeds.SourceTexts.ToDictionary(p => p.Key, p => CollapseWhitespace(p.Value), StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in seeds.Sources) files.TryAdd(s.Id, s.File.Value);
        foreach (var fact in seeds.Facts)
        {
            for (var i = 0; i < fact.Evidence.Count; i++)
            {
                var (source, quote) = (fact.Evidence[i].Source, fact.Evidence[i].Quote);
                // Unknown sources and unreadable files are reported by their own rules.
                if (!texts.TryGetValue(source.Value, out var text)) continue;
                var wanted = CollapseWhitespace(quote.Value);
                if (text.Contains(wanted, StringComparison.Ordinal)) continue;
                var hint = text.Contains(wanted.Normalize(NormalizationForm.FormC), StringComparison.Ordinal) ||
                           text.Contains(wanted.Normalize(NormalizationForm.FormD), StringComparison.Ordinal)
                    ? " (it differs only in Unicode composition of the diacritics: retype it from the source)"
                    : "";
                diagnostics.Add(quote.Origin, $"{fact.Id}: evidence[{i}].quote: not found verbatim in {source.Value} ({files[source.Value]}){hint}");
            }
        }
    }

    /// <summary>Every whitespace run becomes one space; leading and trailing whitespace goes.</summary>
    public static string CollapseWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = result.Length > 0; continue; }
            if (pendingSpace) { result.Append(' '); pendingSpace = false; }
            result.Append(c);
        }
        return result.ToString();
    }
}
