using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
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

    public static Table Build(SlotCube cube, SlotMetric metric, bool color)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{Label(metric)} by day and time ({cube.TimeZoneId})");
        table.AddColumn(new TableColumn("Time").RightAligned());
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            table.AddColumn(new TableColumn(DayNames.Short(day)).RightAligned());
        }

        var max = cube.AllSlots().Select(s => s.ValueOf(metric)).DefaultIfEmpty(0).Max();
        var threshold = max * 0.8m;
        for (var slot = 0; slot < cube.Length.SlotsPerDay; slot++)
        {
            var cells = new List<Markup> { new(cube.Length.SlotAt(slot).ToString()[4..]) };
            for (var day = 0; day < 7; day++)
            {
                var stats = cube.Stats(day * cube.Length.SlotsPerDay + slot);
                var value = stats.ValueOf(metric);
                var text = value == 0 ? "·" : NumberFormat.Compact(value);
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
            table.Caption("* within 80% of the busiest slot");
        }

        return table;
    }

    public static string Label(SlotMetric metric) => metric switch
    {
        SlotMetric.Gmv => "GMV",
        SlotMetric.Items => "Items",
        SlotMetric.LiveHours => "LIVE hours",
        SlotMetric.GmvPerLiveHour => "GMV per LIVE hour",
        _ => "Orders",
    };
}
