using PolityGraph.Loader.Reporting;
using PolityGraph.Loader.Writing;

namespace PolityGraph.Loader.Tests.Reporting;

public sealed class ProgressLineTests
{
    [Fact]
    public void In_a_log_a_large_load_prints_one_line_per_tenth()
    {
        var log = new StringWriter();
        var progress = new ProgressLine(log, interactive: false);

        for (var done = 1_000L; done <= 100_000; done += 1_000)
            progress.Report(new WriteProgress("HELD", done, 100_000));

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length); // 1%, then 10%, 20%, ... 100%
        Assert.Equal("loading: 100,000 of 100,000 elements (100%), now HELD", lines[^1]);
    }

    [Fact]
    public void On_a_terminal_the_line_is_rewritten_in_place()
    {
        var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, interactive: true);

        progress.Report(new WriteProgress("Person", 5_000, 20_000));
        progress.Report(new WriteProgress("HELD", 20_000, 20_000));

        Assert.StartsWith("\rloading: 5,000 of 20,000 elements (25%), now Person", terminal.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\n", terminal.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, terminal.ToString().Count(c => c == '\r'));
    }

    [Fact]
    public void A_small_load_prints_nothing()
    {
        var log = new StringWriter();

        new ProgressLine(log, interactive: false).Report(new WriteProgress("Person", 22, 22));

        Assert.Equal("", log.ToString());
    }
}
