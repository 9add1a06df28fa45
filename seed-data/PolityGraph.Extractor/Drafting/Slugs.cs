using System.Text.RegularExpressions;
using PolityGraph.GraphModel;

namespace PolityGraph.Extractor.Drafting;

/// <summary>Ids as the seed format writes them: type-prefixed slugs of the Vietnamese name without diacritics.</summary>
public static partial class Slugs
{
    /// <summary>"Bí thư Tỉnh ủy Nghệ An" → "bi-thu-tinh-uy-nghe-an"; at most <paramref name="words"/> words.</summary>
    public static string Of(string text, int words = 12)
    {
        var slug = NotSlug().Replace(SearchFolding.Fold(text), "-").Trim('-');
        var parts = slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Take(words);
        var joined = string.Join('-', parts);
        return joined.Length == 0 ? "untitled" : joined;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
