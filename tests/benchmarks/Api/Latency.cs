using System.Diagnostics;

namespace PolityGraph.Benchmarks.Api;

/// <summary>Latency figures of one request kind: p50 and p99 (nearest rank) over sequential requests.</summary>
public sealed record Latency(double P50Ms, double P99Ms, int Samples)
{
    /// <summary>
    /// Times request kinds in turn (a, b, c, a, b, c, ...) after a warm-up of each, so all meet the same machine
    /// load: on a shared 2-core machine that matters more than any other source of noise.
    /// </summary>
    public static async Task<Latency[]> MeasureInTurnAsync(IReadOnlyList<Func<Task>> kinds, int warmup, int iterations)
    {
        for (var i = 0; i < warmup; i++)
            foreach (var kind in kinds) await kind();
        var samples = kinds.Select(_ => new double[iterations]).ToArray();
        for (var i = 0; i < iterations; i++)
            for (var k = 0; k < kinds.Count; k++)
                samples[k][i] = await TimeAsync(kinds[k]);
        return samples.Select(From).ToArray();
    }

    private static async Task<double> TimeAsync(Func<Task> request)
    {
        var started = Stopwatch.GetTimestamp();
        await request();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static Latency From(double[] samples)
    {
        Array.Sort(samples);
        return new Latency(Percentile(samples, 0.50), Percentile(samples, 0.99), samples.Length);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
