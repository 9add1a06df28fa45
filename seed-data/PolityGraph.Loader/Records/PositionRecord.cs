using PolityGraph.GraphModel;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

public sealed class PositionRecord : FactRecord
{
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    /// <summary>The body the post belongs to (IN_BODY), if known.</summary>
    public Located? Body { get; init; }

    public static PositionRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Position);
        var title = reader.String("title", required: true);
        var titleEn = reader.String("titleEn");
        var body = reader.String("body");
        var (certainty, note, evidence, certaintyGiven) = ReadCommon(reader);
        reader.Finish();
        if (id is null || title is null) return null;
        return new PositionRecord
        {
            Id = id.Value, Origin = reader.Origin, Certainty = certainty, CertaintyGiven = certaintyGiven, Note = note, Evidence = evidence,
            Title = title.Value, TitleEn = titleEn?.Value, Body = body,
        };
    }
}
