using PolityGraph.Loader.Diagnostics;

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

    /// <summary>Source id → the text of its file, for sources whose file could be read.</summary>
    public Dictionary<string, string> SourceTexts { get; } = new(StringComparer.Ordinal);

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
