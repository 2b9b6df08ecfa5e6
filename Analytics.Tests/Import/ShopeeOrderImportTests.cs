using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Tables;
using NodaTime;
using static LivePeak.Tests.Support.FixtureImport;

namespace LivePeak.Tests.Import;

/// <summary>
/// Golden tests for Shopee VN "Order.all" exports (63 columns). The same hand-chosen rows are
/// written under both names seen for column 29, the line total; column 46 holds the order total
/// the buyer paid (shipping included), a different number that must never become the line amount.
/// </summary>
[TestFixture]
public sealed class ShopeeOrderImportTests
{
    private static OrderLine Line(string orderId, string variationSku, string productSku, string name, decimal quantity, decimal revenue,
        ZonedDateTime created, OrderStatus status) =>
        new(Platform.Shopee, "default", orderId, variationSku, productSku, name, quantity, Money.FromDecimal(revenue), created, status, null);

    private static readonly OrderLine[] Expected =
    [
        Line("260501ABCD1234", "AK-LEN-01-BE", "AK-LEN-01", "Áo khoác len, dáng rộng", 2, 1_250_000m, Local(2026, 5, 1, 20, 15), OrderStatus.Completed),
        Line("260501EFGH5678", "QS-KAKI-32", "QS-KAKI", "Quần short kaki", 1, 289_000m, Local(2026, 5, 1, 21, 40), OrderStatus.Cancelled),
        Line("260502JKLM9012", "TAT-CO-NGAN-TRANG", "TAT-CO-NGAN", "Tất cổ ngắn", 3, 87_000m, Local(2026, 5, 2, 9, 5), OrderStatus.Pending),
        // "Người mua xác nhận đã nhận hàng" (buyer confirmed receipt) is a completed sale.
        Line("260503NOPQ3456", "TUI-TOTE-DEN", "TUI-TOTE", "Túi tote canvas", 1, 450_000m, Local(2026, 5, 3, 18, 30), OrderStatus.Completed),
        // Completed, but the return/refund status column is filled in: a return.
        Line("260503RSTU7890", "KINH-RAM-NAU", "KINH-RAM", "Kính râm gọng tròn", 1, 199_000m, Local(2026, 5, 3, 22, 59), OrderStatus.Returned),
    ];

    [TestCase("shopee_vn_63_product_total.csv", "Tổng giá bán (sản phẩm)",
        TestName = "Column 29 named 'Tổng giá bán (sản phẩm)' is the line amount (CSV, dot-thousands text)")]
    [TestCase("shopee_vn_63_buyer_paid.xlsx", "Tổng số tiền Người mua thanh toán",
        TestName = "Column 29 named 'Tổng số tiền Người mua thanh toán' is the line amount, not column 46 that differs only in case (XLSX)")]
    public void Line_amount_comes_from_column_29(string fixture, string column29)
    {
        var result = ImportFile(fixture);
        var header = TableSource.ReadRows(PathOf(fixture)).First();
        var match = FileKindDetector.Detect([header], KnownOrderLayouts.All);

        Assert.That(result.Lines, Is.EqualTo(Expected));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(header.Cells, Has.Length.EqualTo(63));
            Assert.That(header.Cells[29], Is.EqualTo(column29));
            Assert.That(header.Cells[46], Is.EqualTo("Tổng số tiền người mua thanh toán"));
            Assert.That(match!.Columns[OrderField.Amount], Is.EqualTo(29));
            Assert.That(result.Report.Kind, Is.EqualTo("shopee-orders"));
            Assert.That(result.Report.TimeFormat, Is.EqualTo("yyyy-MM-dd HH:mm"));
            Assert.That((result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsSkippedAboveData), Is.EqualTo((5L, 5L, 0)),
                "Shopee has no description row");
            Assert.That(result.Report.UnknownStatuses, Is.Empty);
        }
    }

    [Test]
    public void Without_column_29_the_order_total_in_column_46_is_never_taken_for_the_line_amount()
    {
        var headers = KnownOrderLayouts.ShopeeHeaders63.Where((_, i) => i != 29).ToList();

        var columns = FileKindDetector.MapColumns(KnownOrderLayouts.Shopee, headers);

        Assert.That(columns.ContainsKey(OrderField.Amount), Is.False);
    }
}
