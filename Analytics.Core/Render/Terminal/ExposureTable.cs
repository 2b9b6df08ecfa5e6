using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Render.Localization;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>Per slot with LIVE activity: how long the shop was live there and what it earned.</summary>
public static class ExposureTable
{
    private static readonly string[] Columns =
        ["slot", "lives", "livehours", "livegmv", "liveorders", "offlivegmv", "viewers", "gmvperhour", "ordersperhour", "ordersperviewers"];

    public static Table? Build(SlotCube cube, Words words)
    {
        var rows = cube.AllSlots().Where(s => s.LiveMinutes > 0 || s.Sessions > 0 || s.LiveOrders > 0).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var numbers = words.Numbers;
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(words["terminal.exposure.title"]));
        foreach (var key in Columns)
        {
            var column = new TableColumn(Markup.Escape(words["terminal.exposure." + key]));
            table.AddColumn(key == "slot" ? column : column.RightAligned());
        }

        foreach (var s in rows)
        {
            table.AddRow(
                numbers.Slot(s.Slot),
                numbers.Number(s.Sessions),
                numbers.Decimal(s.LiveMinutes / 60m, 1),
                numbers.Number(s.LiveGmv.ToDecimal()),
                numbers.Number(s.LiveOrders),
                numbers.Number(s.OffLiveGmv.ToDecimal()),
                numbers.Integer(s.Viewers),
                Rate(s.GmvPerLiveHour, v => numbers.Integer(v)),
                Rate(s.OrdersPerLiveHour, v => numbers.Decimal(v, 1)),
                Rate(s.OrdersPerThousandViewers, v => numbers.Decimal(v, 1)));
        }

        return table;
    }

    private static string Rate(decimal? value, Func<decimal, string> format) => value is { } v ? format(v) : "–";
}
