using LivePeak.Analytics.Render.Charts;

namespace LivePeak.Analytics.Render.Svg;

/// <summary>Where everything of a plot goes in pixels: the plot area, the text bands around it, the scales.</summary>
internal sealed class PlotLayout
{
    public const double Padding = 16;
    public const double ColorbarWidth = 14;

    public PlotLayout(Plot plot)
    {
        var theme = plot.Theme;
        var fs = theme.FontSize;
        Heatmap = plot.Plottables.OfType<Heatmap>().FirstOrDefault();
        LegendItems = plot.ShowLegend ? plot.Plottables.Where(p => !string.IsNullOrEmpty(p.Label)).ToList() : [];

        (XMin, XMax) = Range(plot.Axes.Bottom, plot.DataLimits(false).Union(plot.DataLimits(true)), x: true);
        (YMin, YMax) = Range(plot.Axes.Left, plot.DataLimits(false), x: false);
        (Y2Min, Y2Max) = plot.UsesRightAxis ? Range(plot.Axes.Right, plot.DataLimits(true), x: false) : (0, 1);
        BottomTicks = plot.Axes.Bottom.TicksWithin(XMin, XMax);
        LeftTicks = plot.Axes.Left.TicksWithin(YMin, YMax);
        RightTicks = plot.UsesRightAxis ? plot.Axes.Right.TicksWithin(Y2Min, Y2Max) : [];

        var top = Padding + theme.TitleFontSize;
        TitleY = top;
        top += 8;
        if (!string.IsNullOrEmpty(plot.Subtitle))
        {
            SubtitleY = top + fs;
            top = SubtitleY + 8;
        }

        if (LegendItems.Count > 0)
        {
            LegendY = top + fs;
            top = LegendY + 8;
        }

        PlotTop = top + 6;

        NoteLines = plot.Notes.SelectMany(n => Wrap(n, plot.Width - 2 * Padding, fs - 1)).ToList();
        var bottom = plot.Height - Padding - NoteLines.Count * (fs + 3);
        if (NoteLines.Count > 0)
        {
            NotesTop = bottom + fs;
            bottom -= 8;
        }

        if (!string.IsNullOrEmpty(plot.Axes.Bottom.Label))
        {
            BottomLabelY = bottom;
            bottom -= fs + 8;
        }

        // Category labels may take two lines ("Sat\n20:00-22:00").
        var tickLines = BottomTicks.Select(t => t.Label.Split('\n').Length).DefaultIfEmpty(1).Max();
        PlotBottom = bottom - tickLines * (fs + 2) - 4;
        BottomTickY = PlotBottom + fs + 6;

        var maxLeft = plot.Width * 0.38;
        LeftTickWidth = Math.Min(maxLeft, LeftTicks.Select(t => TextWidth.Estimate(t.Label, fs)).DefaultIfEmpty(0).Max());
        PlotLeft = Padding + (string.IsNullOrEmpty(plot.Axes.Left.Label) ? 0 : fs + 10) + LeftTickWidth + 8;

        var right = plot.Width - Padding;
        if (plot.UsesRightAxis)
        {
            right -= RightTicks.Select(t => TextWidth.Estimate(t.Label, fs)).DefaultIfEmpty(0).Max() + 8;
            right -= string.IsNullOrEmpty(plot.Axes.Right.Label) ? 0 : fs + 10;
        }

        if (Heatmap?.ColorbarLabel is not null)
        {
            ColorbarTicks = NiceScale.Ticks(Heatmap.ColorMin, Heatmap.ColorMax, 4);
            right -= ColorbarWidth + 12 + ColorbarTicks.Select(v => TextWidth.Estimate(Heatmap.ColorbarFormat(v), fs)).DefaultIfEmpty(0).Max() + 6 + fs + 10;
        }

        // Bottom tick labels are centred on their ticks: leave room for half of the outermost ones.
        var halfLast = BottomTicks.Count == 0 ? 0 : TextWidth.Estimate(BottomTicks[^1].Label.Split('\n')[0], fs) / 2;
        var halfFirst = BottomTicks.Count == 0 ? 0 : TextWidth.Estimate(BottomTicks[0].Label.Split('\n')[0], fs) / 2;
        PlotLeft = Math.Max(PlotLeft, Padding + halfFirst);
        PlotRight = Math.Min(right, plot.Width - Padding - halfLast);
        X = plot.Axes.Bottom.Inverted ? new ScaleMap(XMin, XMax, PlotRight, PlotLeft) : new ScaleMap(XMin, XMax, PlotLeft, PlotRight);
        Y = plot.Axes.Left.Inverted ? new ScaleMap(YMin, YMax, PlotTop, PlotBottom) : new ScaleMap(YMin, YMax, PlotBottom, PlotTop);
        Y2 = new ScaleMap(Y2Min, Y2Max, PlotBottom, PlotTop);
    }

    public Heatmap? Heatmap { get; }

    public IReadOnlyList<Plottable> LegendItems { get; }

    public double XMin { get; }

    public double XMax { get; }

    public double YMin { get; }

    public double YMax { get; }

    public double Y2Min { get; }

    public double Y2Max { get; }

    public IReadOnlyList<Tick> BottomTicks { get; }

    public IReadOnlyList<Tick> LeftTicks { get; }

    public IReadOnlyList<Tick> RightTicks { get; }

    public IReadOnlyList<double> ColorbarTicks { get; } = [];

    public double TitleY { get; }

    public double SubtitleY { get; }

    public double LegendY { get; }

    public IReadOnlyList<string> NoteLines { get; }

    public double NotesTop { get; }

    public double BottomLabelY { get; }

    public double BottomTickY { get; }

    public double LeftTickWidth { get; }

    public double PlotTop { get; }

    public double PlotBottom { get; }

    public double PlotLeft { get; }

    public double PlotRight { get; }

    public ScaleMap X { get; }

    public ScaleMap Y { get; }

    public ScaleMap Y2 { get; }

    public ScaleMap YFor(Plottable p) => p.OnRightAxis ? Y2 : Y;

    private static (double Min, double Max) Range(Axis axis, AxisLimits data, bool x)
    {
        var low = x ? data.XMin : data.YMin;
        var high = x ? data.XMax : data.YMax;
        if (axis.Min is { } fixedMin && axis.Max is { } fixedMax)
        {
            return (fixedMin, fixedMax);
        }

        var (min, max) = axis.ManualTicks is { Count: > 0 } ticks && double.IsNaN(low)
            ? (ticks.Min(t => t.Position), ticks.Max(t => t.Position))
            : NiceScale.Extend(low, high);
        return (axis.Min ?? min, axis.Max ?? max);
    }

    /// <summary>Greedy word wrap to an estimated width.</summary>
    internal static IEnumerable<string> Wrap(string text, double width, double fontSize)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && TextWidth.Estimate(candidate, fontSize) > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
