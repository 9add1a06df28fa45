using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>Reads a seed folder and checks everything before anything is written.</summary>
public static class SeedValidator
{
    /// <summary>In order: source files are read first, because the quote rule needs their text.</summary>
    public static readonly IReadOnlyList<ISeedRule> Rules =
    [
        new SourceFilesRule(),
        new UniqueIdsRule(),
        new ReferencesRule(),
        new DateOrderRule(),
        new BodyHierarchyRule(),
        new VerbatimQuotesRule(),
    ];

    /// <summary>The records and every problem found; the records may be written only when there is none.</summary>
    public static (SeedSet Seeds, IReadOnlyList<Diagnostic> Problems) ReadAndValidate(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Seed folder '{folder}' does not exist.");
        var diagnostics = new DiagnosticBag();
        var seeds = SeedFolderReader.Read(folder, diagnostics);
        foreach (var rule in Rules)
            rule.Check(seeds, folder, diagnostics);
        return (seeds, diagnostics.Sorted());
    }
}
