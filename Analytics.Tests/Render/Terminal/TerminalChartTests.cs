using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.ShopCharts;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Tests.Render.Terminal;

/// <summary>Charts in a terminal: readable without colour, never wider than the terminal.</summary>
public sealed class TerminalChartTests
{
    private static string Draw(Plot plot, int width, bool color)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.TrueColor : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = width;
        console.Write(TerminalChart.Render(plot, new TerminalChartOptions(width, color)));
        return output.ToString();
    }

    private static ShopChartSet Charts() => new(ChartInputs.Pos(withTrend: true).All, Words.For(Language.English));

    [TestCase(ChartKind.Heatmap)]
    [TestCase(ChartKind.Hours)]
    [TestCase(ChartKind.Windows)]
    [TestCase(ChartKind.Products)]
    [TestCase(ChartKind.Sessions)]
    public void Without_colour_there_are_no_escape_codes_and_narrow_terminals_are_not_overrun(ChartKind kind)
    {
        var plot = Charts().Build(kind, SlotMetric.Gmv)!;

        foreach (var width in new[] { 40, 80, 140 })
        {
            var text = Draw(plot, width, color: false);
            // Ordinal: a culture-aware search ignores control characters and would match any "[".
            Assert.That(text.Contains('\u001b', StringComparison.Ordinal), Is.False, "NO_COLOR: plain text, no escape codes");
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            Assert.That(lines.Max(l => new System.Globalization.StringInfo(l).LengthInTextElements), Is.LessThanOrEqualTo(width), $"{kind} at {width} columns");
            Assert.That(text, Does.Contain(plot.Title[..Math.Min(plot.Title.Length, 20)]));
        }
    }

    [Test]
    public void With_colour_the_heatmap_paints_cells_in_the_chart_colours()
    {
        var plot = Charts().Build(ChartKind.Heatmap, SlotMetric.Gmv)!;
        var heatmap = plot.Plottables.OfType<Heatmap>().Single();

        var text = Draw(plot, 120, color: true);

        var top = heatmap.Colormap.Stops[^1];
        Assert.That(text, Does.Contain($"48;2;{top.R};{top.G};{top.B}m"), "the busiest cell has the top colour as its background");
    }

    [Test]
    public void The_hours_chart_marks_the_recommended_windows_and_writes_intervals()
    {
        var text = Draw(Charts().Build(ChartKind.Hours)!, 100, color: false);

        var lines = text.Split('\n');
        Assert.That(lines.Single(l => l.StartsWith("20:00–21:00", StringComparison.Ordinal)), Does.Contain("▌").And.Contain("20:00–22:00"),
            "the window's first hour carries the mark and the caption");
        Assert.That(lines.Single(l => l.StartsWith("21:00–22:00", StringComparison.Ordinal)), Does.Contain("▌"));
        Assert.That(lines.Single(l => l.StartsWith("03:00–04:00", StringComparison.Ordinal)), Does.Not.Contain("▌"));
        Assert.That(lines.Single(l => l.StartsWith("10:00–11:00", StringComparison.Ordinal)), Does.Match(@"\[\d.*–\d.*\]"), "an interval in brackets");
    }

    [TestCase(new double[] { 0, 1, 2, 3, 4, 5, 6, 7 }, 8, "▁▂▃▄▅▆▇█", Description = "one block per value")]
    [TestCase(new double[] { 5, 5, 5 }, 10, "███", Description = "fewer values than room: no stretching; a flat series is full height from zero")]
    [TestCase(new double[] { 0, 0, 8, 8 }, 2, "▁█", Description = "squeezed by averaging neighbours")]
    [TestCase(new double[] { 0, double.NaN, 4 }, 3, "▁ █", Description = "missing values are gaps")]
    public void Sparklines(double[] values, int width, string expected) => Assert.That(Sparkline.Of(values, width), Is.EqualTo(expected));

    [TestCase(0.0, "")]
    [TestCase(1.0, "█")]
    [TestCase(2.5, "██▌")]
    [TestCase(0.125, "▏")]
    [TestCase(0.99, "█", Description = "rounds up to a full block")]
    public void Bar_blocks_have_eighth_steps(double cells, string expected) => Assert.That(TerminalBars.Blocks(cells), Is.EqualTo(expected));
}
