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
    /// <summary>
    /// Source by source: each text is collapsed once, its quotes checked, and the collapsed copy dropped before the
    /// next (a copy of every text at once was a fifth of the loader's peak on a large folder).
    /// </summary>
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in seeds.Sources) files.TryAdd(s.Id, s.File.Value);
        var quotesBySource = new Dictionary<string, List<(FactRecord Fact, int Index)>>(StringComparer.Ordinal);
        foreach (var fact in seeds.Facts)
            for (var i = 0; i < fact.Evidence.Count; i++)
            {
                // Unknown sources and unreadable files are reported by their own rules.
                var source = fact.Evidence[i].SourceId;
                if (!seeds.HasSourceText(source)) continue;
                if (!quotesBySource.TryGetValue(source, out var quotes)) quotesBySource[source] = quotes = [];
                quotes.Add((fact, i));
            }

        // Buffers for every source and quote, grown to the largest: the text as read, the text collapsed, the quote collapsed.
        // Nothing is allocated per quote unless it fails (at 100,000 people: 568,568 quotes, whose copies were garbage
        // enough to raise the check's peak by 100 MB).
        var read = Array.Empty<char>();
        var collapsed = Array.Empty<char>();
        var quoteBuffer = Array.Empty<char>();
        foreach (var (source, quotes) in quotesBySource)
        {
            ReadOnlySpan<char> text;
            try
            {
                var original = seeds.SourceText(source, ref read); // read again if not held, and checked against its hash
                if (collapsed.Length < original.Length) collapsed = new char[original.Length];
                text = collapsed.AsSpan(0, CollapseWhitespace(original, collapsed));
            }
            catch (InvalidOperationException changed)
            {
                diagnostics.Add(quotes[0].Fact.Evidence[quotes[0].Index].Source.Origin, $"{quotes[0].Fact.Id}: {changed.Message}");
                continue;
            }
            foreach (var (fact, i) in quotes)
            {
                var quoteText = fact.Evidence[i].QuoteText;
                if (quoteBuffer.Length < quoteText.Length) quoteBuffer = new char[Math.Max(quoteText.Length, 2 * quoteBuffer.Length)];
                if (text.Contains(quoteBuffer.AsSpan(0, CollapseWhitespace(quoteText, quoteBuffer)), StringComparison.Ordinal)) continue;
                var quote = fact.Evidence[i].Quote;
                var wanted = CollapseWhitespace(quote.Value);
                var hint = text.Contains(wanted.Normalize(NormalizationForm.FormC), StringComparison.Ordinal) ||
                           text.Contains(wanted.Normalize(NormalizationForm.FormD), StringComparison.Ordinal)
                    ? " (it differs only in Unicode composition of the diacritics: retype it from the source)"
                    : "";
                diagnostics.Add(quote.Origin, $"{fact.Id}: evidence[{i}].quote: not found verbatim in {source} ({files[source]}){hint}");
            }
        }
    }

    /// <summary><see cref="CollapseWhitespace(string)"/> into <paramref name="into"/> (at least as long as the text); returns the length written.</summary>
    public static int CollapseWhitespace(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = length > 0; continue; }
            if (pendingSpace) { into[length++] = ' '; pendingSpace = false; }
            into[length++] = c;
        }
        return length;
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
