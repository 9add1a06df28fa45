using PolityGraph.GraphModel;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

public sealed class PersonRecord : FactRecord
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public static PersonRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Person);
        var name = reader.String("name", required: true);
        var aliases = reader.Strings("aliases");
        var (certainty, note, evidence, certaintyGiven) = ReadCommon(reader);
        reader.Finish();
        if (id is null || name is null) return null;
        return new PersonRecord
        {
            Id = id.Value, Origin = reader.Origin, Certainty = certainty, CertaintyGiven = certaintyGiven, Note = note, Evidence = evidence,
            Name = name.Value, Aliases = [.. aliases.Select(a => a.Value)],
        };
    }
}
