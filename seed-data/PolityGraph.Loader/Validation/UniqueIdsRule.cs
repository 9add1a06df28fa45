using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>An id names one record across all files; every later declaration is reported against the first.</summary>
public sealed class UniqueIdsRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Located>(seeds.DeclaredIds.Count, StringComparer.Ordinal);
        // The reader declares ids in file and line order already; sorting a copy of them (and its keys) is only for lists made otherwise.
        IEnumerable<Located> ids = InFileOrder(seeds.DeclaredIds)
            ? seeds.DeclaredIds
            : seeds.DeclaredIds.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line);
        foreach (var id in ids)
        {
            if (first.TryGetValue(id.Value, out var original))
                diagnostics.Add(id.Origin, $"{id.Value}: id: duplicate id, first declared at {original.File}:{original.Line}");
            else
                first[id.Value] = id;
        }
    }

    private static bool InFileOrder(List<Located> ids)
    {
        for (var i = 1; i < ids.Count; i++)
        {
            var order = string.CompareOrdinal(ids[i - 1].File, ids[i].File);
            if (order > 0 || order == 0 && ids[i - 1].Line > ids[i].Line) return false;
        }
        return true;
    }
}
