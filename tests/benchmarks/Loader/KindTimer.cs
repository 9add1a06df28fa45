using System.Diagnostics;
using PolityGraph.Loader.Writing;

namespace PolityGraph.Benchmarks.Loader;

/// <summary>Wall time spent per element kind, from the writer's progress reports (one per HTTP request).</summary>
public sealed class KindTimer : IProgress<WriteProgress>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, (TimeSpan Time, long Elements)> kinds = [];
    private TimeSpan last;
    private long lastDone;

    public void Report(WriteProgress value)
    {
        var now = clock.Elapsed;
        var (time, elements) = kinds.GetValueOrDefault(value.Kind);
        kinds[value.Kind] = (time + (now - last), elements + (value.Done - lastDone));
        (last, lastDone) = (now, value.Done);
    }

    public override string ToString() => string.Join(", ",
        kinds.Select(k => $"{k.Key} {k.Value.Time.TotalSeconds:F1} s ({k.Value.Elements / Math.Max(k.Value.Time.TotalSeconds, 0.001):N0}/s)"));
}
