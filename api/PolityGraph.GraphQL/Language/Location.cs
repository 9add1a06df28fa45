namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Where a node sits in its source: character offsets [Start, End) and the 1-based line and column of Start.
/// A struct, so that locating every node costs no allocation.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public SourceLocation StartLocation => new(Line, Column);

    public override string ToString() => $"{Line}:{Column} [{Start}..{End})";
}
