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
        new AttestationRule(),
        new DateOrderRule(),
        new BodyHierarchyRule(),
        new VerbatimQuotesRule(),
    ];

    /// <summary>The records and every problem found; the records may be written only when there is none.</summary>
    /// <param name="phase">Told the name of each step once done (the loader's memory report).</param>
    /// <param name="holdSourceTexts">False for a load: see <see cref="SeedSet.HoldsSourceTexts"/>.</param>
    public static (SeedSet Seeds, IReadOnlyList<Diagnostic> Problems) ReadAndValidate(string folder, Action<string>? phase = null, bool holdSourceTexts = true)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Seed folder '{folder}' does not exist.");
        var diagnostics = new DiagnosticBag();
        var seeds = SeedFolderReader.Read(folder, diagnostics);
        seeds.HoldsSourceTexts = holdSourceTexts;
        phase?.Invoke("files read");
        foreach (var rule in Rules)
        {
            rule.Check(seeds, folder, diagnostics);
            phase?.Invoke($"checked: {rule.GetType().Name}");
        }
        return (seeds, diagnostics.Sorted());
    }
}
