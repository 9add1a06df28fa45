using PolityGraph.GraphModel;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

/// <summary>A person holding a position: stored as the HELD relationship, keyed by this id.</summary>
public sealed class TenureRecord : FactRecord
{
    // Inline, not an object each (Diagnostics/InlineLocated): a large folder has hundreds of thousands of tenures.
    private readonly InlineLocated person, position;

    public required Located Person { get => person.ToLocated(); init => person = InlineLocated.Of(value); }
    public required Located Position { get => position.ToLocated(); init => position = InlineLocated.Of(value); }
    /// <summary>Stated start, where a source gives one.</summary>
    public Located? From { get; init; }
    /// <summary>Stated end.</summary>
    public Located? To { get; init; }
    /// <summary>Dates on which a source shows the person in the post.</summary>
    public IReadOnlyList<Located> AttestedOn { get; init; } = [];

    public static TenureRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Tenure);
        var person = reader.String("person", required: true);
        var position = reader.String("position", required: true);
        var from = reader.Date("from");
        var to = reader.Date("to");
        var attestedOn = reader.Dates("attestedOn");
        var (certainty, note, evidence, certaintyGiven) = ReadCommon(reader);
        reader.Finish();
        if (id is null || person is null || position is null) return null;
        return new TenureRecord
        {
            Id = id.Value, Origin = reader.Origin, Certainty = certainty, CertaintyGiven = certaintyGiven, Note = note, Evidence = evidence,
            Person = person, Position = position, From = from, To = to, AttestedOn = attestedOn,
        };
    }
}
