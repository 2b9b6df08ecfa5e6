using System.Text;
using LivePeak.Analytics.Render.Charts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>
/// Bars as rows: label, a bar of blocks with eighth-steps, the value, the interval where whiskers
/// give one, and a mark on rows inside a shaded window (its caption on the window's first row).
/// </summary>
public static class TerminalBars
{
    private const string Eighths = " ▏▎▍▌▋▊▉█";

    public static IRenderable Render(Plot plot, BarSeries series, int width, bool color)
    {
        var valueFormat = series.Orientation == Orientation.Vertical ? plot.Axes.Left.TickFormat : plot.Axes.Bottom.TickFormat;
        var whiskers = plot.Plottables.OfType<ErrorBars>().SelectMany(e => e.Ranges).ToList();
        var spans = plot.Plottables.OfType<Span>().ToList();
        var notes = plot.Plottables.OfType<TextAnnotation>().ToList();
        var rows = series.Bars.Select(bar =>
        {
            var range = whiskers.FirstOrDefault(w => Math.Abs(w.Position - bar.Position) < 1e-9);
            var interval = whiskers.Count > 0 && range != default ? $" [{valueFormat(range.Low)}–{valueFormat(range.High)}]" : string.Empty;
            var note = notes.FirstOrDefault(n => Math.Abs((series.Orientation == Orientation.Horizontal ? n.Y : n.X) - bar.Position) < 1e-9)?.Text;
            var span = spans.FirstOrDefault(s => bar.Position > s.Start && bar.Position < s.End);
            var caption = span is not null && ReferenceEquals(series.Bars.First(b => b.Position > span.Start && b.Position < span.End), bar) ? span.Caption : null;
            return (Bar: bar, Label: bar.Category ?? string.Empty, Value: bar.ValueLabel ?? valueFormat(bar.Value), Interval: interval, Span: span, Caption: caption, Note: note);
        }).ToList();

        var labelWidth = Math.Min(width / 3, rows.Select(r => TerminalHeatmap.Cells(r.Label)).DefaultIfEmpty(1).Max());
        var tailWidth = rows.Select(r => TerminalHeatmap.Cells(r.Value + r.Interval)).DefaultIfEmpty(0).Max();
        var extraWidth = rows.Select(r => string.Join("  ", new[] { r.Caption, r.Note }.Where(t => !string.IsNullOrEmpty(t)))).Select(TerminalHeatmap.Cells).DefaultIfEmpty(0).Max();
        var barWidth = Math.Max(5, width - labelWidth - tailWidth - (extraWidth > 0 ? extraWidth + 2 : 0) - 5);
        var max = series.Bars.Select(b => Math.Abs(b.Value)).Concat(whiskers.Select(w => Math.Abs(w.High))).DefaultIfEmpty(0).Max();
        var lines = new List<string>();
        foreach (var r in rows)
        {
            var sb = new StringBuilder();
            sb.Append(Markup.Escape(TerminalHeatmap.Pad(TerminalHeatmap.Fit(r.Label, labelWidth), labelWidth)));
            sb.Append(r.Span is null ? "  " : color ? $" [{r.Span.Color.ToHex()}]▌[/]" : " ▌");
            var blocks = Blocks(max > 0 ? Math.Abs(r.Bar.Value) / max * barWidth : 0);
            var fill = (r.Bar.Color ?? series.Color).ToHex();
            sb.Append(color ? $"[{fill}]{blocks}[/]" : blocks);
            sb.Append(' ', Math.Max(1, barWidth - blocks.Length + 1));
            sb.Append(Markup.Escape(r.Value + r.Interval));
            var extra = string.Join("  ", new[] { r.Caption, r.Note }.Where(t => !string.IsNullOrEmpty(t)));
            if (extra.Length > 0)
            {
                sb.Append("  ").Append(color ? $"[bold]{Markup.Escape(extra)}[/]" : Markup.Escape(extra));
            }

            lines.Add(sb.ToString());
        }

        if (spans.FirstOrDefault(s => !string.IsNullOrEmpty(s.Label)) is { } legend)
        {
            lines.Add((color ? $"[{legend.Color.ToHex()}]▌[/] " : "▌ ") + Markup.Escape(legend.Label!));
        }

        return new Markup(string.Join('\n', lines));
    }

    /// <summary>A bar of full blocks and one eighth-step block for the remainder.</summary>
    public static string Blocks(double cells)
    {
        var whole = (int)Math.Floor(cells);
        var eighths = (int)Math.Round((cells - whole) * 8);
        if (eighths == 8)
        {
            whole++;
            eighths = 0;
        }

        return new string('█', whole) + (eighths > 0 ? Eighths[eighths].ToString() : string.Empty);
    }
}
