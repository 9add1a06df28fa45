using PolityGraph.Loader.Writing;

namespace PolityGraph.Loader.Reporting;

/// <summary>
/// Progress of a large load on stderr: one line rewritten in place on a terminal, or a line per
/// tenth of the work when stderr is a file or pipe (CI logs), so logs stay short and readable.
/// Small loads (the real seed data) print nothing: they finish before anyone would look.
/// </summary>
public sealed class ProgressLine(TextWriter error, bool interactive, long threshold = 10_000) : IProgress<WriteProgress>
{
    private int lastTenth = -1;

    public void Report(WriteProgress value)
    {
        if (value.Total < threshold) return;
        var percent = value.Total == 0 ? 100 : (int)(100 * value.Done / value.Total);
        var line = $"loading: {value.Done:N0} of {value.Total:N0} elements ({percent}%), now {value.Kind}";
        if (interactive)
        {
            error.Write($"\r{line,-80}");
            if (value.Done >= value.Total) error.WriteLine();
        }
        else if (percent / 10 > lastTenth)
        {
            lastTenth = percent / 10;
            error.WriteLine(line);
        }
    }
}
