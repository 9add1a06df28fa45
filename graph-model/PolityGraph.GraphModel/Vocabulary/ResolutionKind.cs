namespace PolityGraph.GraphModel.Vocabulary;

/// <summary>As the API contract's enum ResolutionKind; stored by name.</summary>
public enum ResolutionKind
{
    RESOLUTION,
    DIRECTIVE,
    REGULATION,
    CONCLUSION,
    PROGRAM,
    PROJECT,
}
