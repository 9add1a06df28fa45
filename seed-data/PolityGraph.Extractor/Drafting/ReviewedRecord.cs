using PolityGraph.Loader.Records;

namespace PolityGraph.Extractor.Drafting;

/// <summary>Whether a drafted record is new, or the graph's own record reused.</summary>
public enum Verdict { New, Matched, Copied }

/// <summary>
/// A record of the draft (one of the loader's record types) with what the archivist should know
/// about it: new or matched, and why. The reasons become YAML comments above the record.
/// </summary>
public sealed record ReviewedRecord(string Section, object Record, Verdict Verdict, IReadOnlyList<string> Reasons)
{
    public string Id => Record switch
    {
        FactRecord fact => fact.Id,
        SourceRecord source => source.Id,
        _ => throw new InvalidOperationException($"not a seed record: {Record.GetType().Name}"),
    };
}
