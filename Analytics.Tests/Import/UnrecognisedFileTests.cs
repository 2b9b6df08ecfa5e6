using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using static LivePeak.Tests.Support.FixtureImport;

namespace LivePeak.Tests.Import;

/// <summary>Files the importer cannot read are refused with a message that says what it saw and what it knows.</summary>
[TestFixture]
public sealed class UnrecognisedFileTests
{
    [Test]
    public void A_file_matching_no_layout_is_refused_listing_the_headers_found_and_the_known_kinds()
    {
        var error = Assert.Throws<UnrecognisedFileException>(() => ImportFile("unrecognised.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.UnrecognisedFile));
            Assert.That(error.Message, Does.Contain("unrecognised.csv"));
            Assert.That(error.Message, Does.Contain("'Ngày giờ', 'Số đơn', 'Ghi chú'"));
            Assert.That(error.Message, Does.Contain("tiktok-orders").And.Contain("shopee-orders").And.Contain("canonical-orders"));
            Assert.That(error.Message, Does.Contain("--map"), "points to the way out for other logs");
        }
    }

    [Test]
    public void A_file_without_a_header_row_never_echoes_its_data_rows()
    {
        // An export saved without its header: the first rows are buyers' orders.
        var path = Path.Combine(Path.GetTempPath(), $"livepeak-headerless-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path,
            "578123456789012345,Đã hoàn tất,05/05/2026 23:22:02,Nguyễn Thị Lan,0912345678,12 Hàng Bạc Hà Nội\n" +
            "578123456789012346,Đã hủy,05/05/2026 23:30:00,Trần Văn Bình,0987654321,3 Lê Lợi Huế\n");
        try
        {
            var error = Assert.Throws<UnrecognisedFileException>(() => InputImport.Run([path], new ImportOptions(), new ImportSink()));

            Assert.That(error!.Message, Does.Contain("No header row"));
            Assert.That(error.Message, Does.Not.Contain("Nguyễn").And.Not.Contain("0912345678").And.Not.Contain("Hàng Bạc"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_map_that_names_a_missing_column_leaves_the_file_unrecognised_and_lists_the_generic_kind()
    {
        var options = new ImportOptions { Map = ColumnMap.Parse("timestamp=Ngày giờ;order=Mã đơn") };

        var error = Assert.Throws<UnrecognisedFileException>(() => ImportFile("unrecognised.csv", options));

        Assert.That(error!.Message, Does.Contain("generic (needs 'Ngày giờ' + 'Mã đơn')"));
    }

    [Test]
    public void A_tiktok_file_without_the_line_amount_column_is_refused_naming_the_column()
    {
        var error = Assert.Throws<UnrecognisedFileException>(() => ImportFile("tiktok_vn_without_amount.csv"));

        Assert.That(error!.Message, Does.Contain("looks like tiktok-orders but lacks 'SKU Subtotal After Discount'"));
    }

    [TestCase("csv_saved_as.xlsx", TestName = "Text renamed to .xlsx is reported as a broken file, not a crash")]
    [TestCase("truncated.xlsx", TestName = "A truncated .xlsx download is reported as a broken file, not a crash")]
    public void A_spreadsheet_that_cannot_be_opened_is_reported_as_broken(string fixture)
    {
        var error = Assert.Throws<UserInputException>(() => ImportFile(fixture));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BrokenFile));
            Assert.That(error.Message, Does.Contain(fixture));
        }
    }

    [Test]
    public void A_tiktok_file_with_too_few_columns_is_reported_as_broken()
    {
        var error = Assert.Throws<UserInputException>(() => ImportFile("tiktok_vn_narrow.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BrokenFile));
            Assert.That(error.Message, Does.Contain("only 5 columns (at least 40 expected)"));
        }
    }
}
