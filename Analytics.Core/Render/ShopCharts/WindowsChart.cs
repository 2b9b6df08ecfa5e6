using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>
/// The ranked windows, best on top: a bar for the expected value, a whisker for the interval, and
/// beside it how strong the evidence is and what it rests on.
/// </summary>
public static class WindowsChart
{
    public static Plot Build(WindowRanking ranking, Words words, string shop, string zone)
    {
        var windows = ranking.Windows;
        var plot = new Plot
        {
            Title = words["chart.windows.title"],
            Subtitle = words.Subtitle(shop, windows.FirstOrDefault()?.FirstDate, windows.FirstOrDefault()?.LastDate, zone),
            Height = 150 + 40 * Math.Max(1, windows.Count),
        };
        var labels = windows.Select(w => words.Numbers.Integer(w.Rank) + ". " + words.WindowName(w)).ToList();
        plot.Axes.Left.SetCategories(labels);
        plot.Axes.Left.Inverted = true;
        var bars = plot.Add.Bars(windows.Select((w, i) => new Bar(i, (double)w.Expected)
        {
            Category = labels[i],
            Color = ChartText.EvidenceColor(w.Evidence),
            Description = words.Format("chart.windows.bar", ("window", words.WindowName(w)), ("value", words.Numbers.Money(w.Expected)),
                ("low", words.Numbers.Money(w.Low)), ("high", words.Numbers.Money(w.High)), ("evidence", words.EvidenceName(w.Evidence)),
                ("samples", words.Samples(w))),
        }));
        bars.Orientation = Orientation.Horizontal;
        bars.Width = 0.6;
        bars.Color = ChartText.EvidenceColor(EvidenceLevel.Strong);
        var confidence = windows.Count > 0 ? windows[0].Confidence : 0.9;
        var whiskers = plot.Add.ErrorBars(windows.Select((w, i) => new ErrorRange(i, (double)w.Low, (double)w.High)));
        whiskers.Orientation = Orientation.Horizontal;
        whiskers.Label = words.Format("chart.legend.interval", ("percent", words.Numbers.Percent((decimal)confidence)));
        for (var i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            var note = plot.Add.Text((double)w.High, i, words.EvidenceName(w.Evidence) + " · " + words.Samples(w));
            note.OffsetX = 8;
            note.Color = plot.Theme.MutedText;
        }

        // Room on the right for the evidence notes.
        var high = windows.Select(w => (double)w.High).DefaultIfEmpty(1).Max();
        plot.Axes.Bottom.Min = 0;
        plot.Axes.Bottom.Max = NiceScale.Extend(0, high * 1.45).Max;
        plot.Axes.Bottom.Grid = true;
        plot.Axes.Bottom.Label = words.MeasureName(ranking.Measure);
        plot.Axes.Bottom.TickFormat = v => words.Numbers.Compact(v);
        plot.Description = windows.Count == 0
            ? words["chart.windows.desc.empty"]
            : words.Format("chart.windows.desc", ("count", words.Numbers.Integer(windows.Count)), ("best", words.WindowName(windows[0])),
                ("value", words.Numbers.Money(windows[0].Expected)), ("measure", words.MeasureName(ranking.Measure)));
        // The stand-in and the slot model mean different things by an interval and by evidence.
        var model = ranking.Method != MeanBootstrapRanker.MethodName;
        plot.Notes.Add(words.Format(model ? "chart.windows.note.model" : "chart.windows.note", ("percent", words.Numbers.Percent((decimal)confidence))));
        plot.Notes.Add(words[model ? "evidence.rule.model" : "evidence.rule"]);
        return plot;
    }
}
