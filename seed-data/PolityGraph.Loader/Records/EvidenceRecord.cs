using PolityGraph.Loader.Diagnostics;

namespace PolityGraph.Loader.Records;

/// <summary>A quote from a source that supports a fact; it must appear in the source's text.</summary>
public sealed record EvidenceRecord(Located Source, Located Quote);
