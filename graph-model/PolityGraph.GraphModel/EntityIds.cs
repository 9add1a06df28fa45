using System.Text.RegularExpressions;

namespace PolityGraph.GraphModel;

/// <summary>
/// Ids are stable, type-prefixed slugs: <c>person:dinh-tien-dung</c>. The slug is lower-case ASCII
/// letters and digits in words joined by one hyphen, or by two where an id joins two slugs
/// (<c>tenure:dinh-tien-dung--secretary-hanoi-party-committee</c>).
/// </summary>
public static partial class EntityIds
{
    public const string Person = "person";
    public const string Body = "body";
    public const string Position = "position";
    public const string Resolution = "resolution";
    public const string Event = "event";
    public const string Source = "source";
    public const string Tenure = "tenure";
    public const string Participation = "participation";

    /// <summary>True when <paramref name="id"/> is <c>prefix:slug</c> with a well-formed slug.</summary>
    public static bool IsValid(string id, string prefix) =>
        id.StartsWith(prefix + ":", StringComparison.Ordinal) && Slug().IsMatch(id.AsSpan(prefix.Length + 1));

    /// <summary>The prefix of an id (text before the first colon), or null when it has none.</summary>
    public static string? PrefixOf(string id)
    {
        var colon = id.IndexOf(':');
        return colon > 0 ? id[..colon] : null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:--?[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
