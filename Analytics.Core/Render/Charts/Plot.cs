namespace LivePeak.Analytics.Render.Charts;

/// <summary>
/// A chart as data: title, accessible description, axes and the things drawn in it. It knows
/// nothing of SVG or terminals; renderers read it. Build one the ScottPlot way:
/// <code>
/// var plot = new Plot { Title = "GMV by hour" };
/// var bars = plot.Add.Bars(values);
/// bars.Color = Color.FromHex("#0072b2");
/// plot.Add.VerticalSpan(20, 22).Caption = "20:00-22:00";
/// </code>
/// </summary>
public sealed class Plot
{
    private readonly List<Plottable> _plottables = [];

    public Plot()
    {
        Add = new PlotAdd(this);
    }

    public PlotAdd Add { get; }

    public PlotAxes Axes { get; } = new();

    public string Title { get; set; } = string.Empty;

    public string? Subtitle { get; set; }

    /// <summary>What the chart shows, in words, for screen readers (SVG <c>&lt;desc&gt;</c>).</summary>
    public string? Description { get; set; }

    /// <summary>Lines printed under the chart: how to read it, where the numbers come from.</summary>
    public List<string> Notes { get; } = [];

    public int Width { get; set; } = 880;

    public int Height { get; set; } = 440;

    public ChartTheme Theme { get; set; } = ChartTheme.Default;

    public bool ShowLegend { get; set; } = true;

    /// <summary>Everything drawn, back to front in the order added (spans go first).</summary>
    public IReadOnlyList<Plottable> Plottables => _plottables;

    public T Place<T>(T plottable)
        where T : Plottable
    {
        _plottables.Add(plottable);
        return plottable;
    }

    /// <summary>Adds an item behind everything but earlier spans, so shading never hides data.</summary>
    public T PlaceBehind<T>(T plottable)
        where T : Plottable
    {
        var firstData = _plottables.FindIndex(p => p is not Span);
        _plottables.Insert(firstData < 0 ? _plottables.Count : firstData, plottable);
        return plottable;
    }

    /// <summary>The data limits of the items on the left (or right) axis.</summary>
    public AxisLimits DataLimits(bool right) =>
        _plottables.Where(p => p.OnRightAxis == right || p is Span).Aggregate(AxisLimits.None, (a, p) => a.Union(p.Limits()));

    public bool UsesRightAxis => _plottables.Any(p => p.OnRightAxis);

    /// <summary>The next colour of the theme's palette for a new series.</summary>
    internal Color NextColor() => Theme.Palette[_plottables.Count(p => p is BarSeries or LineSeries) % Theme.Palette.Count];
}
