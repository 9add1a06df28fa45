using System.Runtime;

namespace PolityGraph.Loader.Reporting;

/// <summary>
/// Full, compacting collections where a load leaves garbage in the oldest generation faster than the collector reclaims
/// it. Left to itself the collector waits for its budget for old objects, which grows with the heap: the checks'
/// working sets (id sets, quotes by source) and a reload's inventory sat in the heap while the records were written, and
/// large objects (each source's text, request bodies) are reclaimed only by a full collection. The process's peak rose
/// by as much (POLITYGRAPH_LOADER_MEMORY shows it: a 30,000-people load held 90 MB live and 210 MB of committed heap).
/// So: once after validation, once after the inventory is diffed, and during the writes each time the heap has grown
/// <see cref="GrowthBudget"/> above what the last of these left. (Until the rows of a request were made
/// as its body is written, each request's rows reached the oldest generation, and the trigger was every half live heap
/// allocated; rows now die young, and counting what stays rather than what is allocated spares most of those collections.)
/// </summary>
public static class LoaderMemory
{
    /// <summary>How far the heap may grow above the last compaction's before the next: bounds the garbage a load holds.</summary>
    public const long GrowthBudget = 32L << 20;

    private static long heapAfterCompaction;

    public static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        // Aggressive: a full, compacting collection that also gives the free space back to the system. A forced one left
        // about 85 MB committed above the live heap at 100,000 people, and the process's resident set with it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Interlocked.Exchange(ref heapAfterCompaction, GC.GetTotalMemory(forceFullCollection: false));
    }

    /// <summary>
    /// After each request of a load: compacts once the heap has grown by the budget. Counted with what was allocated since
    /// the last collection: a source's text is a large object, which no young collection follows, and the size the last
    /// collection left did not see 60 MB of them pile up while sources were written.
    /// </summary>
    public static void AfterRequest()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) - Interlocked.Read(ref heapAfterCompaction) >= GrowthBudget) Compact();
    }
}
