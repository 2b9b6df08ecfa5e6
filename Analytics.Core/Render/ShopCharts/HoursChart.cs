using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>
/// An average day, slot by slot: GMV (or orders) per day with an interval whisker over the days,
/// and the recommended windows shaded and labelled ("10:00–12:00", "20:00–22:00").
/// </summary>
public static class HoursChart
{
    public static Plot Build(ShopEvidence evidence, WindowRanking everyDay, int shaded, bool orders, Words words, string shop, double confidence = 0.9)
    {
        var daily = evidence.Daily;
        var slotHours = daily.Length.Minutes / 60.0;
        var profile = DailyProfile.Build(daily, orders, confidence);
        var metric = orders ? Engine.SlotMetric.Orders : Engine.SlotMetric.Gmv;
        var days = profile.Count > 0 ? profile[0].Days : 0;
        var plot = new Plot
        {
            Title = words[orders ? "chart.hours.title.orders" : "chart.hours.title.gmv"],
            Subtitle = words.Subtitle(shop, daily.FirstDate, daily.LastDate, evidence.Cube.TimeZoneId),
        };

        foreach (var window in everyDay.Windows.Take(shaded))
        {
            var start = window.StartMinute / 60.0;
            var span = plot.Add.VerticalSpan(start, Math.Min(24, start + window.Minutes / 60.0));
            span.Caption = words.Numbers.TimeRange(window.Start, window.End);
            span.Label = words["chart.hours.legend.window"];
        }

        // One legend entry for all shaded windows.
        foreach (var span in plot.Plottables.OfType<Span>().Skip(1))
        {
            span.Label = null;
        }

        var bars = plot.Add.Bars(profile.Select(p =>
        {
            var range = words.Numbers.TimeRange(LocalTime.FromMinutesSinceMidnight(p.StartMinute), LocalTime.FromMinutesSinceMidnight((p.StartMinute + daily.Length.Minutes) % 1440));
            return new Bar(p.StartMinute / 60.0 + slotHours / 2, (double)p.Mean)
            {
                Category = range,
                Description = words.Format("chart.hours.bar", ("range", range), ("value", words.FormatMetric(metric, p.Mean)),
                    ("low", words.FormatMetric(metric, p.Low)), ("high", words.FormatMetric(metric, p.High))),
            };
        }));
        bars.Width = slotHours * 0.8;
        bars.Color = plot.Theme.Palette[0];
        bars.Label = words[orders ? "chart.hours.legend.orders" : "chart.hours.legend.gmv"];
        var whiskers = plot.Add.ErrorBars(profile.Select(p => new ErrorRange(p.StartMinute / 60.0 + slotHours / 2, (double)p.Low, (double)p.High)));
        whiskers.CapWidth = slotHours * 0.4;
        whiskers.Label = words.Format("chart.legend.interval", ("percent", words.Numbers.Percent((decimal)confidence)));

        plot.Axes.Bottom.Min = 0;
        plot.Axes.Bottom.Max = 24;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, 13).Select(i => new Tick(i * 2, i == 12 ? "24:00" : words.Numbers.Time(new LocalTime(i * 2, 0)))));
        plot.Axes.Bottom.Label = words["axis.time"];
        plot.Axes.Left.Label = words[orders ? "axis.orders.perday" : "axis.gmv.perday"];
        plot.Axes.Left.TickFormat = words.TickFormat(metric);

        var best = profile.OrderByDescending(p => p.Mean).FirstOrDefault();
        var windows = string.Join(", ", everyDay.Windows.Take(shaded).Select(w => words.Numbers.TimeRange(w.Start, w.End)));
        plot.Description = words.Format("chart.hours.desc",
            ("metric", words.MetricName(metric)),
            ("days", words.Numbers.Integer(days)),
            ("peak", best is null ? "–" : words.Numbers.TimeRange(LocalTime.FromMinutesSinceMidnight(best.StartMinute), LocalTime.FromMinutesSinceMidnight((best.StartMinute + daily.Length.Minutes) % 1440))),
            ("windows", windows.Length == 0 ? "–" : windows));
        plot.Notes.Add(words.Format("chart.hours.note.whiskers", ("percent", words.Numbers.Percent((decimal)confidence)), ("days", words.Numbers.Integer(days))));
        if (everyDay.Windows.Count > 0)
        {
            plot.Notes.Add(words.Format("chart.hours.note.windows", ("hours", words.Numbers.Decimal(everyDay.Windows[0].Minutes / 60m, 0)),
                ("measure", words.MeasureName(everyDay.Measure))));
        }

        return plot;
    }
}
