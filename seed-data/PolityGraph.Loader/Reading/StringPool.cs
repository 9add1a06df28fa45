namespace PolityGraph.Loader.Reading;

/// <summary>
/// One instance of each short text read from a folder. Ids are written once where declared and again in
/// every reference to them (a person's id in each of their tenures and participations, a source's id in
/// each quote from it), and dates and enum values repeat across records; the YAML parser makes a new
/// string for each occurrence. Long texts (quotes, notes) are rarely repeated and are not pooled.
/// </summary>
public sealed class StringPool
{
    /// <summary>Longer texts are kept as read: hashing them would cost more than it saves.</summary>
    public const int MaxPooledLength = 96;

    private readonly HashSet<string> strings = new(StringComparer.Ordinal);

    public string Intern(string text)
    {
        if (text.Length > MaxPooledLength) return text;
        if (strings.TryGetValue(text, out var pooled)) return pooled;
        strings.Add(text);
        return text;
    }
}
