using System.Diagnostics;
using PolityGraph.Neo4j;

namespace PolityGraph.Benchmarks.Loader;

/// <summary>
/// Runs the real loader (the PolityGraph.Loader executable built beside this benchmark, with its own
/// runtime and GC settings) as <c>make load</c> does, and measures that process alone: its peak resident
/// set (VmHWM, Linux), wall time and CPU.
/// </summary>
public static class LoaderProcess
{
    public sealed record Run(int ExitCode, string Output, string Errors, TimeSpan Wall, TimeSpan? Cpu, long PeakResidentBytes)
    {
        /// <summary>The summary's total line, e.g. "214370 created, 0 updated, 0 removed, 0 unchanged".</summary>
        public string Total => Output.Split('\n').LastOrDefault(l => l.StartsWith("Total:", StringComparison.Ordinal))?["Total:".Length..].Trim() ?? "(no summary)";
    }

    public static async Task<Run> RunAsync(IEnumerable<string> arguments, Neo4jOptions neo4j, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "PolityGraph.Loader"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NEO4J_URI"] = neo4j.Uri.ToString();
        start.Environment["NEO4J_USER"] = neo4j.User;
        start.Environment["NEO4J_PASSWORD"] = neo4j.Password;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the loader.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        TimeSpan? cpu = null;
        // VmHWM is the kernel's high-water mark of the resident set: polling it misses nothing but the last
        // instants before exit, which allocate nothing large.
        while (!process.HasExited)
        {
            if (PeakResident(process.Id) is { } now) peak = Math.Max(peak, now);
            cpu = ProcessCpu.Of(process.Id) ?? cpu;
            await Task.Delay(50);
        }
        await process.WaitForExitAsync();
        clock.Stop();
        return new Run(process.ExitCode, await output, await errors, clock.Elapsed, cpu, peak);
    }

    private static long? PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024; // kB
        }
        catch (IOException) { /* exited between the check and the read */ }
        catch (UnauthorizedAccessException) { }
        return null;
    }
}
