using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Render.Charts;
using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Analytics.Render.ShopCharts;

/// <summary>
/// What to sell when: the best products down, the recommended windows across, each cell the
/// product's share of that window's sales. Without enough ranked windows the day's six 4-hour
/// blocks stand in.
/// </summary>
public static class ProductsChart
{
    /// <summary>The chart, or null when no export names products.</summary>
    public static Plot? Build(ShopEvidence evidence, WindowRanking ranking, int productCount, int windowCount, Words words, string shop)
    {
        var source = evidence.Products.Count > 0 ? evidence.Products : evidence.LiveProducts;
        if (source.Count == 0)
        {
            return null;
        }

        var length = source.Length;
        var windows = Columns(ranking, windowCount);
        var slots = windows.Select(w => SlotsOf(w, length).ToList()).ToList();
        var products = source.All()
            .OrderByDescending(p => slots.Sum(s => p.GmvIn(s).TenThousandths))
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(productCount)
            .ToList();
        var totals = slots.Select(s => source.All().Aggregate(Money.Zero, (sum, p) => sum + p.GmvIn(s))).ToList();
        var columnLabels = windows.Select(w => words.WindowName(w, "\n")).ToList();
        var values = new double[products.Count, windows.Count];
        var plot = new Plot
        {
            Title = words["chart.products.title"],
            Subtitle = words.Subtitle(shop, evidence.FirstDate, evidence.LastDate, evidence.Cube.TimeZoneId),
            Height = 170 + 30 * Math.Max(1, products.Count),
        };
        var heatmap = plot.Add.Heatmap(values, products.Select(p => p.Name).ToList(), columnLabels);
        heatmap.Colormap = Colormap.Blues;
        heatmap.Min = 0;
        heatmap.ColorbarLabel = words["chart.products.colorbar"];
        heatmap.ColorbarFormat = v => words.Numbers.Percent((decimal)v);
        for (var r = 0; r < products.Count; r++)
        {
            for (var c = 0; c < windows.Count; c++)
            {
                var gmv = products[r].GmvIn(slots[c]);
                var share = totals[c].TenThousandths > 0 ? (decimal)gmv.TenThousandths / totals[c].TenThousandths : 0m;
                values[r, c] = (double)share;
                heatmap.CellLabels[r, c] = share > 0 ? words.Numbers.Percent(share) : null;
                heatmap.CellDescriptions[r, c] = words.Format("chart.products.cell", ("product", products[r].Name), ("window", words.WindowName(windows[c])),
                    ("value", words.Numbers.Money(gmv)), ("share", words.Numbers.Percent(share, 1)));
            }
        }

        plot.Description = products.Count == 0
            ? words["chart.products.desc.empty"]
            : words.Format("chart.products.desc", ("count", words.Numbers.Integer(products.Count)), ("windows", words.Numbers.Integer(windows.Count)),
                ("best", products[0].Name));
        plot.Notes.Add(words[ReferenceEquals(source, evidence.Products) ? "chart.products.note.orders" : "chart.products.note.lives"]);
        if (ranking.Windows.Count < 2)
        {
            plot.Notes.Add(words["chart.products.note.blocks"]);
        }

        return plot;
    }

    /// <summary>The best windows, in order of the day and week; or six 4-hour blocks.</summary>
    internal static IReadOnlyList<RankedWindow> Columns(WindowRanking ranking, int count)
    {
        if (ranking.Windows.Count >= 2)
        {
            return ranking.Windows.Take(count).OrderBy(w => (int)(w.Day ?? 0)).ThenBy(w => w.StartMinute).ToList();
        }

        return Enumerable.Range(0, 6).Select(i => new RankedWindow
        {
            Rank = i + 1,
            Start = new LocalTime(i * 4, 0),
            End = LocalTime.FromMinutesSinceMidnight((i + 1) * 240 % 1440),
            Measure = ranking.Measure,
            Expected = 0,
            Low = 0,
            High = 0,
            Evidence = EvidenceLevel.TooLittle,
        }).ToList();
    }

    /// <summary>The week's slot indexes a window covers (every day's, for an every-day window).</summary>
    internal static IEnumerable<int> SlotsOf(RankedWindow window, SlotLength length)
    {
        IEnumerable<int> days = window.Day is { } day ? [(int)day - 1] : Enumerable.Range(0, 7);
        foreach (var d in days)
        {
            for (var m = window.StartMinute; m < window.StartMinute + window.Minutes; m += length.Minutes)
            {
                yield return (d * length.SlotsPerDay + m / length.Minutes) % length.SlotsPerWeek;
            }
        }
    }
}
