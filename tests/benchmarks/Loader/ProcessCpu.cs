namespace PolityGraph.Benchmarks.Loader;

/// <summary>
/// CPU time of a process from /proc (Linux). The machine is shared, so wall-clock figures depend on
/// who else is busy; CPU seconds spent by Neo4j and by the loader do not.
/// </summary>
public static class ProcessCpu
{
    /// <summary>utime + stime of the process, or null when it cannot be read.</summary>
    public static TimeSpan? Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name, which is in parentheses and may contain spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]); // utime, stime: fields 14 and 15 of stat
            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static int? Neo4jPid(string instanceDirectory)
    {
        var file = Path.Combine(instanceDirectory, "run", "neo4j.pid");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) ? pid : null;
    }
}
