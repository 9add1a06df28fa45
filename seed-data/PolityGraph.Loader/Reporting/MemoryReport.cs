using System.Diagnostics;
using System.Globalization;
using PolityGraph.Loader.Writing;

namespace PolityGraph.Loader.Reporting;

/// <summary>
/// The loader's memory at each phase of a run, on stderr, when <c>POLITYGRAPH_LOADER_MEMORY</c> is set: the
/// process's resident set and its high-water mark (VmRSS, VmHWM), the GC heap and what the last collection left.
/// With <c>POLITYGRAPH_LOADER_MEMORY=live</c> each line first forces a full collection and reports the live heap
/// (which changes what it measures: the peak is then lower than a normal run's). How the figures in the loader
/// README were found: the phase after which VmHWM jumps is where the peak is.
/// </summary>
public sealed class MemoryReport(TextWriter error, bool live)
{
    public const string Variable = "POLITYGRAPH_LOADER_MEMORY";

    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>The report the environment asks for, or null (the default: nothing is measured or printed).</summary>
    public static MemoryReport? FromEnvironment(TextWriter error) =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && value != "0"
            ? new MemoryReport(error, live: string.Equals(value, "live", StringComparison.OrdinalIgnoreCase))
            : null;

    public void Phase(string name)
    {
        var liveHeap = live ? $", live heap {GC.GetTotalMemory(forceFullCollection: true) / 1e6:N0} MB" : "";
        var info = GC.GetGCMemoryInfo();
        var (rss, hwm) = ResidentSet();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: {clock.Elapsed.TotalSeconds,7:F1} s {name}: RSS {rss / 1e6:N0} MB, peak RSS {hwm / 1e6:N0} MB; GC heap {GC.GetTotalMemory(false) / 1e6:N0} MB" +
            $" (after the last collection {info.HeapSizeBytes / 1e6:N0} MB, fragmented {info.FragmentedBytes / 1e6:N0} MB, committed {info.TotalCommittedBytes / 1e6:N0} MB)" +
            $"{liveHeap}; gen2 collections {GC.CollectionCount(2)}"));
    }

    /// <summary>Wraps a load's progress: a line each time the load moves on to another kind of element.</summary>
    public IProgress<WriteProgress> Around(IProgress<WriteProgress>? inner) => new KindChanges(this, inner);

    private sealed class KindChanges(MemoryReport report, IProgress<WriteProgress>? inner) : IProgress<WriteProgress>
    {
        private string? kind;

        public void Report(WriteProgress value)
        {
            inner?.Report(value);
            if (value.Kind == kind) return;
            report.Phase($"writing, first request of {value.Kind} sent");
            kind = value.Kind;
        }
    }

    /// <summary>VmRSS and VmHWM from /proc (Linux); the working set elsewhere.</summary>
    private static (long Rss, long Peak) ResidentSet()
    {
        long rss = 0, hwm = 0;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kilobytes(line);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        if (rss == 0)
        {
            using var self = Process.GetCurrentProcess();
            (rss, hwm) = (self.WorkingSet64, self.PeakWorkingSet64);
        }
        return (rss, hwm);

        static long Kilobytes(string line) =>
            long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
