using System.Globalization;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>The week as a picture: days down, hours across, each cell coloured by a metric.</summary>
public static class HeatmapChart
{
    public static Plot Build(ShopEvidence evidence, SlotMetric metric, Words words, string shop)
    {
        var cube = evidence.Cube;
        var length = cube.Length;
        var days = Enumerable.Range(1, 7).Select(d => words.Numbers.DayShort((IsoDayOfWeek)d)).ToList();
        var columns = Enumerable.Range(0, length.SlotsPerDay)
            .Select(i => length.Minutes >= 60
                ? (i * length.Minutes / 60).ToString(CultureInfo.InvariantCulture)
                : words.Numbers.Time(LocalTime.FromMinutesSinceMidnight(i * length.Minutes)))
            .ToList();
        var values = new double[7, length.SlotsPerDay];
        var plot = new Plot
        {
            Title = words.Format("chart.heatmap.title", ("metric", words.MetricName(metric))),
            Subtitle = words.Subtitle(shop, cube.FirstDate, cube.LastDate, cube.TimeZoneId),
            Height = 380,
        };
        var heatmap = plot.Add.Heatmap(values, days, columns);
        heatmap.ColorbarLabel = $"{words.MetricName(metric)} ({words.MetricUnit(metric)})";
        heatmap.ColorbarFormat = words.TickFormat(metric);
        SlotStats? best = null;
        for (var d = 0; d < 7; d++)
        {
            for (var s = 0; s < length.SlotsPerDay; s++)
            {
                var stats = cube.Stats(d * length.SlotsPerDay + s);
                var missing = metric == SlotMetric.GmvPerLiveHour && stats.GmvPerLiveHour is null;
                var value = stats.ValueOf(metric);
                values[d, s] = missing ? double.NaN : (double)value;
                if (!missing && value > 0)
                {
                    heatmap.CellLabels[d, s] = words.Numbers.Compact(value);
                    if (best is null || value > best.ValueOf(metric))
                    {
                        best = stats;
                    }
                }

                var slotName = words.Numbers.DayShort(stats.Slot.Day) + " " + words.Numbers.TimeRange(stats.Slot.Start, stats.Slot.End);
                heatmap.CellDescriptions[d, s] = missing
                    ? words.Format("chart.heatmap.cell.none", ("slot", slotName))
                    : words.Format("chart.heatmap.cell", ("slot", slotName), ("value", words.FormatMetric(metric, value)),
                        ("orders", words.Numbers.Integer(stats.Orders)));
            }
        }

        plot.Axes.Bottom.Label = words["axis.hour"];
        plot.Description = best is null
            ? words.Format("chart.heatmap.desc.empty", ("metric", words.MetricName(metric)))
            : words.Format("chart.heatmap.desc", ("metric", words.MetricName(metric)),
                ("slot", words.Numbers.DayShort(best.Slot.Day) + " " + words.Numbers.TimeRange(best.Slot.Start, best.Slot.End)),
                ("value", words.FormatMetric(metric, best.ValueOf(metric))));
        plot.Notes.Add(words.Format(metric == SlotMetric.GmvPerLiveHour ? "chart.heatmap.note.rate" : "chart.heatmap.note",
            ("zone", cube.TimeZoneId)));
        return plot;
    }
}
