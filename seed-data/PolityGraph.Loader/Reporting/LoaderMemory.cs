using System.Runtime;

namespace PolityGraph.Loader.Reporting;

/// <summary>
/// Full, compacting collections where a load makes garbage faster than the collector reclaims it. Left to itself the
/// collector waits for its budget for old objects, which grows with the heap: the checks' working sets (id sets, quotes
/// by source) and a reload's inventory sat in the heap while the records were written, and each request's rows, alive
/// across an HTTP round trip, are promoted to the oldest generation and piled up there too. The process's peak rose by
/// as much (POLITYGRAPH_LOADER_MEMORY shows it: a 30,000-people load held 90 MB live and 210 MB of committed heap).
/// So: once after validation, once after the inventory is diffed, and during the writes each time the load has
/// allocated half as much again as the heap held live after the last of these (at least 64 MB). A collection of a few
/// hundred MB costs a fraction of a second; a load of 100,000 people makes a few dozen.
/// </summary>
public static class LoaderMemory
{
    private const long MinimumBudget = 64L << 20;

    private static long allocatedAtLastCompaction;
    private static long budget = MinimumBudget;

    public static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Interlocked.Exchange(ref allocatedAtLastCompaction, GC.GetTotalAllocatedBytes());
        Interlocked.Exchange(ref budget, Math.Max(MinimumBudget, GC.GetTotalMemory(forceFullCollection: false) / 2));
    }

    /// <summary>After each request of a load: compacts once the load has allocated its budget since the last compaction.</summary>
    public static void AfterRequest()
    {
        if (GC.GetTotalAllocatedBytes() - Interlocked.Read(ref allocatedAtLastCompaction) >= Interlocked.Read(ref budget)) Compact();
    }
}
