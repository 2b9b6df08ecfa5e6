using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>
/// LIVEs over time. With a detail export's Trend Stats: one LIVE bucket by bucket (GMV bars,
/// viewers as a line on the right axis). With LIVE lists only: every LIVE in turn, by GMV per
/// hour. Null when the inputs hold no LIVE.
/// </summary>
public static class SessionsChart
{
    public static Plot? Build(ShopEvidence evidence, Words words, string shop, int live = 1)
    {
        var details = TrendDetails(evidence);
        if (details.Count > 0)
        {
            return Trend(details[Math.Clamp(live, 1, details.Count) - 1], words, shop);
        }

        var sessions = evidence.Sessions.Where(s => s.GmvPerHour is not null).ToList();
        return sessions.Count == 0 ? null : Timeline(sessions, words, shop, evidence.Cube.TimeZoneId);
    }

    /// <summary>Detail exports with a trend, best-selling LIVE first.</summary>
    public static IReadOnlyList<Domain.LiveDetail> TrendDetails(ShopEvidence evidence) =>
        evidence.Details.Where(d => d.Trend.Count >= 2)
            .OrderByDescending(d => d.Trend.Sum(p => p.Gmv?.TenThousandths ?? 0))
            .ThenBy(d => d.Trend[0].Start)
            .ToList();

    private static Plot Trend(Domain.LiveDetail detail, Words words, string shop)
    {
        var first = detail.Trend[0].Start;
        var bucket = detail.BucketLength ?? Duration.FromMinutes(5);
        var bucketMinutes = bucket.TotalMinutes;
        double MinutesOf(LocalDateTime t) => Period.Between(first, t, PeriodUnits.Minutes).Minutes;
        var end = detail.Trend[^1].Start.PlusMinutes((long)bucketMinutes);
        var plot = new Plot
        {
            Title = words.Format("chart.sessions.trend.title", ("start", words.Numbers.DateTime(first)), ("end", words.Numbers.Time(end.TimeOfDay))),
            Subtitle = words.Subtitle(shop, null, null, string.Empty),
        };
        var bars = plot.Add.Bars(detail.Trend.Select(p => new Bar(MinutesOf(p.Start) + bucketMinutes / 2, (double)(p.Gmv?.ToDecimal() ?? 0))
        {
            Category = words.Numbers.Time(p.Start.TimeOfDay),
            Description = words.Format("chart.sessions.trend.bar", ("time", words.Numbers.Time(p.Start.TimeOfDay)),
                ("value", p.Gmv is { } g ? words.Numbers.Money(g) : "–"), ("orders", p.Orders is { } o ? words.Numbers.Integer(o) : "–"),
                ("viewers", p.Viewers is { } v ? words.Numbers.Integer(v) : "–")),
        }));
        bars.Width = bucketMinutes * 0.85;
        bars.Label = words.Format("chart.sessions.trend.legend.gmv", ("minutes", words.Numbers.Integer((decimal)bucketMinutes)));
        if (detail.Trend.Any(p => p.Viewers is not null))
        {
            var line = plot.Add.Line(
                detail.Trend.Select(p => MinutesOf(p.Start) + bucketMinutes / 2).ToList(),
                detail.Trend.Select(p => p.Viewers is { } v ? (double)v : double.NaN).ToList());
            line.OnRightAxis = true;
            line.Color = plot.Theme.Palette[1];
            line.MarkerRadius = detail.Trend.Count <= 40 ? 2.5 : 0;
            line.Label = words["chart.sessions.trend.legend.viewers"];
            plot.Axes.Right.Label = words["axis.viewers"];
            plot.Axes.Right.TickFormat = v => words.Numbers.Compact(v);
        }

        var total = MinutesOf(end);
        var step = total <= 90 ? 15 : total <= 240 ? 30 : 60;
        plot.Axes.Bottom.Min = 0;
        plot.Axes.Bottom.Max = total;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, (int)(total / step) + 1).Select(i => new Tick(i * step, words.Numbers.Time(first.PlusMinutes(i * step).TimeOfDay))));
        plot.Axes.Bottom.Label = words["axis.time"];
        plot.Axes.Left.Label = words["axis.gmv"];
        plot.Axes.Left.TickFormat = v => words.Numbers.Compact(v);
        var peak = detail.Trend.MaxBy(p => p.Gmv?.TenThousandths ?? 0)!;
        plot.Description = words.Format("chart.sessions.trend.desc", ("start", words.Numbers.DateTime(first)),
            ("minutes", words.Numbers.Integer((decimal)bucketMinutes)), ("peak", words.Numbers.Time(peak.Start.TimeOfDay)),
            ("value", peak.Gmv is { } pg ? words.Numbers.Money(pg) : "–"));
        plot.Notes.Add(words.Format("chart.sessions.trend.note", ("file", Path.GetFileName(detail.SourcePath))));
        return plot;
    }

    private static Plot Timeline(IReadOnlyList<Engine.SessionResult> sessions, Words words, string shop, string zone)
    {
        var plot = new Plot
        {
            Title = words["chart.sessions.timeline.title"],
            Subtitle = words.Subtitle(shop, sessions[0].Session.StartLocal.Date, sessions[^1].Session.StartLocal.Date, zone),
        };
        var labels = sessions.Select(s => words.Numbers.DayShort(s.Session.StartLocal.DayOfWeek) + "\n" + words.Numbers.DayMonth(s.Session.StartLocal.Date)).ToList();
        plot.Axes.Bottom.SetCategories(labels);
        var bars = plot.Add.Bars(sessions.Select((s, i) => new Bar(i, (double)s.GmvPerHour!.Value)
        {
            Category = labels[i],
            Description = words.Format("chart.sessions.timeline.bar", ("start", words.Numbers.DateTime(s.Session.StartLocal)),
                ("hours", words.Numbers.Decimal(s.Hours, 1)), ("value", words.Numbers.Money(s.GmvPerHour!.Value)),
                ("orders", words.Numbers.Integer(s.Session.Metrics.Orders ?? s.AttributedOrders))),
        }));
        bars.Width = 0.7;
        bars.Label = words["measure.gmvperlivehour"];
        plot.Axes.Left.Label = words["measure.gmvperlivehour"];
        plot.Axes.Left.TickFormat = v => words.Numbers.Compact(v);
        var best = sessions.MaxBy(s => s.GmvPerHour!.Value)!;
        plot.Description = words.Format("chart.sessions.timeline.desc", ("count", words.Numbers.Integer(sessions.Count)),
            ("best", words.Numbers.DateTime(best.Session.StartLocal)), ("value", words.Numbers.Money(best.GmvPerHour!.Value)));
        plot.Notes.Add(words["chart.sessions.timeline.note"]);
        return plot;
    }
}
