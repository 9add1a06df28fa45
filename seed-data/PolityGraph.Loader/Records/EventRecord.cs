using PolityGraph.GraphModel;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

public sealed class EventRecord : FactRecord
{
    public required string Title { get; init; }
    public EventKind Kind { get; init; }
    public string? Date { get; init; }
    public string? Location { get; init; }
    /// <summary>Bodies hosting the event (HOSTED_BY).</summary>
    public IReadOnlyList<Located> Hosts { get; init; } = [];
    /// <summary>Resolutions discussed at the event (DISCUSSED).</summary>
    public IReadOnlyList<Located> Resolutions { get; init; } = [];

    public static EventRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Event);
        var title = reader.String("title", required: true);
        var kind = reader.Enum<EventKind>("kind");
        var date = reader.Date("date");
        var location = reader.String("location");
        var hosts = reader.Strings("hosts");
        var resolutions = reader.Strings("resolutions");
        var (certainty, note, evidence, certaintyGiven) = ReadCommon(reader);
        reader.Finish();
        if (id is null || title is null || kind is null) return null;
        return new EventRecord
        {
            Id = id.Value, Origin = reader.Origin, Certainty = certainty, CertaintyGiven = certaintyGiven, Note = note, Evidence = evidence,
            Title = title.Value, Kind = kind.Value, Date = date?.Value, Location = location?.Value,
            Hosts = hosts, Resolutions = resolutions,
        };
    }
}
