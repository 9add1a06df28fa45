namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Where a node sits in its source: character offsets [Start, End) and the 1-based line and column of Start.
/// </summary>
public sealed record Location(int Start, int End, int Line, int Column)
{
    public SourceLocation StartLocation => new(Line, Column);

    public override string ToString() => $"{Line}:{Column} [{Start}..{End})";
}
