namespace PolityGraph.Loader.Diagnostics;

/// <summary>Collects every problem found, so an archivist sees them all in one run, not one per run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> diagnostics = [];

    public bool IsEmpty => diagnostics.Count == 0;

    public void Add(Origin origin, string message) => diagnostics.Add(new Diagnostic(origin.File, origin.Line, message));

    public void AddFrom(DiagnosticBag other) => diagnostics.AddRange(other.diagnostics);

    /// <summary>In file order, then line order, so the list reads like the files.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()];
}
