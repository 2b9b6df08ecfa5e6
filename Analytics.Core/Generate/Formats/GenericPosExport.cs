using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// A Vietnamese POS or hand-kept sales log: date and time in separate columns, invoice numbers,
/// money in the vi-VN dialect (<c>1.250.000</c>), oldest first. No platform layout recognises it;
/// it is read with <see cref="ExportGenerator.GenericMap"/> and <c>--culture vi-VN</c>. The shop
/// sells at its counter, through Zalo and in its Facebook LIVEs: the <c>Kênh</c> (channel) column
/// says <c>Facebook</c> exactly for the orders taken through a LIVE, so they are Facebook sales
/// that LivePeak can link to the page's live videos (<see cref="MetaContentExport"/>).
/// </summary>
internal static class GenericPosExport
{
    public static readonly IReadOnlyList<string> Headers =
        ["Ngày", "Giờ", "Số HĐ", "Mã hàng", "Tên hàng", "SL", "Đơn giá", "Thành tiền", "Trạng thái", "Cửa hàng", "Kênh"];

    /// <summary>The channel of an order taken through a Facebook LIVE; the importer reads it as the platform.</summary>
    public const string FacebookChannel = "Facebook";

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.Pos(shop), FileContainer.Csv, "POS", Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        yield return new ExportRow(builder.HeaderRow(), null);
        var invoice = 0L;
        for (var day = 0; day < simulation.DayCount; day++)
        {
            foreach (var order in simulation.Day(shop, day).Orders)
            {
                var id = OrderIds.Invoice(++invoice);
                var channel = ChannelText(order);
                var platform = channel == FacebookChannel ? Platform.Facebook : Platform.Other;
                foreach (var line in order.Lines)
                {
                    var row = builder.Start()
                        .Set("Ngày", TimeTexts.PosDate.Format(order.Created.Date))
                        .Set("Giờ", TimeTexts.PosTime.Format(order.Created.TimeOfDay))
                        .Set("Số HĐ", id)
                        .Set("Mã hàng", line.Product.SellerSku)
                        .Set("Tên hàng", line.Product.Name)
                        .Set("SL", VietnameseNumber(line.Quantity))
                        .Set("Đơn giá", VietnameseNumber(line.DealPrice))
                        .Set("Thành tiền", VietnameseNumber(line.SubtotalAfterDiscount))
                        .Set("Trạng thái", StatusText(order, line))
                        .Set("Cửa hàng", shop.Name)
                        .Set("Kênh", channel);
                    var orderLine = new OrderLine(
                        platform, shop.Name, id, line.Product.SellerSku, line.Product.SellerSku, line.Product.Name, line.Quantity,
                        Money.FromDecimal(line.SubtotalAfterDiscount), simulation.InZone(TimeTexts.ToMinute(order.Created)), order.StatusOf(line), null);
                    yield return new ExportRow(row.Cells, orderLine);
                }
            }
        }
    }

    /// <summary>Whole numbers with dots between thousands, as vi-VN writes them, independent of the machine.</summary>
    public static string VietnameseNumber(decimal value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>Facebook for orders through a LIVE; otherwise the counter or, for about a third, Zalo
    /// (from the tracking digits: formats draw nothing random).</summary>
    private static string ChannelText(SimulatedOrder order) =>
        order.ThroughLive ? FacebookChannel : order.TrackingNumber % 3 == 0 ? "Zalo" : "Tại cửa hàng";

    private static string StatusText(SimulatedOrder order, SimulatedLine line) => order.Progress switch
    {
        OrderProgress.Cancelled => "Đã hủy",
        _ when line.Returned => "Trả hàng",
        OrderProgress.Delivered => "Hoàn thành",
        OrderProgress.Shipping => "Đang giao",
        _ => "Chờ giao hàng",
    };
}
