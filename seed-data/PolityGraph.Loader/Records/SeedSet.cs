using System.Text;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

/// <summary>Every record read from a seed folder, by section, plus the source texts they cite.</summary>
public sealed class SeedSet
{
    public List<SourceRecord> Sources { get; } = [];
    public List<PersonRecord> People { get; } = [];
    public List<BodyRecord> Bodies { get; } = [];
    public List<PositionRecord> Positions { get; } = [];
    public List<TenureRecord> Tenures { get; } = [];
    public List<ResolutionRecord> Resolutions { get; } = [];
    public List<EventRecord> Events { get; } = [];
    public List<ParticipationRecord> Participations { get; } = [];

    /// <summary>
    /// Every well-formed id declared in the files, including those of records with other errors,
    /// so that one broken record does not make every reference to it an error too.
    /// </summary>
    public List<Located> DeclaredIds { get; } = [];

    /// <summary>Source id → the text of its file, for sources whose file could be read (unless <see cref="HoldsSourceTexts"/> is false).</summary>
    public Dictionary<string, string> SourceTexts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// False for a load: the texts are not kept once read, only a hash of each, and a text is read again when it is needed
    /// (its quotes checked, its node written) and must still hash the same. At the loader benchmark's 100,000 people the texts
    /// are 60 MB, held through every check otherwise. True by default: the extractor reads the texts of a validated folder.
    /// </summary>
    public bool HoldsSourceTexts { get; set; } = true;

    /// <summary>Reads a source's file (at <paramref name="path"/>, recorded) and keeps its text, or only its hash (<see cref="HoldsSourceTexts"/>).</summary>
    public void ReadSourceText(string id, string path, ref char[] buffer)
    {
        SourcePaths[id] = path;
        var length = SourceTextFile.ReadInto(path, ref buffer);
        if (HoldsSourceTexts) SourceTexts[id] = new string(buffer, 0, length);
        else releasedTexts[id] = SourceTextFile.Hash(buffer.AsSpan(0, length));
    }

    /// <summary>True when the source's file was read (held, or hashed to be read again).</summary>
    public bool HasSourceText(string id) => SourceTexts.ContainsKey(id) || releasedTexts.ContainsKey(id);

    /// <summary>Source id → the full path of its file, for sources whose file exists inside the folder.</summary>
    public Dictionary<string, string> SourcePaths { get; } = new(StringComparer.Ordinal);

    /// <summary>Source id → SHA-256 of the text validated, once <see cref="ReleaseSourceTexts"/> let the texts go.</summary>
    private readonly Dictionary<string, byte[]> releasedTexts = new(StringComparer.Ordinal);

    /// <summary>
    /// For a load, after validation: keeps a hash of each source text and lets the texts go (on a large folder they
    /// are a fifth of what a load holds). <see cref="SourceText"/> reads a file again when its node is written.
    /// </summary>
    public void ReleaseSourceTexts()
    {
        foreach (var (id, text) in SourceTexts)
            releasedTexts[id] = SourceTextFile.Hash(text);
        SourceTexts.Clear();
        SourceTexts.TrimExcess();
    }

    /// <summary>
    /// The text of a source as validated ("" for a source without one). A released text is read again and must be
    /// the text that was validated: a file changed since fails the load (rolled back) instead of writing unchecked text.
    /// </summary>
    public string SourceText(string id)
    {
        if (SourceTexts.TryGetValue(id, out var held)) return held;
        if (!releasedTexts.TryGetValue(id, out var validated)) return "";
        var text = File.ReadAllText(SourcePaths[id], Encoding.UTF8);
        if (!SourceTextFile.Hash(text).AsSpan().SequenceEqual(validated)) throw Changed(id);
        return text;
    }

    /// <summary>
    /// <see cref="SourceText(string)"/> without a new string when the text is not held: read into <paramref name="buffer"/>
    /// (grown as needed), valid until the buffer is used again.
    /// </summary>
    public ReadOnlySpan<char> SourceText(string id, ref char[] buffer)
    {
        if (SourceTexts.TryGetValue(id, out var held)) return held;
        if (!releasedTexts.TryGetValue(id, out var validated)) return "";
        var length = SourceTextFile.ReadInto(SourcePaths[id], ref buffer); // may replace the buffer: read first
        var text = buffer.AsSpan(0, length);
        if (!SourceTextFile.Hash(text).AsSpan().SequenceEqual(validated)) throw Changed(id);
        return text;
    }

    private InvalidOperationException Changed(string id) =>
        new($"{id}: the file {SourcePaths[id]} changed after it was validated; load again to validate it anew.");

    public IEnumerable<FactRecord> Facts =>
        People.Cast<FactRecord>().Concat(Bodies).Concat(Positions).Concat(Tenures)
            .Concat(Resolutions).Concat(Events).Concat(Participations);

    public int RecordCount => Sources.Count + Facts.Count();

    /// <summary>Takes every record of <paramref name="other"/> (one file's, read in full), in order.</summary>
    public void AddFrom(SeedSet other)
    {
        Sources.AddRange(other.Sources);
        People.AddRange(other.People);
        Bodies.AddRange(other.Bodies);
        Positions.AddRange(other.Positions);
        Tenures.AddRange(other.Tenures);
        Resolutions.AddRange(other.Resolutions);
        Events.AddRange(other.Events);
        Participations.AddRange(other.Participations);
        DeclaredIds.AddRange(other.DeclaredIds);
    }
}
