using PolityGraph.GraphModel;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

/// <summary>A person taking part in an event: stored as the PARTICIPATED_IN relationship, keyed by this id.</summary>
public sealed class ParticipationRecord : FactRecord
{
    // Inline, not an object each (Diagnostics/InlineLocated): a large folder has hundreds of thousands of participations.
    private readonly InlineLocated person, @event;

    public required Located Person { get => person.ToLocated(); init => person = InlineLocated.Of(value); }
    public required Located Event { get => @event.ToLocated(); init => @event = InlineLocated.Of(value); }
    public ParticipationRole Role { get; init; }
    /// <summary>Resolutions the person spoke or reported on at the event.</summary>
    public IReadOnlyList<Located> About { get; init; } = [];

    public static ParticipationRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Participation);
        var person = reader.String("person", required: true);
        var @event = reader.String("event", required: true);
        var role = reader.Enum<ParticipationRole>("role");
        var about = reader.Strings("about");
        var (certainty, note, evidence, certaintyGiven) = ReadCommon(reader);
        reader.Finish();
        if (id is null || person is null || @event is null || role is null) return null;
        return new ParticipationRecord
        {
            Id = id.Value, Origin = reader.Origin, Certainty = certainty, CertaintyGiven = certaintyGiven, Note = note, Evidence = evidence,
            Person = person, Event = @event, Role = role.Value, About = about,
        };
    }
}
