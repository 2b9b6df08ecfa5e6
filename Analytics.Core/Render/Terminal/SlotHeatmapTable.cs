using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.ShopCharts;
using NodaTime;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>
/// The week as a table: one row per slot of the day, one column per day, each cell shaded by its
/// share of the busiest cell so peaks stand out. Without colour (NO_COLOR, pipes) the numbers
/// alone still read, and the busiest cells are marked.
/// </summary>
public static class SlotHeatmapTable
{
    private static readonly Color[] Ramp =
    [
        new(30, 30, 40), new(40, 60, 90), new(40, 90, 130), new(50, 130, 150), new(80, 170, 120),
        new(170, 190, 70), new(230, 170, 40), new(240, 110, 30), new(220, 50, 40),
    ];

    public static Table Build(SlotCube cube, SlotMetric metric, bool color, Words words)
    {
        var numbers = words.Numbers;
        var title = words.Format("terminal.heatmap.title", ("metric", words.MetricName(metric)), ("zone", cube.TimeZoneId));
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn(new TableColumn(Markup.Escape(words["terminal.heatmap.time"])).RightAligned());
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            table.AddColumn(new TableColumn(Markup.Escape(numbers.DayShort(day))).RightAligned());
        }

        var max = cube.AllSlots().Select(s => s.ValueOf(metric)).DefaultIfEmpty(0).Max();
        var threshold = max * 0.8m;
        for (var slot = 0; slot < cube.Length.SlotsPerDay; slot++)
        {
            var cells = new List<Markup> { new(numbers.SlotTimes(cube.Length.SlotAt(slot))) };
            for (var day = 0; day < 7; day++)
            {
                var stats = cube.Stats(day * cube.Length.SlotsPerDay + slot);
                var value = stats.ValueOf(metric);
                var text = value == 0 ? "·" : numbers.Compact(value, significant: 2);
                if (color && max > 0 && value != 0)
                {
                    var shade = Ramp[(int)Math.Clamp(Math.Round(value / max * (Ramp.Length - 1)), 0, Ramp.Length - 1)];
                    var ink = shade.R * 299 + shade.G * 587 + shade.B * 114 > 128_000 ? "black" : "white";
                    cells.Add(new Markup($"[{ink} on #{shade.ToHex()}]{Markup.Escape(text)}[/]"));
                }
                else
                {
                    cells.Add(new Markup(Markup.Escape(value >= threshold && value > 0 ? text + "*" : text)));
                }
            }

            table.AddRow(cells);
        }

        if (!color)
        {
            table.Caption(Markup.Escape(words["terminal.heatmap.caption"]));
        }

        return table;
    }
}
