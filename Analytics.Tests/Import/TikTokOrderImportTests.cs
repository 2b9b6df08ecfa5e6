using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Tables;
using LivePeak.Tests.Support;
using NodaTime;
using static LivePeak.Tests.Support.FixtureImport;

namespace LivePeak.Tests.Import;

/// <summary>
/// Golden tests: small hand-written TikTok Shop exports and the order lines they must give. The
/// expected lines are worked out by hand from the rows in Fixtures/fixture_rows.py and
/// make_xlsx_fixtures.py: the line amount is <c>SKU Subtotal After Discount</c> (never
/// <c>Order Amount</c>), the line id is <c>SKU ID</c>, the product is <c>Seller SKU</c>.
/// </summary>
[TestFixture]
public sealed class TikTokOrderImportTests
{
    private static OrderLine Line(string orderId, string skuId, string sellerSku, string name, decimal quantity, decimal revenue,
        ZonedDateTime created, OrderStatus status, string? channel = null) =>
        new(Platform.TikTok, "default", orderId, skuId, sellerSku, name, quantity, Money.FromDecimal(revenue), created, status, channel);

    [Test]
    public void Vietnamese_54_column_csv_with_bom_and_description_row_gives_one_line_per_sku_row()
    {
        var result = ImportFile("tiktok_vn_54_bom.csv");

        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            Line("578123456789012345", "1729384756102938", "AT-BASIC-DEN-M", "Áo thun \"Basic\", cotton 100%", 2, 1_250_000m,
                Local(2026, 5, 5, 23, 22, 2), OrderStatus.Completed),
            Line("5781234567890123456", "1729384756100001", "QJ-ONGRONG-30", "Quần jean ống rộng", 1, 399_000m,
                Local(2026, 5, 6, 8, 5), OrderStatus.Cancelled),
            Line("578123456789012345", "1729384756105555", "NON-LUOITRAI", "Nón lưỡi trai", 1, 99_000m,
                Local(2026, 5, 5, 23, 22, 2), OrderStatus.Completed),
            Line("578200000000000001", "1729384756107777", "VO-COTTON", "Vớ cotton (combo 3 đôi)", 3, 105_000m,
                Local(2026, 5, 31, 0, 0), OrderStatus.Pending),
            // No Seller SKU: the SKU ID stands in as the product.
            Line("578200000000000002", "1729384756109999", "1729384756109999", "Váy hoa nhí", 1, 1_050_000m,
                Local(2026, 6, 1, 12, 0), OrderStatus.Returned),
        }));
        using (Assert.EnterMultipleScope())
        {
            var report = result.Report;
            Assert.That(report.Kind, Is.EqualTo("tiktok-orders"));
            Assert.That((report.RowsRead, report.RowsAccepted, report.RowsRejected, report.RowsDuplicate), Is.EqualTo((5L, 5L, 0L, 0L)));
            Assert.That(report.RowsSkippedAboveData, Is.EqualTo(1), "the description row under the header");
            Assert.That(report.TimeFormat, Is.EqualTo("dd/MM/yyyy HH:mm:ss"));
            Assert.That((report.FirstDate, report.LastDate), Is.EqualTo(((LocalDate?)new LocalDate(2026, 5, 5), (LocalDate?)new LocalDate(2026, 6, 1))));
            Assert.That(report.UnknownStatuses, Is.Empty);
            Assert.That(report.Warnings, Is.Empty);
            Assert.That(result.Rejects, Is.Empty);
        }
    }

    [Test]
    public void Order_ids_of_18_and_19_digits_stay_exact_strings()
    {
        var ids = ImportFile("tiktok_vn_54_bom.csv").Lines.Select(l => l.OrderId).Distinct().ToList();

        // 5781234567890123456 > 2^53: a reader that went through double would have changed its last digits.
        Assert.That(ids, Is.EqualTo(new[] { "578123456789012345", "5781234567890123456", "578200000000000001", "578200000000000002" }));
    }

    [Test]
    public void Columns_are_found_by_header_not_position_in_the_56_column_layout_below_a_title_row()
    {
        // Columns are in reverse order (Order ID last) and the header is on line 2.
        var result = ImportFile("tiktok_vn_56_reordered.csv");

        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            Line("579000000000000101", "1730000000000101", "SON-MOI-01", "Son môi lì, màu đỏ", 1, 189_000m,
                Local(2026, 8, 2, 20, 15, 30), OrderStatus.Completed, "LIVE"),
            Line("579000000000000102", "1730000000000102", "KEM-CHONG-NANG", "Kem chống nắng SPF50", 2, 540_000m,
                Local(2026, 8, 2, 21, 0), OrderStatus.Pending, "Videos"),
            Line("579000000000000103", "1730000000000103", "BANG-DO", "Băng đô vải", 1, 75_000m,
                Local(2026, 8, 3, 9, 59, 59), OrderStatus.Cancelled, "Product cards"),
        }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report.RowsSkippedAboveData, Is.EqualTo(1), "the title row above the header");
            Assert.That((result.Report.RowsRead, result.Report.RowsAccepted), Is.EqualTo((3L, 3L)));
        }
    }

    [Test]
    public void Us_export_reads_month_first_twelve_hour_times_in_the_given_zone()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var result = ImportFile("tiktok_us.csv", new ImportOptions { Zone = zone });
        ZonedDateTime At(int y, int mo, int d, int h, int mi, int s) => new LocalDateTime(y, mo, d, h, mi, s).InZoneStrictly(zone);

        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            Line("576900000000000001", "1729000000000001", "MUG-11OZ", "Ceramic mug, 11 oz", 1, 25.99m, At(2025, 12, 15, 9, 30, 33), OrderStatus.Completed),
            // 12:05 AM is five past midnight.
            Line("576900000000000002", "1729000000000002", "LAMP-DESK", "Desk lamp", 2, 1_250.50m, At(2025, 12, 15, 0, 5, 0), OrderStatus.Cancelled),
            // 01/02 is January 2 in a US file; 12:45 PM is a quarter to one in the afternoon.
            Line("576900000000000003", "1729000000000003", "SOCKS-3P", "Socks 3-pack", 1, 12m, At(2026, 1, 2, 12, 45, 10), OrderStatus.Pending),
        }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report.TimeFormat, Is.EqualTo("MM/dd/yyyy h:mm:ss tt"));
            Assert.That(result.Lines[0].Created.Offset, Is.EqualTo(Offset.FromHours(-8)), "Pacific standard time in December");
            Assert.That(result.Report.RowsSkippedAboveData, Is.EqualTo(1), "the English description row");
        }
    }

    [TestCase("vi-VN", TestName = "A Vietnamese --culture for generic logs does not change how a TikTok US file reads (AM/PM stay English)")]
    [TestCase("de-DE", TestName = "A German --culture for generic logs does not change how a TikTok US file reads (slashes stay slashes)")]
    public void Culture_for_generic_logs_does_not_apply_to_platform_exports(string culture)
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var plain = ImportFile("tiktok_us.csv", new ImportOptions { Zone = zone });

        var withCulture = ImportFile("tiktok_us.csv", new ImportOptions { Zone = zone, Culture = System.Globalization.CultureInfo.GetCultureInfo(culture) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withCulture.Rejects.Select(r => r.Reason), Is.Empty);
            Assert.That(withCulture.Lines, Is.EqualTo(plain.Lines));
        }
    }

    private static readonly OrderLine[] XlsxLines =
    [
        // Quantity and amount are numeric cells; Created Time is an Excel date cell.
        Line("580100000000000001", "1732000000000001", "DAM-MAXI", "Đầm maxi đi biển", 2, 1_250_000m, Local(2026, 5, 5, 23, 22, 2), OrderStatus.Completed),
        // Amount and time are text cells, as TikTok writes them.
        Line("580100000000000002", "1732000000000002", "AO-SOMI", "Áo sơ mi lụa", 1, 399_000m, Local(2026, 5, 6, 8, 5), OrderStatus.Cancelled),
        Line("580100000000000003", "1732000000000003", "VO-COTTON", "Vớ cotton", 3, 105_000m, Local(2026, 5, 31, 0, 0), OrderStatus.Pending),
    ];

    [TestCase("tiktok_vn_54.xlsx", TestName = "Xlsx export with description row, numeric and date cells")]
    [TestCase("tiktok_vn_54_stale_dimension.xlsx", TestName = "Xlsx that declares a stale dimension A1:A1 still shows every column")]
    [TestCase("tiktok_vn_54_row_per_cell.xlsx", TestName = "Xlsx with a stale dimension and one row element per cell still shows every column")]
    public void Xlsx_exports_give_the_same_lines_as_their_cells_say(string fixture)
    {
        var header = TableSource.ReadRows(PathOf(fixture)).First();
        var result = ImportFile(fixture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(header.Cells, Has.Length.EqualTo(54), "the reader sees every header column");
            Assert.That(result.Lines, Is.EqualTo(XlsxLines));
            Assert.That(result.Report.RowsSkippedAboveData, Is.EqualTo(1), "the description row");
            Assert.That((result.Report.RowsRead, result.Report.RowsAccepted), Is.EqualTo((3L, 3L)));
            Assert.That(result.Report.BlankRows, Is.EqualTo(1), "sheet row 5 has no cells");
            Assert.That(result.Report.TimeFormat, Is.EqualTo("dd/MM/yyyy HH:mm:ss"), "the format of the text times; date cells need none");
        }
    }

    [Test]
    public void Xlsx_cells_keep_their_types()
    {
        var rows = TableSource.ReadRows(PathOf("tiktok_vn_54.xlsx")).ToList();
        var quantity = rows[0].Cells.ToList().IndexOf("Quantity");
        var created = rows[0].Cells.ToList().IndexOf("Created Time");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((rows[2].TypeOf(quantity), rows[2].Cell(quantity)), Is.EqualTo((CellType.Number, "2")));
            Assert.That((rows[2].TypeOf(created), rows[2].Cell(created)), Is.EqualTo((CellType.DateTime, "2026-05-05T23:22:02")));
            Assert.That((rows[3].TypeOf(created), rows[3].Cell(created)), Is.EqualTo((CellType.Text, "06/05/2026 08:05:00")));
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new long[] { 1, 2, 3, 4, 5, 6 }), "row numbers are the sheet's");
            Assert.That(rows[4].IsBlank, Is.True, "the sheet has no row 5; it reads as a blank row, so row 6 stays row 6");
        }
    }
}
