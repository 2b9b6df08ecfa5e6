using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>Labels and value formats shared by the chart builders and the report.</summary>
public static class ChartText
{
    public static string MetricName(this Words words, SlotMetric metric) => words[$"metric.{Slug(metric)}"];

    public static string MetricUnit(this Words words, SlotMetric metric) => metric switch
    {
        SlotMetric.Gmv or SlotMetric.GmvPerLiveHour => words.Numbers.Currency == "VND" && words.Language == Render.Localization.Language.Vietnamese ? "₫" : words.Numbers.Currency,
        SlotMetric.LiveHours => words["unit.hours"],
        SlotMetric.Items => words["unit.items"],
        _ => words["unit.orders"],
    };

    public static string FormatMetric(this Words words, SlotMetric metric, decimal value) => metric switch
    {
        SlotMetric.Gmv or SlotMetric.GmvPerLiveHour => words.Numbers.Money(value),
        SlotMetric.LiveHours => words.Numbers.Decimal(value, 1),
        _ => words.Numbers.Integer(value),
    };

    /// <summary>Axis ticks: money and counts in short form (1.2M / 1,2 tr).</summary>
    public static Func<double, string> TickFormat(this Words words, SlotMetric metric) => metric switch
    {
        SlotMetric.LiveHours => v => words.Numbers.Decimal((decimal)v, v == Math.Floor(v) ? 0 : 1),
        _ => v => words.Numbers.Compact(v),
    };

    public static string Slug(SlotMetric metric) => metric switch
    {
        SlotMetric.Gmv => "gmv",
        SlotMetric.Items => "items",
        SlotMetric.LiveHours => "livehours",
        SlotMetric.GmvPerLiveHour => "gmvperlivehour",
        _ => "orders",
    };

    public static string MeasureName(this Words words, WindowMeasure measure) =>
        measure == WindowMeasure.GmvPerLiveHour ? words["measure.gmvperlivehour"] : words["measure.gmvperday"];

    public static string EvidenceName(this Words words, EvidenceLevel level) => words[$"evidence.{level.ToString().ToLowerInvariant()}"];

    /// <summary>"Sat 20:00–22:00", or "20:00–22:00" for a window of every day.</summary>
    public static string WindowName(this Words words, RankedWindow window, string separator = " ") =>
        (window.Day is { } day ? words.Numbers.DayShort(day) + separator : string.Empty) + words.Numbers.TimeRange(window.Start, window.End);

    /// <summary>"12 LIVEs" or "4 days": what the window's estimate rests on.</summary>
    public static string Samples(this Words words, RankedWindow window) =>
        words.Format((window.Measure == WindowMeasure.GmvPerLiveHour ? "samples.lives" : "samples.days") + (window.Samples == 1 ? ".one" : string.Empty),
            ("count", words.Numbers.Integer(window.Samples)));

    /// <summary>"Shop · 1 Jun 2026 – 28 Jun 2026 · Asia/Ho_Chi_Minh".</summary>
    public static string Subtitle(this Words words, string shop, NodaTime.LocalDate? first, NodaTime.LocalDate? last, string zone) =>
        string.Join(" · ", new[] { shop, first is { } f && last is { } l ? words.Numbers.DateRange(f, l) : null, zone }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>Evidence colours: strong dark, weak pale, so greyscale print keeps the order.</summary>
    public static Charts.Color EvidenceColor(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Strong => Charts.Color.FromHex("#1b7a43"),
        EvidenceLevel.Moderate => Charts.Color.FromHex("#4caf72"),
        EvidenceLevel.Weak => Charts.Color.FromHex("#a8d5b5"),
        _ => Charts.Color.FromHex("#c8ccd0"),
    };
}
