using LivePeak.Analytics.Render.Charts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>
/// Draws a <see cref="Plot"/> in a terminal with Spectre.Console: heatmaps as coloured cells,
/// bars as rows of blocks (shaded windows marked, intervals written out), lines as sparklines.
/// Without colour (NO_COLOR, pipes) heatmaps use shade characters, so the picture survives.
/// </summary>
public static class TerminalChart
{
    public static IRenderable Render(Plot plot, TerminalChartOptions options)
    {
        var width = Math.Max(30, options.Width);
        var parts = new List<IRenderable> { new Markup($"[bold]{Markup.Escape(plot.Title)}[/]") };
        if (!string.IsNullOrEmpty(plot.Subtitle))
        {
            parts.Add(new Markup(options.Color ? $"[grey]{Markup.Escape(plot.Subtitle)}[/]" : Markup.Escape(plot.Subtitle)));
        }

        parts.Add(Text.Empty);
        if (plot.Plottables.OfType<Heatmap>().FirstOrDefault() is { } heatmap)
        {
            parts.Add(TerminalHeatmap.Render(heatmap, width, options.Color));
        }

        var bars = plot.Plottables.OfType<BarSeries>().FirstOrDefault();
        if (bars is not null)
        {
            parts.Add(TerminalBars.Render(plot, bars, width, options.Color));
        }

        foreach (var line in plot.Plottables.OfType<LineSeries>())
        {
            parts.Add(new Markup(Markup.Escape(Sparkline.Labelled(line, plot.Axes.Right.TickFormat, width))));
        }

        foreach (var note in plot.Notes)
        {
            parts.Add(new Markup(options.Color ? $"[grey]{Markup.Escape(note)}[/]" : Markup.Escape(note)));
        }

        return new Rows(parts);
    }
}
