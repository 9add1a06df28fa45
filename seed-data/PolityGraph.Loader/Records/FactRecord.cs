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
    /// <summary>
    /// Whether the file wrote <c>certainty</c>; when it did not, <see cref="Certainty"/> is the default (stated), which
    /// a load that merges into the graph (<c>--keep-absent</c>) does not take as the record's word over the stored value.
    /// </summary>
    public bool CertaintyGiven { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<EvidenceRecord> Evidence { get; init; } = [];

    /// <summary>Reads the fields every fact has; the caller reads its own and calls <see cref="RecordReader.Finish"/>.</summary>
    protected static (Certainty, string?, IReadOnlyList<EvidenceRecord>, bool CertaintyGiven) ReadCommon(RecordReader reader)
    {
        var given = reader.Has("certainty");
        var (certainty, note) = reader.CertaintyAndNote();
        return (certainty, note, reader.Evidence(), given);
    }
}
