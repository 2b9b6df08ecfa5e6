using System.IO.Compression;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Tables;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>Each file looks like the platform's export as formats.md describes it.</summary>
public sealed class GeneratedFileShapeTests
{
    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private (IReadOnlyList<TableRow> Rows, string Path, IReadOnlyList<OrderLine> Lines) Generate(ExportFormat format, int weeks = 2)
    {
        // The order file alone: the LIVE lists have their own shape tests.
        var options = new GenerateOptions { Format = format, Weeks = weeks, OrdersPerDay = 30, LiveList = false };
        var path = ExportGenerator.Write(options, _dir).Single();
        return (TableSource.ReadRows(path).ToList(), path, ExportGenerator.Lines(options));
    }

    private static List<string> Column(IEnumerable<TableRow> rows, IReadOnlyList<string> headers, string header) =>
        rows.Select(r => r.Cell(headers.ToList().IndexOf(header))).ToList();

    [Test]
    public void TikTok_csv_has_a_bom_the_56_column_header_and_a_description_row()
    {
        var (rows, path, _) = Generate(ExportFormat.TikTok);
        var headers = KnownOrderLayouts.TikTokHeaders56;
        var data = rows.Skip(2).ToList();

        Assert.That(File.ReadAllBytes(path).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(rows[0].Cells, Is.EqualTo(headers));
        Assert.That(rows[1].Cells[0], Is.EqualTo("Mã đơn hàng của nền tảng"));
        Assert.That(rows[1].Cells, Has.Length.EqualTo(headers.Count).And.All.Not.Empty);
        Assert.That(data.Select(r => r.Malformed), Is.All.Null);
        Assert.That(data.Select(r => r.Cells.Length), Is.All.EqualTo(headers.Count));
        Assert.That(Column(data, headers, "Order ID"), Has.All.Match(@"^\d{18}$"));
        Assert.That(Column(data, headers, "Created Time"), Has.All.Match(@"^\d\d/\d\d/2026 \d\d:\d\d:\d\d$"));
        Assert.That(Column(data, headers, "Order Status").Distinct(), Is.EquivalentTo(new[] { "Đã hoàn tất", "Đã vận chuyển", "Đã hủy", "Chờ vận chuyển" }));
        Assert.That(Column(data, headers, "Cancelation/Return Type").Distinct(), Is.EquivalentTo(new[] { "", "Cancel", "Return/Refund" }));
        Assert.That(Column(data, headers, "Order Channel").Distinct(), Is.EquivalentTo(new[] { "LIVE", "Videos", "Product cards" }));
    }

    [Test]
    public void TikTok_rows_are_newest_first_and_repeat_order_fields_on_each_line()
    {
        var (rows, _, lines) = Generate(ExportFormat.TikTok);
        var headers = KnownOrderLayouts.TikTokHeaders56;
        var data = rows.Skip(2).ToList();

        Assert.That(lines.Select(l => l.Created.ToInstant()), Is.Ordered.Descending);
        foreach (var order in data.GroupBy(r => r.Cell(0)))
        {
            Assert.That(order.Select(r => r.Cell(headers.ToList().IndexOf("Order Amount"))).Distinct().Count(), Is.EqualTo(1));
            Assert.That(order.Select(r => r.Cell(headers.ToList().IndexOf("Recipient"))).Distinct().Count(), Is.EqualTo(1));
        }
    }

    [Test]
    public void TikTok_amounts_add_up_and_some_lines_are_discounted()
    {
        var (rows, _, _) = Generate(ExportFormat.TikTok);
        var headers = KnownOrderLayouts.TikTokHeaders56.ToList();
        decimal Value(TableRow row, string header) => decimal.Parse(row.Cell(headers.IndexOf(header)), System.Globalization.CultureInfo.InvariantCulture);
        var data = rows.Skip(2).ToList();

        var inconsistent = data.Where(r =>
            Value(r, "SKU Subtotal Before Discount") != Value(r, "SKU Unit Original Price") * Value(r, "Quantity") ||
            Value(r, "SKU Subtotal After Discount") != Value(r, "SKU Subtotal Before Discount") - Value(r, "SKU Platform Discount") - Value(r, "SKU Seller Discount"));
        Assert.That(inconsistent, Is.Empty);
        Assert.That(data.Count(r => Value(r, "SKU Subtotal After Discount") < Value(r, "SKU Subtotal Before Discount")), Is.InRange(data.Count / 10, data.Count / 2));
        foreach (var order in data.GroupBy(r => r.Cell(0)))
        {
            var expected = order.Sum(r => Value(r, "SKU Subtotal After Discount")) + Value(order.First(), "Shipping Fee After Discount");
            Assert.That(Value(order.First(), "Order Amount"), Is.EqualTo(expected));
        }
    }

    [TestCase(ExportFormat.TikTok, new[] { "Buyer Username", "Recipient", "Phone #", "Province", "District", "Commune", "Detail Address" })]
    [TestCase(ExportFormat.Shopee, new[] { "Người Mua", "Tên Người nhận", "Số điện thoại", "Tỉnh/Thành phố", "Địa chỉ nhận hàng" })]
    public void Buyer_columns_are_filled_with_fake_data_and_never_reach_the_lines(ExportFormat format, string[] buyerColumns)
    {
        var (rows, _, lines) = Generate(format, weeks: 1);
        var headers = rows[0].Cells;
        var data = rows.Skip(format == ExportFormat.TikTok ? 2 : 1).ToList();
        var buyerValues = new HashSet<string>(StringComparer.Ordinal);

        foreach (var column in buyerColumns)
        {
            var values = Column(data, headers, column);
            Assert.That(values, Is.All.Not.Empty, column);
            buyerValues.UnionWith(values);
        }

        Assert.That(Column(data, headers, buyerColumns[2]), Is.All.Contains("*****"), "phones are masked");
        var lineTexts = lines.SelectMany(l => new[] { l.OrderId, l.LineId, l.ProductId, l.ProductName, l.Shop, l.Channel ?? "" });
        Assert.That(lineTexts.Where(buyerValues.Contains), Is.Empty);
    }

    [Test]
    public void TikTok_xlsx_has_the_54_column_header_in_sheet_OrderSKUList_with_a_stale_dimension()
    {
        var (rows, path, lines) = Generate(ExportFormat.TikTokXlsx, weeks: 1);

        using (var zip = ZipFile.OpenRead(path))
        {
            using var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
            Assert.That(workbook.ReadToEnd(), Does.Contain("<sheet name=\"OrderSKUList\""));
            using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            Assert.That(sheet.ReadToEnd(), Does.Contain("<dimension ref=\"A1:A1\"/>"));
        }

        Assert.That(rows[0].Cells, Is.EqualTo(KnownOrderLayouts.TikTokHeaders54));
        Assert.That(rows[1].Cells[0], Is.EqualTo("Mã đơn hàng của nền tảng"));
        Assert.That(rows[2].TypeOf(KnownOrderLayouts.TikTokHeaders54.ToList().IndexOf("SKU Subtotal After Discount")), Is.EqualTo(CellType.Number));
        Assert.That(rows[2].TypeOf(0), Is.EqualTo(CellType.Text), "18-digit ids stay text");
        Assert.That(lines.Select(l => l.Channel), Is.All.Null);
    }

    [TestCase(ExportFormat.Shopee)]
    [TestCase(ExportFormat.ShopeeCsv)]
    public void Shopee_has_the_63_column_header_no_description_row_and_minute_times(ExportFormat format)
    {
        var (rows, path, lines) = Generate(format);
        var headers = KnownOrderLayouts.ShopeeHeaders63;
        var data = rows.Skip(1).ToList();

        Assert.That(rows[0].Cells, Is.EqualTo(headers));
        Assert.That(headers[29], Is.EqualTo("Tổng giá bán (sản phẩm)"));
        Assert.That(Column(data, headers, "Mã đơn hàng"), Has.All.Match(@"^26\d{4}[0-9A-Z]{8}$"));
        Assert.That(data.Where(r => r.Cell(0)[..6] != r.Cell(2)[2..10].Replace("-", "")), Is.Empty, "ids start with the order date");
        Assert.That(Column(data, headers, "Ngày đặt hàng"), Has.All.Match(@"^2026-\d\d-\d\d \d\d:\d\d$"));
        Assert.That(Column(data, headers, "Trạng Thái Đơn Hàng").Distinct(), Is.SupersetOf(new[] { "Hoàn thành", "Đã hủy", "Đang giao", "Chờ xác nhận" }));
        var returns = Column(data, headers, "Trạng thái Trả hàng/Hoàn tiền");
        Assert.That(returns.Select(r => r.Length > 0), Is.EqualTo(lines.Select(l => l.Status == OrderStatus.Returned)));
        if (format == ExportFormat.ShopeeCsv)
        {
            Assert.That(File.ReadAllBytes(path)[0], Is.EqualTo((byte)'M'), "no BOM");
        }
    }

    [Test]
    public void Generic_log_writes_vietnamese_money_and_invoice_numbers()
    {
        var (rows, _, lines) = Generate(ExportFormat.Generic);
        var headers = rows[0].Cells;
        var data = rows.Skip(1).ToList();

        Assert.That(headers, Is.EqualTo(new[] { "Ngày", "Giờ", "Số HĐ", "Mã hàng", "Tên hàng", "SL", "Đơn giá", "Thành tiền", "Trạng thái", "Cửa hàng", "Kênh" }));
        Assert.That(Column(data, headers, "Kênh").Distinct(), Is.EquivalentTo(new[] { "Facebook", "Zalo", "Tại cửa hàng" }));
        Assert.That(lines.Where(l => l.Platform == Platform.Facebook).Count(), Is.EqualTo(Column(data, headers, "Kênh").Count(c => c == "Facebook")));
        Assert.That(lines.Select(l => l.Platform).Distinct(), Is.EquivalentTo(new[] { Platform.Facebook, Platform.Other }));
        Assert.That(Column(data, headers, "Số HĐ"), Has.All.Match(@"^HD\d{6}$"));
        Assert.That(Column(data, headers, "Thành tiền"), Has.All.Match(@"^\d{1,3}(\.\d{3})+$"));
        Assert.That(Column(data, headers, "Ngày"), Has.All.Match(@"^\d\d/\d\d/2026$"));
        Assert.That(Column(data, headers, "Giờ"), Has.All.Match(@"^\d\d:\d\d$"));
        Assert.That(lines.Select(l => l.Created.ToInstant()), Is.Ordered.Ascending);
    }

    [Test]
    public void Canonical_log_holds_every_shop_and_no_cancelled_order()
    {
        var options = new GenerateOptions { Format = ExportFormat.Canonical, Shops = 3, Weeks = 1 };
        var path = ExportGenerator.Write(options, _dir).Single();
        var rows = TableSource.ReadRows(path).ToList();
        var tiktok = ExportGenerator.Lines(options with { Format = ExportFormat.TikTok });

        Assert.That(ExportGenerator.Lives(options), Is.Empty, "the canonical log has no LIVEs");

        Assert.That(rows[0].Cells, Is.EqualTo(new[] { "order_id", "created_at", "shop", "product_id", "quantity", "amount" }));
        Assert.That(rows[1].Cells[0], Is.EqualTo("100000001"));
        Assert.That(rows.Skip(1).Select(r => r.Cells[2]).Distinct(), Is.EquivalentTo(ExportGenerator.ShopNames(options)));
        Assert.That(rows.Skip(1).Select(r => r.Cells[1]), Is.Ordered.Ascending);
        // The same sales as the platform files of the seed, less the cancelled ones.
        var kept = tiktok.Where(l => l.Status != OrderStatus.Cancelled).ToList();
        Assert.That(rows.Count - 1, Is.EqualTo(kept.Count));
        Assert.That(rows.Skip(1).Sum(r => decimal.Parse(r.Cells[5], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(kept.Sum(l => l.Revenue.ToDecimal())));
    }
}
