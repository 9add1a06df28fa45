namespace PolityGraph.Loader.Diagnostics;

/// <summary>One problem in the seed files, printed as <c>file:line: message</c> like a compiler error.</summary>
/// <param name="File">Relative to the seed folder, with forward slashes.</param>
/// <param name="Line">1-based line of the offending YAML node.</param>
public sealed record Diagnostic(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
