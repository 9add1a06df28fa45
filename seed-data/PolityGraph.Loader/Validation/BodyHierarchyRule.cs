using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>PART_OF is a hierarchy: following parents from a body never comes back to it.</summary>
public sealed class BodyHierarchyRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var body in seeds.Bodies)
            if (body.Parent is { } parent) parents.TryAdd(body.Id, parent.Value);

        foreach (var body in seeds.Bodies)
        {
            if (body.Parent is null) continue;
            var seen = new HashSet<string>(StringComparer.Ordinal) { body.Id };
            for (var current = body.Parent.Value; ; )
            {
                if (current == body.Id)
                {
                    diagnostics.Add(body.Parent.Origin, $"{body.Id}: parent: the chain of parents loops back to {body.Id}");
                    break;
                }
                if (!seen.Add(current) || !parents.TryGetValue(current, out var next)) break;
                current = next;
            }
        }
    }
}
