using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>Every source names a readable UTF-8 text file inside the seed folder; its text is kept for the quote check
/// (or, for a load, a hash of it: <see cref="SeedSet.HoldsSourceTexts"/>).</summary>
public sealed class SourceFilesRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(folder);
        var buffer = Array.Empty<char>(); // one buffer for every file, grown to the largest
        foreach (var source in seeds.Sources)
        {
            var path = Path.GetFullPath(Path.Combine(root, source.File.Value));
            if (!path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Add(source.File.Origin, $"{source.Id}: file: '{source.File.Value}' is outside the seed folder");
                continue;
            }
            if (!File.Exists(path))
            {
                diagnostics.Add(source.File.Origin, $"{source.Id}: file: '{source.File.Value}' does not exist");
                continue;
            }
            seeds.ReadSourceText(source.Id, path, ref buffer);
        }
    }
}
