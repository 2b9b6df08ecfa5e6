using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// TikTok Shop VN "All orders" (formats.md §1): one row per SKU line, order fields repeated,
/// English headers with Vietnamese values, a description row under the header, newest order
/// first. The 2026 CSV has 56 columns (with <c>Order Channel</c>); the 2024-25 XLSX has 54 and
/// a stale dimension.
/// </summary>
internal static class TikTokExport
{
    public const string SheetName = "OrderSKUList";

    private static readonly string[] Carriers = ["J&T Express", "Giao Hàng Nhanh", "Viettel Post", "Ninja Van"];

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation, bool xlsx)
    {
        var headers = xlsx ? KnownOrderLayouts.TikTokHeaders54 : KnownOrderLayouts.TikTokHeaders56;
        foreach (var shop in simulation.Shops)
        {
            var name = FileNames.TikTok(simulation.Options, shop, xlsx ? "xlsx" : "csv");
            var container = xlsx ? FileContainer.XlsxStaleDimension : FileContainer.CsvWithBom;
            yield return new ExportFile(name, container, SheetName, Rows(simulation, shop, new RowBuilder(headers))) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var salt = OrderIds.Salt(simulation.Options.Seed);
        yield return new ExportRow(builder.HeaderRow(), null);
        yield return new ExportRow(TikTokDescriptions.For(builder.Headers), null);
        for (var day = simulation.DayCount - 1; day >= 0; day--)
        {
            var orders = simulation.Day(shop, day).Orders;
            for (var i = orders.Count - 1; i >= 0; i--)
            {
                var order = orders[i];
                var id = OrderIds.TikTok(shop.Index, order.SequenceInDay, order.Created, salt);
                foreach (var line in order.Lines)
                {
                    yield return Row(simulation, builder, order, line, id);
                }
            }
        }
    }

    private static ExportRow Row(SalesSimulation simulation, RowBuilder builder, SimulatedOrder order, SimulatedLine line, string id)
    {
        var skuId = OrderIds.TikTokSku(order.Shop.Index, line.Product.Index);
        var (status, substatus) = StatusTexts(order);
        var hasChannel = builder.Has("Order Channel");
        var row = builder.Start()
            .Set("Order ID", id)
            .Set("Order Status", status)
            .Set("Order Substatus", substatus)
            .Set("Cancelation/Return Type", order.Progress == OrderProgress.Cancelled ? "Cancel" : line.Returned ? "Return/Refund" : null)
            .Set("Normal or Pre-order", "Normal")
            .Set("SKU ID", skuId)
            .Set("Seller SKU", line.Product.SellerSku)
            .Set("Product Name", line.Product.Name)
            .Set("Variation", line.Product.Variation)
            .Set("Quantity", line.Quantity)
            .Set("Sku Quantity of return", line.Returned ? line.Quantity : 0)
            .Set("SKU Unit Original Price", line.UnitPrice)
            .Set("SKU Subtotal Before Discount", line.SubtotalBeforeDiscount)
            .Set("SKU Platform Discount", line.PlatformDiscount)
            .Set("SKU Seller Discount", line.SellerDiscount)
            .Set("SKU Subtotal After Discount", line.SubtotalAfterDiscount)
            .Set("Shipping Fee After Discount", order.ShippingAfterDiscount)
            .Set("Original Shipping Fee", order.ShippingFee)
            .Set("Shipping Fee Seller Discount", order.ShippingSellerDiscount)
            .Set("Shipping Fee Platform Discount", order.ShippingPlatformDiscount)
            .Set("Payment platform discount", 0)
            .Set("Taxes", 0)
            .Set("Order Amount", order.OrderAmount)
            .Set("Order Refund Amount", order.RefundAmount)
            .Set("Created Time", TimeTexts.TikTok.Format(order.Created))
            .Set("Paid Time", TimeTexts.TikTok.Format(order.Paid))
            .Set("RTS Time", TimeTexts.TikTok.Format(order.ReadyToShip))
            .Set("Shipped Time", TimeTexts.TikTok.Format(order.Shipped))
            .Set("Delivered Time", TimeTexts.TikTok.Format(order.Delivered))
            .Set("Cancelled Time", TimeTexts.TikTok.Format(order.Cancelled))
            .Set("Cancel By", order.CancelledBy switch
            {
                CancelParty.Buyer => "Người mua",
                CancelParty.Seller => "Người bán",
                CancelParty.System => "Hệ thống",
                _ => null,
            })
            .Set("Cancel Reason", order.CancelReason)
            .Set("Fulfillment Type", "Fulfillment by seller")
            .Set("Warehouse Name", "Kho " + order.Shop.Name)
            .Set("Tracking ID", order.ReadyToShip is null ? null : "8" + order.TrackingNumber.ToString("D11", CultureInfo.InvariantCulture))
            .Set("Delivery Option", "Giao hàng tiêu chuẩn")
            .Set("Shipping Provider Name", Carriers[order.Carrier % Carriers.Length])
            .Set("Buyer Message", order.Buyer.Message)
            .Set("Buyer Username", order.Buyer.Username)
            .Set("Recipient", order.Buyer.FullName)
            .Set("Phone #", order.Buyer.Phone)
            .Set("Country", "Việt Nam")
            .Set("Province", order.Buyer.Province)
            .Set("District", order.Buyer.District)
            .Set("Commune", order.Buyer.Commune)
            .Set("Detail Address", order.Buyer.DetailAddress)
            .Set("Additional address information", order.Buyer.AdditionalAddress)
            .Set("Payment Method", order.Payment switch
            {
                PaymentKind.CashOnDelivery => "Thanh toán khi giao hàng",
                PaymentKind.EWallet => "Ví điện tử",
                _ => "Thẻ tín dụng/ghi nợ",
            })
            .Set("Weight(kg)", order.TotalWeightKg)
            .Set("Product Category", line.Product.Category)
            .Set("Package ID", "115" + order.TrackingNumber.ToString("D15", CultureInfo.InvariantCulture))
            .Set("Seller Note", order.SellerNote)
            .Set("Checked Status", "Chưa kiểm tra");
        if (hasChannel)
        {
            row.Set("Order Channel", order.Channel).Set("Creator Handle", order.CreatorHandle);
        }

        var orderLine = new OrderLine(
            Platform.TikTok, order.Shop.Name, id, skuId, line.Product.SellerSku, line.Product.Name, line.Quantity,
            Money.FromDecimal(line.SubtotalAfterDiscount), simulation.InZone(order.Created), order.StatusOf(line),
            hasChannel ? order.Channel : null);
        return new ExportRow(row.Cells, orderLine);
    }

    /// <summary>Order Status and Order Substatus as TikTok VN words them.</summary>
    private static (string Status, string Substatus) StatusTexts(SimulatedOrder order) => order.Progress switch
    {
        OrderProgress.Cancelled => ("Đã hủy", "Đã hủy"),
        OrderProgress.Delivered => ("Đã hoàn tất", "Đã giao"),
        OrderProgress.Shipping => ("Đã vận chuyển", "Đang vận chuyển"),
        _ when order.ReadyToShip is not null => ("Chờ vận chuyển", "Chờ đơn vị vận chuyển lấy hàng"),
        _ => ("Chờ vận chuyển", "Chờ người bán chuẩn bị hàng"),
    };
}
