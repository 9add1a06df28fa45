using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>A check across records, run after every file has been read. One rule per file, named after what it checks.</summary>
public interface ISeedRule
{
    void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics);
}
