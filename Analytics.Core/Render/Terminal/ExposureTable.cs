using System.Globalization;
using LivePeak.Analytics.Engine;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>Per slot with LIVE activity: how long the shop was live there and what it earned.</summary>
public static class ExposureTable
{
    public static Table? Build(SlotCube cube)
    {
        var rows = cube.AllSlots().Where(s => s.LiveMinutes > 0 || s.Sessions > 0 || s.LiveOrders > 0).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var table = new Table().Border(TableBorder.Simple).Title("LIVE exposure by slot");
        foreach (var name in new[] { "Slot", "LIVEs", "Live h", "LIVE GMV", "LIVE orders", "Off-LIVE GMV", "Viewers", "GMV / live h", "Orders / live h", "Orders / 1k viewers" })
        {
            table.AddColumn(name == "Slot" ? new TableColumn(name) : new TableColumn(name).RightAligned());
        }

        foreach (var s in rows)
        {
            table.AddRow(
                s.Slot.ToString(),
                NumberFormat.Count(s.Sessions),
                (s.LiveMinutes / 60m).ToString("0.0", CultureInfo.InvariantCulture),
                NumberFormat.Amount(s.LiveGmv),
                NumberFormat.Count(s.LiveOrders),
                NumberFormat.Amount(s.OffLiveGmv),
                NumberFormat.Count(decimal.Round(s.Viewers)),
                Rate(s.GmvPerLiveHour, "#,0"),
                Rate(s.OrdersPerLiveHour, "0.0"),
                Rate(s.OrdersPerThousandViewers, "0.0"));
        }

        return table;
    }

    private static string Rate(decimal? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
