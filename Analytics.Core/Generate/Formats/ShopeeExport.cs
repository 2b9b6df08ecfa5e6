using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Shopee VN "Order.all" (formats.md §3): 63 Vietnamese columns, one row per SKU line, no
/// description row, times to the minute (<c>yyyy-MM-dd HH:mm</c>), newest order first. The line
/// total is column 29, <c>Tổng giá bán (sản phẩm)</c>; a returned line has a return status.
/// </summary>
internal static class ShopeeExport
{
    // Not confirmed from a real file (formats.md gives none); importers read the first sheet anyway.
    public const string SheetName = "orders";

    private static readonly string[] Carriers = ["SPX Express", "Giao Hàng Nhanh", "J&T Express", "Ninja Van"];

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation, bool csv)
    {
        var builder = new RowBuilder(KnownOrderLayouts.ShopeeHeaders63);
        foreach (var shop in simulation.Shops)
        {
            var name = FileNames.Shopee(simulation.Options, shop, csv ? "csv" : "xlsx");
            yield return new ExportFile(name, csv ? FileContainer.Csv : FileContainer.Xlsx, SheetName, Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var salt = OrderIds.Salt(simulation.Options.Seed);
        yield return new ExportRow(builder.HeaderRow(), null);
        for (var day = simulation.DayCount - 1; day >= 0; day--)
        {
            var orders = simulation.Day(shop, day).Orders;
            for (var i = orders.Count - 1; i >= 0; i--)
            {
                var order = orders[i];
                var id = OrderIds.Shopee(shop.Index, order.SequenceInDay, order.Created.Date, salt);
                foreach (var line in order.Lines)
                {
                    yield return Row(simulation, builder, order, line, id);
                }
            }
        }
    }

    private static ExportRow Row(SalesSimulation simulation, RowBuilder builder, SimulatedOrder order, SimulatedLine line, string id)
    {
        var cancelled = order.Progress == OrderProgress.Cancelled;
        var tracking = order.TrackingNumber.ToString("D11", CultureInfo.InvariantCulture);
        var row = builder.Start()
            .Set("Mã đơn hàng", id)
            .Set("Mã Kiện Hàng", "OFG" + (order.TrackingNumber % 1_000_000_000L).ToString("D9", CultureInfo.InvariantCulture))
            .Set("Ngày đặt hàng", TimeTexts.Shopee.Format(order.Created))
            .Set("Trạng Thái Đơn Hàng", StatusText(order))
            .Set("Lý do hủy", order.CancelReason)
            .Set("Nhận xét từ Người mua", order.Buyer.Message)
            .Set("Mã vận đơn", order.ReadyToShip is null ? null : "SPXVN0" + tracking)
            .Set("Đơn Vị Vận Chuyển", Carriers[order.Carrier % Carriers.Length])
            .Set("Phương thức giao hàng", "Nhanh")
            .Set("Ngày giao hàng dự kiến", cancelled ? null : TimeTexts.Shopee.Format(order.Created.PlusDays(4)))
            .Set("Ngày gửi hàng", TimeTexts.Shopee.Format(order.Shipped))
            .Set("Thời gian giao hàng", TimeTexts.Shopee.Format(order.Delivered))
            .Set("Trạng thái Trả hàng/Hoàn tiền", line.Returned ? "Đã hoàn tiền" : null)
            .Set("SKU sản phẩm", line.Product.SellerSku)
            .Set("Tên sản phẩm", line.Product.Name)
            .Set("Cân nặng sản phẩm", line.Product.WeightKg)
            .Set("Tổng cân nặng", order.TotalWeightKg)
            .Set("SKU phân loại hàng", line.Product.SellerSku)
            .Set("Tên phân loại hàng", line.Product.Variation)
            .Set("Giá gốc", line.UnitPrice)
            .Set("Người bán trợ giá", line.SellerDiscountPerUnit)
            .Set("Được Shopee trợ giá", line.PlatformDiscountPerUnit)
            .Set("Tổng số tiền được người bán trợ giá", line.SellerDiscount)
            .Set("Giá ưu đãi", line.DealPrice)
            .Set("Số lượng", line.Quantity)
            .Set("Số lượng sản phẩm được hoàn trả", line.Returned ? line.Quantity : 0)
            .Set("Tổng giá bán (sản phẩm)", line.SubtotalAfterDiscount)
            .Set("Tổng giá trị đơn hàng (VND)", order.Subtotal)
            .Set("Mã giảm giá của Shop", 0)
            .Set("Hoàn Xu", 0)
            .Set("Mã giảm giá của Shopee", 0)
            .Set("Giảm giá từ combo Shopee", 0)
            .Set("Giảm giá từ Combo của Shop", 0)
            .Set("Shopee Xu được hoàn", 0)
            .Set("Số tiền được giảm khi thanh toán bằng thẻ Ghi nợ", 0)
            .Set("Trade-in Discount", 0)
            .Set("Trade-in Bonus", 0)
            .Set("Phí vận chuyển (dự kiến)", order.ShippingFee)
            .Set("Trade-in Bonus by Seller", 0)
            .Set("Phí vận chuyển mà người mua trả", order.ShippingAfterDiscount)
            .Set("Phí vận chuyển tài trợ bởi Shopee (dự kiến)", order.ShippingPlatformDiscount)
            .Set("Phí vận chuyển trả hàng (đơn Trả hàng/hoàn tiền)", 0)
            .Set("Tổng số tiền người mua thanh toán", order.OrderAmount)
            .Set("Thời gian hoàn thành đơn hàng", TimeTexts.Shopee.Format(order.Delivered))
            .Set("Thời gian đơn hàng được thanh toán", TimeTexts.Shopee.Format(order.Paid))
            .Set("Phương thức thanh toán", order.Payment switch
            {
                PaymentKind.CashOnDelivery => "Thanh toán khi nhận hàng",
                PaymentKind.EWallet => "Ví ShopeePay",
                _ => "Thẻ Tín dụng/Ghi nợ",
            })
            // Shopee's fees are percentages of the order, charged only on orders that go through.
            .Set("Phí cố định", cancelled ? 0 : Percent(order.Subtotal, 4))
            .Set("Phí Dịch Vụ", cancelled ? 0 : Percent(order.Subtotal, 3))
            .Set("Phí thanh toán", cancelled ? 0 : Percent(order.OrderAmount, 5))
            .Set("Tiền ký quỹ", 0)
            .Set("Người Mua", order.Buyer.Username)
            .Set("Tên Người nhận", order.Buyer.FullName)
            .Set("Số điện thoại", order.Buyer.Phone)
            .Set("Tỉnh/Thành phố", order.Buyer.Province)
            .Set("TP / Quận / Huyện", order.Buyer.District)
            .Set("Quận", order.Buyer.Commune)
            .Set("Địa chỉ nhận hàng", order.Buyer.FullAddress)
            .Set("Quốc gia", "VN")
            .Set("Ghi chú", order.SellerNote);

        var orderLine = new OrderLine(
            Platform.Shopee, order.Shop.Name, id, line.Product.SellerSku, line.Product.SellerSku, line.Product.Name, line.Quantity,
            Money.FromDecimal(line.SubtotalAfterDiscount), simulation.InZone(TimeTexts.ToMinute(order.Created)), order.StatusOf(line), null);
        return new ExportRow(row.Cells, orderLine);
    }

    private static string StatusText(SimulatedOrder order) => order.Progress switch
    {
        OrderProgress.Cancelled => "Đã hủy",
        OrderProgress.Delivered => "Hoàn thành",
        OrderProgress.Shipping => "Đang giao",
        _ when order.ReadyToShip is not null => "Chờ lấy hàng",
        _ => "Chờ xác nhận",
    };

    private static decimal Percent(decimal amount, int percent) =>
        decimal.Round(amount * percent / 100m, 0, MidpointRounding.AwayFromZero);
}
