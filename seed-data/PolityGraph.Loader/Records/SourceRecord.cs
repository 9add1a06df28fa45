using PolityGraph.GraphModel;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

/// <summary>A source document; its text is the file it names, relative to the seed folder.</summary>
public sealed class SourceRecord
{
    public required string Id { get; init; }
    public required Origin Origin { get; init; }
    public required Located File { get; init; }
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    public string? PublishedOn { get; init; }
    public string? Note { get; init; }

    public static SourceRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Source);
        var file = reader.String("file", required: true);
        var title = reader.String("title", required: true);
        var publisher = reader.String("publisher");
        var publishedOn = reader.Date("publishedOn");
        var note = reader.String("note");
        reader.Finish();
        if (id is null || file is null || title is null) return null;
        return new SourceRecord
        {
            Id = id.Value, Origin = reader.Origin, File = file, Title = title.Value,
            Publisher = publisher?.Value, PublishedOn = publishedOn?.Value, Note = note?.Value,
        };
    }
}
