using PolityGraph.Loader.Writing;

namespace PolityGraph.Loader.Reporting;

/// <summary>The table a load prints: per node label and relationship type, what was created, updated, removed.</summary>
public static class LoadSummary
{
    public static void Print(TextWriter output, LoadCounts counts)
    {
        output.WriteLine($"{"kind",-16}{"created",10}{"updated",10}{"removed",10}{"unchanged",12}");
        foreach (var (kind, c) in counts.Kinds)
            output.WriteLine($"{kind,-16}{c.Created,10}{c.Updated,10}{c.Removed,10}{c.Unchanged,12}");
        output.WriteLine($"Total: {counts.Summary}");
    }
}
