using PolityGraph.GraphModel;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

public sealed class BodyRecord : FactRecord
{
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public string? Abbreviation { get; init; }
    public BodyKind Kind { get; init; }
    /// <summary>The body this one is part of (PART_OF), if any.</summary>
    public Located? Parent { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public static BodyRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Body);
        var name = reader.String("name", required: true);
        var nameEn = reader.String("nameEn");
        var abbreviation = reader.String("abbreviation");
        var kind = reader.Enum<BodyKind>("kind");
        var parent = reader.String("parent");
        var aliases = reader.Strings("aliases");
        var (certainty, note, evidence, certaintyGiven) = ReadCommon(reader);
        reader.Finish();
        if (id is null || name is null || kind is null) return null;
        return new BodyRecord
        {
            Id = id.Value, Origin = reader.Origin, Certainty = certainty, CertaintyGiven = certaintyGiven, Note = note, Evidence = evidence,
            Name = name.Value, NameEn = nameEn?.Value, Abbreviation = abbreviation?.Value, Kind = kind.Value,
            Parent = parent, Aliases = [.. aliases.Select(a => a.Value)],
        };
    }
}
