namespace LivePeak.Analytics.Render.Charts;

/// <summary>Adds things to a plot; each method returns what it added so it can be customised.</summary>
public sealed class PlotAdd(Plot plot)
{
    /// <summary>Bars at positions 0, 1, 2…</summary>
    public BarSeries Bars(IReadOnlyList<double> values) =>
        Bars(values.Select((v, i) => new Bar(i, v)));

    public BarSeries Bars(IEnumerable<Bar> bars) => plot.Place(new BarSeries(bars, plot.NextColor()));

    public ErrorBars ErrorBars(IEnumerable<ErrorRange> ranges) =>
        plot.Place(new ErrorBars(ranges, plot.Theme.Text));

    public LineSeries Line(IReadOnlyList<double> xs, IReadOnlyList<double> ys) =>
        plot.Place(new LineSeries(xs, ys, plot.NextColor()));

    /// <summary>A heatmap; the axes become its column and row categories, row 0 on top.</summary>
    public Heatmap Heatmap(double[,] values, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels)
    {
        var heatmap = plot.Place(new Heatmap(values, rowLabels, columnLabels, Colormap.Heat));
        plot.Axes.Bottom.SetCategories(columnLabels);
        plot.Axes.Left.SetCategories(rowLabels);
        plot.Axes.Left.Inverted = true;
        return heatmap;
    }

    /// <summary>A shaded band over [start, end] of the bottom axis, drawn behind the data.</summary>
    public Span VerticalSpan(double start, double end) => Behind(new Span(start, end, plot.Theme.Highlight));

    /// <summary>A shaded band over [start, end] of the left axis, drawn behind the data.</summary>
    public Span HorizontalSpan(double start, double end) =>
        Behind(new Span(start, end, plot.Theme.Highlight) { Orientation = Orientation.Horizontal });

    public TextAnnotation Text(double x, double y, string text) => plot.Place(new TextAnnotation(x, y, text));

    private Span Behind(Span span) => plot.PlaceBehind(span);
}
