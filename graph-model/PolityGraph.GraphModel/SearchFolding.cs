using System.Globalization;
using System.Text;

namespace PolityGraph.GraphModel;

/// <summary>
/// The one folding both sides of a search use: the loader folds names into <c>searchKey</c>,
/// the API folds the user's term, and a match is <c>searchKey CONTAINS folded term</c>.
/// </summary>
public static class SearchFolding
{
    /// <summary>
    /// Lower case, Vietnamese diacritics removed (NFD, then combining marks dropped), đ/Đ → d,
    /// whitespace runs collapsed to one space and trimmed: "Đinh  Tiến Dũng" → "dinh tien dung".
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            // đ/Đ are letters of their own in Unicode, not d plus a mark, so NFD leaves them alone.
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Separates the folded names inside a search key. A folded term never contains a line break
    /// (folding collapses whitespace), so a match can never straddle two names.
    /// </summary>
    public const string KeySeparator = "\n";

    /// <summary>The search key of an entity: every non-empty name it is known by, folded, de-duplicated, in order.</summary>
    public static string Key(IEnumerable<string?> names) =>
        string.Join(KeySeparator, names
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => Fold(name!))
            .Distinct(StringComparer.Ordinal));
}
