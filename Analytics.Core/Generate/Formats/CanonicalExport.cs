using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// LivePeak's own narrow log (<see cref="KnownOrderLayouts.Canonical"/>): every shop in one file,
/// oldest first, numeric order ids. The layout has no status column, so cancelled orders are
/// left out and returned or pending lines read back as completed; both count as sales in the
/// cube, so analytics on this file match those on the platform files of the same seed.
/// </summary>
internal static class CanonicalExport
{
    private const long FirstOrderId = 100_000_001L;

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        yield return new ExportFile(FileNames.Canonical, FileContainer.Csv, "orders", Rows(simulation, new RowBuilder(KnownOrderLayouts.Canonical.Headers)));
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, RowBuilder builder)
    {
        yield return new ExportRow(builder.HeaderRow(), null);
        var next = FirstOrderId;
        for (var day = 0; day < simulation.DayCount; day++)
        {
            var orders = simulation.Shops.SelectMany(shop => simulation.Day(shop, day).Orders)
                .Where(o => o.Progress != OrderProgress.Cancelled)
                .OrderBy(o => o.Created)
                .ThenBy(o => o.Shop.Index)
                .ThenBy(o => o.SequenceInDay);
            foreach (var order in orders)
            {
                var id = (next++).ToString(CultureInfo.InvariantCulture);
                foreach (var line in order.Lines)
                {
                    var row = builder.Start()
                        .Set("order_id", id)
                        .Set("created_at", TimeTexts.Canonical.Format(order.Created))
                        .Set("shop", order.Shop.Name)
                        .Set("product_id", line.Product.SellerSku)
                        .Set("quantity", line.Quantity)
                        .Set("amount", line.SubtotalAfterDiscount);
                    var orderLine = new OrderLine(
                        Platform.Other, order.Shop.Name, id, line.Product.SellerSku, line.Product.SellerSku, line.Product.SellerSku, line.Quantity,
                        Money.FromDecimal(line.SubtotalAfterDiscount), simulation.InZone(order.Created), OrderStatus.Completed, null);
                    yield return new ExportRow(row.Cells, orderLine);
                }
            }
        }
    }
}
