using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>An id names one record across all files; every later declaration is reported against the first.</summary>
public sealed class UniqueIdsRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Origin>(StringComparer.Ordinal);
        foreach (var id in seeds.DeclaredIds.OrderBy(i => i.Origin.File, StringComparer.Ordinal).ThenBy(i => i.Origin.Line))
        {
            if (first.TryGetValue(id.Value, out var original))
                diagnostics.Add(id.Origin, $"{id.Value}: id: duplicate id, first declared at {original.File}:{original.Line}");
            else
                first[id.Value] = id.Origin;
        }
    }
}
