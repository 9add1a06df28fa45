namespace PolityGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL document, as errors report them (spec 7.1.2).</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
