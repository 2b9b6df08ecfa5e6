using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Support;
using static LivePeak.Tests.Support.FixtureImport;

namespace LivePeak.Tests.Import;

/// <summary>
/// Every data row of a file is accounted for exactly once (accepted, rejected or duplicate), and
/// every reject says where (file, physical line, column) and why. The malformed fixtures are
/// written by Fixtures/make_csv_fixtures.py, which lists each row's physical line.
/// </summary>
[TestFixture]
public sealed class RejectsAccountingTests
{
    private static readonly string[] BuyerHeaders =
    [
        "Buyer Username", "Recipient", "Phone #", "Detail Address", "Buyer Message",
        "Người Mua", "Tên Người nhận", "Số điện thoại", "Địa chỉ nhận hàng", "Nhận xét từ Người mua",
    ];

    private static (long Line, string? Column, string ReasonPart)[] Summary(ImportResult result) =>
        [.. result.Rejects.Select(r => (r.Line, r.Column, r.Reason))];

    [Test]
    public void Tiktok_file_with_malformed_rows_accounts_for_every_row()
    {
        var result = ImportFile("tiktok_vn_rejects.csv");
        var report = result.Report;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.IsBalanced, Is.True);
            Assert.That((report.RowsRead, report.RowsAccepted, report.RowsRejected, report.RowsDuplicate), Is.EqualTo((12L, 3L, 9L, 0L)),
                "lines 3-8, 11, 13-17 are data rows; 3, 11 and 15 are good");
            Assert.That(report.BlankRows, Is.EqualTo(2), "an empty line and a line of bare separators");
            Assert.That(report.RowsSkippedAboveData, Is.EqualTo(1), "the description row");
            Assert.That(report.TimeFormat, Is.EqualTo("dd/MM/yyyy HH:mm:ss"), "one bad date does not stop the format being chosen");
            Assert.That(result.Lines.Select(l => (l.OrderId, l.ProductName, l.Status)), Is.EqualTo(new[]
            {
                ("578300000000000001", "Áo polo", OrderStatus.Completed),
                ("578300000000000007", "Khăn lụa\nhọa tiết", OrderStatus.Completed),
                ("578300000000000010", "Ví da mini", OrderStatus.Cancelled),
            }));
        }
    }

    // Line numbers are physical: line 11-12 is one record whose quoted product name holds a line break.
    [TestCase(4L, "Created Time", "'32/05/2026 10:00:00' does not match the file's date format 'dd/MM/yyyy HH:mm:ss'", TestName = "Line 4: a 32nd of May is not a date")]
    [TestCase(5L, "Quantity", "'1.2.3'", TestName = "Line 5: quantity 1.2.3 is not a number")]
    [TestCase(6L, "SKU Subtotal After Discount", "'abc'", TestName = "Line 6: amount abc is not a number")]
    [TestCase(7L, "Order ID", "the order id is empty", TestName = "Line 7: a line without an order id")]
    [TestCase(8L, "Order ID", "'57830000000000A006' is not an order id", TestName = "Line 8: a TikTok order id with a letter mid-file is rejected, not taken for a description row")]
    [TestCase(13L, "SKU Subtotal After Discount", "'1,23'", TestName = "Line 13 (after a record spanning lines 11-12): 1,23 misplaces the thousands comma")]
    [TestCase(14L, null, "text after the closing quote of field 8", TestName = "Line 14: a quote inside a quoted product name that is not doubled")]
    [TestCase(16L, "SKU Subtotal After Discount", "out of range", TestName = "Line 16: an amount beyond what Money holds is rejected, not a crash")]
    [TestCase(17L, null, "a quoted field is not closed before the end of the file", TestName = "Line 17: a quote never closed")]
    public void Tiktok_reject_says_where_and_why(long line, string? column, string reasonPart)
    {
        var rejects = ImportFile("tiktok_vn_rejects.csv").Rejects;

        var reject = rejects.SingleOrDefault(r => r.Line == line);
        Assert.That(reject, Is.Not.Null, $"no reject on line {line}; rejects are on lines {string.Join(", ", rejects.Select(r => r.Line))}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reject!.File, Is.EqualTo(PathOf("tiktok_vn_rejects.csv")));
            Assert.That(reject.Column, Is.EqualTo(column));
            Assert.That(reject.Reason, Does.Contain(reasonPart));
        }
    }

    [Test]
    public void Tiktok_rejects_are_on_exactly_the_bad_lines_and_counted_by_reason()
    {
        var result = ImportFile("tiktok_vn_rejects.csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Rejects.Select(r => r.Line), Is.EqualTo(new long[] { 4, 5, 6, 7, 8, 13, 14, 16, 17 }));
            Assert.That(result.Report.RejectsByReason, Is.EquivalentTo(new Dictionary<string, long>
            {
                ["unreadable time (Created Time)"] = 1,
                ["unreadable quantity (Quantity)"] = 1,
                ["unreadable amount (SKU Subtotal After Discount)"] = 3,
                ["missing order id (Order ID)"] = 1,
                ["order id not numeric (Order ID)"] = 1,
                ["malformed row"] = 2,
            }));
        }
    }

    [Test]
    public void A_reject_carries_the_mapped_cells_of_its_row()
    {
        var reject = ImportFile("tiktok_vn_rejects.csv").Rejects.Single(r => r.Line == 4);

        Assert.That(reject.Cells, Does.Contain(new KeyValuePair<string, string>("Order ID", "578300000000000002"))
            .And.Contain(new KeyValuePair<string, string>("Created Time", "32/05/2026 10:00:00")));
    }

    [Test]
    public void An_overlapping_later_export_counts_lines_already_read_as_duplicates()
    {
        var importer = new OrderImporter(new ImportOptions());
        importer.ImportFixture("tiktok_vn_rejects.csv");

        var second = importer.ImportFixture("tiktok_vn_rejects_overlap.csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Report.IsBalanced, Is.True);
            Assert.That((second.Report.RowsRead, second.Report.RowsAccepted, second.Report.RowsRejected, second.Report.RowsDuplicate),
                Is.EqualTo((5L, 2L, 0L, 3L)));
            // The line whose date was unreadable in the first file was never taken, so it is new here.
            Assert.That(second.Lines.Select(l => (l.OrderId, l.Created)), Is.EqualTo(new[]
            {
                ("578300000000000013", Local(2026, 5, 12, 10, 0)), ("578300000000000002", Local(2026, 5, 12, 10, 0)),
            }));
        }
    }

    [Test]
    public void Xlsx_rejects_carry_the_sheet_row_number()
    {
        var result = ImportFile("tiktok_vn_54_rejects.xlsx");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report.IsBalanced, Is.True);
            Assert.That((result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected, result.Report.BlankRows),
                Is.EqualTo((4L, 2L, 2L, 1L)));
            Assert.That(result.Rejects.Select(r => (r.Line, r.Column)), Is.EqualTo(new (long, string?)[]
            {
                (4, "SKU Subtotal After Discount"), (6, "Created Time"),
            }), "sheet row 5 is absent, so the second bad row is row 6");
            Assert.That(result.Rejects[1].Reason, Does.Contain("'31/02/2026 19:10:00'"));
            Assert.That(result.Lines.Select(l => (l.OrderId, l.Quantity, l.Revenue.ToDecimal(), l.Created)), Is.EqualTo(new[]
            {
                ("580200000000000001", 1m, 250_000m, Local(2026, 5, 7, 19, 0)), ("580200000000000004", 2m, 500_000m, Local(2026, 5, 7, 19, 15)),
            }));
        }
    }

    [Test]
    public void Shopee_file_with_malformed_rows_accounts_for_every_row()
    {
        var result = ImportFile("shopee_vn_rejects.csv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Report.IsBalanced, Is.True);
            Assert.That((result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected, result.Report.RowsDuplicate),
                Is.EqualTo((6L, 2L, 4L, 0L)));
            Assert.That(Summary(result).Select(r => (r.Line, r.Column)), Is.EqualTo(new (long, string?)[]
            {
                (3, "Ngày đặt hàng"), (4, "Số lượng"), (5, "Tổng giá bán (sản phẩm)"), (6, "Mã đơn hàng"),
            }));
            Assert.That(result.Rejects[0].Reason, Does.Contain("'2026-13-10 20:00'"), "month 13");
            Assert.That(result.Rejects[1].Reason, Does.Contain("'abc'"));
            Assert.That(result.Rejects[2].Reason, Does.Contain("'1.2.3'"));
            Assert.That(result.Lines.Select(l => (l.OrderId, l.Revenue.ToDecimal())), Is.EqualTo(new[]
            {
                ("260510AAAA0001", 35_000m), ("260510AAAA0006", 70_000m),
            }));
        }
    }

    [TestCase("tiktok_vn_rejects.csv", TestName = "TikTok rejects never carry buyer columns")]
    [TestCase("shopee_vn_rejects.csv", TestName = "Shopee rejects never carry buyer columns")]
    [TestCase("tiktok_vn_54_rejects.xlsx", TestName = "XLSX rejects never carry buyer columns")]
    public void Rejects_never_carry_buyer_columns(string fixture)
    {
        var rejects = ImportFile(fixture).Rejects;

        Assert.That(rejects, Is.Not.Empty);
        Assert.That(rejects.SelectMany(r => r.Cells).Select(c => c.Key), Has.None.AnyOf(BuyerHeaders));
    }

    [Test]
    public void A_row_split_by_an_unquoted_comma_is_rejected_and_carries_no_cells()
    {
        // "Sầu riêng, loại 1" was written without quotes: every value after it moved one column right,
        // so the buyer's phone now sits where the amount should be.
        var path = Path.Combine(Path.GetTempPath(), $"livepeak-shifted-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path,
            "order_id,created_at,product_id,quantity,amount\n" +
            "1,2026-06-01 10:00:00,Sầu riêng,1,120000\n" +
            "2,2026-06-01 11:00:00,Sầu riêng, loại 1,1,0912345678\n");
        try
        {
            var rejects = new List<RejectedRow>();
            var summary = InputImport.Run([path], new ImportOptions(), new ImportSink { OnReject = rejects.Add });

            Assert.That((summary.RowsRead, summary.RowsAccepted, summary.RowsRejected), Is.EqualTo((2L, 1L, 1L)));
            Assert.That(rejects.Single().Line, Is.EqualTo(3));
            Assert.That(rejects.Single().Reason, Does.Contain("6 fields but the header has 5"));
            Assert.That(rejects.Single().Cells, Is.Empty, "shifted cells may hold buyer data");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
