using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

/// <summary>Every record but a source: a fact with an id, its evidence and how certain it is.</summary>
public abstract class FactRecord
{
    public required string Id { get; init; }
    public required Origin Origin { get; init; }
    public Certainty Certainty { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<EvidenceRecord> Evidence { get; init; } = [];

    /// <summary>Reads the fields every fact has; the caller reads its own and calls <see cref="RecordReader.Finish"/>.</summary>
    protected static (Certainty, string?, IReadOnlyList<EvidenceRecord>) ReadCommon(RecordReader reader)
    {
        var (certainty, note) = reader.CertaintyAndNote();
        return (certainty, note, reader.Evidence());
    }
}
