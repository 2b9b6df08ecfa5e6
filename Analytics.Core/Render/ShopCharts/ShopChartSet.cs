using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>
/// Every chart of one shop (or of all shops together), in one language. The window rankings are
/// made once, by the ranker given (the stand-in <see cref="MeanBootstrapRanker"/> unless a model is
/// handed in), and shared by the charts that show them.
/// </summary>
public sealed class ShopChartSet
{
    private readonly Lazy<WindowRanking> _week;
    private readonly Lazy<WindowRanking> _day;

    public ShopChartSet(ShopEvidence evidence, Words words, ShopChartOptions? options = null, IWindowRanker? ranker = null)
    {
        Evidence = evidence;
        Words = words;
        Options = options ?? new ShopChartOptions();
        Ranker = ranker ?? new MeanBootstrapRanker();
        _week = new(() => Ranker.Rank(evidence, Options.Ranking with { EveryDay = false }));
        _day = new(() => Ranker.Rank(evidence, Options.Ranking with { EveryDay = true }));
    }

    public ShopEvidence Evidence { get; }

    public Words Words { get; }

    public ShopChartOptions Options { get; }

    public IWindowRanker Ranker { get; }

    /// <summary>The shop's name as printed.</summary>
    public string ShopLabel => Options.ShopLabel ?? Evidence.Shop ?? Words["shop.all"];

    /// <summary>The best windows of the week (Sat 20:00–22:00).</summary>
    public WindowRanking WeekWindows => _week.Value;

    /// <summary>The best windows of any day (20:00–22:00).</summary>
    public WindowRanking DayWindows => _day.Value;

    /// <summary>The chart of a kind; null when the inputs lack what it needs (products, LIVEs).</summary>
    public Plot? Build(ChartKind kind, SlotMetric metric = SlotMetric.Gmv) => kind switch
    {
        ChartKind.Heatmap => HeatmapChart.Build(Evidence, metric, Words, ShopLabel),
        ChartKind.Hours => HoursChart.Build(Evidence, DayWindows, Options.ShadedWindows, metric == SlotMetric.Orders, Words, ShopLabel, Options.Ranking.Confidence),
        ChartKind.Windows => WindowsChart.Build(WeekWindows, Words, ShopLabel, Evidence.Cube.TimeZoneId),
        ChartKind.Products => ProductsChart.Build(Evidence, WeekWindows, Options.Products, Options.ProductWindows, Words, ShopLabel),
        ChartKind.Sessions => SessionsChart.Build(Evidence, Words, ShopLabel),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
