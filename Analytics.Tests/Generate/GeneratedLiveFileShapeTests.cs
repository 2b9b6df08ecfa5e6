using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Tables;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>Each LIVE report looks like the platform's as formats.md describes it.</summary>
public sealed class GeneratedLiveFileShapeTests
{
    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private string Write(ExportFormat format, int weeks = 2) =>
        ExportGenerator.Write(new GenerateOptions { Format = format, Weeks = weeks, OrdersPerDay = 30 }, _dir).Single();

    private static List<string> Column(IReadOnlyList<TableRow> rows, int headerRow, string header)
    {
        var index = Array.IndexOf(rows[headerRow].Cells, header);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), header);
        return rows.Skip(headerRow + 1).Select(r => r.Cell(index)).ToList();
    }

    [Test]
    public void Live_analysis_is_a_vietnamese_csv_with_two_preamble_rows_and_tiktoks_odd_formats()
    {
        var path = Write(ExportFormat.TikTokLiveAnalysis);
        var rows = TableSource.ReadRows(path).ToList();

        Assert.That(File.ReadAllBytes(path).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(rows[2].Cells[0], Is.EqualTo("Nhà sáng tạo"), "the header is the third row");
        Assert.That(Column(rows, 2, "Thời gian bắt đầu"), Has.All.Match(@"^2026/06/\d\d/ \d\d:\d\d$"));
        Assert.That(Column(rows, 2, "Thời lượng"), Has.All.Match(@"^[123]h \d{1,2}min$"));
        Assert.That(Column(rows, 2, "CTR"), Has.All.Match(@"^\d{1,2},\d\d%$"));
        Assert.That(Column(rows, 2, "Người xem"), Has.Some.Match(@"^\d{1,3}\.\d{3}$"), "dot thousands");
        Assert.That(Column(rows, 2, "Thời gian bắt đầu"), Is.Ordered.Descending, "newest first");
    }

    [Test]
    public void Creator_live_performance_has_rooms_seconds_and_comma_money()
    {
        var rows = TableSource.ReadRows(Write(ExportFormat.TikTokCreatorLive)).ToList();

        Assert.That(Column(rows, 0, "Room ID"), Has.All.Match(@"^73\d{17}$"));
        Assert.That(Column(rows, 0, "Room ID"), Is.Unique);
        Assert.That(Column(rows, 0, "End Time"), Has.All.Match(@"^2026-06-\d\d \d\d:\d\d:\d\d$"));
        Assert.That(Column(rows, 0, "Duration"), Has.All.Match(@"^\dh\d\dm$"));
        Assert.That(Column(rows, 0, "Attributed GMV"), Has.All.Match(@"^\d{1,3}(,\d{3})*\.\d\d₫$"));
        Assert.That(Column(rows, 0, "CTOR"), Has.All.Match(@"^\d{1,2}\.\d{6}%$"));
    }

    [Test]
    public void Affiliate_report_is_an_xlsx_with_day_first_text_dates_and_the_range_in_its_name()
    {
        var path = Write(ExportFormat.TikTokAffiliateLive);
        var rows = TableSource.ReadRows(path).ToList();

        Assert.That(Path.GetFileName(path), Does.Contain("20260601-20260614"));
        Assert.That(rows[2].Cells[0], Is.EqualTo("ID buổi LIVE"));
        Assert.That(Column(rows, 2, "Thời gian bắt đầu LIVE"), Has.All.Match(@"^\d{1,2}/6/2026 \d{1,2}:\d\d:00$"));
        Assert.That(rows[3].TypeOf(0), Is.EqualTo(CellType.Text), "room ids stay text");
        Assert.That(rows[3].TypeOf(Array.IndexOf(rows[2].Cells, "Đơn hàng nhờ buổi LIVE")), Is.EqualTo(CellType.Number));
    }

    /// <summary>In the first week of June every date reads day-first and month-first: only the file name tells.</summary>
    [Test]
    public void An_affiliate_week_of_ambiguous_dates_is_read_day_first_from_the_range_in_its_name()
    {
        var options = new GenerateOptions { Format = ExportFormat.TikTokAffiliateLive, Weeks = 1 };
        var path = ExportGenerator.Write(options, _dir).Single();
        var renamed = Path.Combine(_dir, "tiktok-affiliate-live.xlsx");
        File.Copy(path, renamed);

        var named = GeneratedImport.Import(options, [path]);
        var unnamed = GeneratedImport.ImportTogether([renamed], new ImportOptions { DefaultShop = ExportGenerator.ShopNames(options)[0] });

        Assert.That(named.Sessions, Is.EqualTo(ExportGenerator.Sessions(options)));
        Assert.That(named.Reports[0].Warnings, Is.Empty);
        Assert.That(named.Reports[0].TimeFormat, Does.StartWith("d/M/yyyy"));
        // Without the range the importer still reads day first, but says it guessed.
        Assert.That(unnamed.Sessions, Is.EqualTo(ExportGenerator.Sessions(options)));
        Assert.That(unnamed.Reports[0].Warnings, Has.Some.Contains("M/d/yyyy"));
    }

    [Test]
    public void Detail_export_has_product_and_trend_sheets_with_five_minute_buckets()
    {
        var path = Write(ExportFormat.TikTokLiveDetail);
        var products = TableSource.ReadRows(path, "Product").ToList();
        var trend = TableSource.ReadRows(path, "Trend Stats").ToList();

        Assert.That(TableSource.SheetNames(path), Is.EqualTo(new[] { "Product", "Trend Stats" }));
        Assert.That(Path.GetFileName(path), Does.Match(@"^tiktok-live-detail-shop1-2026-06-\d\d\.xlsx$"));
        Assert.That(Column(products, 0, "Attributed GMV"), Has.All.Match(@"^\d{1,3}(,\d{3})*₫$"));
        Assert.That(Column(products, 0, "CTR"), Has.All.Match(@"^\d{1,3}\.\d\d%$"));
        var times = Column(trend, 0, "Time").Select(t => TimeOnly.ParseExact(t, "HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(times.Zip(times.Skip(1), (a, b) => (b - a).TotalMinutes), Is.All.EqualTo(5));
    }

    [Test]
    public void Shopee_live_has_a_group_header_row_clock_durations_and_dong_sales()
    {
        var rows = TableSource.ReadRows(Write(ExportFormat.ShopeeLive)).ToList();

        Assert.That(rows[0].Cells, Does.Contain("Conversion"), "group headers above the header row");
        Assert.That(rows[1].Cells[3], Is.EqualTo("Livestream Name"));
        Assert.That(Column(rows, 1, "Start Time"), Has.All.Match(@"^\d\d-06-2026 \d\d:\d\d$"));
        Assert.That(Column(rows, 1, "Duration"), Has.All.Match(@"^0\d:\d\d:\d\d$"));
        Assert.That(Column(rows, 1, "Sales(Confirmed Order)"), Has.All.Match(@"^₫\d{1,3}(\.\d{3})*$"));
        Assert.That(Column(rows, 1, "No."), Is.EqualTo(Enumerable.Range(1, rows.Count - 2).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void Meta_content_lists_live_videos_and_other_posts_month_first_with_lifetime_rows()
    {
        var rows = TableSource.ReadRows(Write(ExportFormat.MetaContent)).ToList();

        Assert.That(Column(rows, 0, "Post type").Distinct(), Is.EquivalentTo(new[] { "Live", "Photos", "Videos" }));
        Assert.That(Column(rows, 0, "Post type").Count(t => t != "Live"), Is.EqualTo(4), "a photo and a video a week");
        Assert.That(Column(rows, 0, "Date"), Is.All.EqualTo("Lifetime"));
        Assert.That(Column(rows, 0, "Publish time"), Has.All.Match(@"^06/\d\d/2026 \d\d:\d\d$"));
        Assert.That(Column(rows, 0, "Page name"), Is.All.EqualTo("Nông sản Tây Bắc"));
    }

    [Test]
    public void Legacy_and_2023_lists_use_their_own_headers()
    {
        var legacy = TableSource.ReadRows(Write(ExportFormat.TikTokLiveListLegacy)).ToList();
        Directory.Delete(_dir, recursive: true);
        Directory.CreateDirectory(_dir);
        var list2023 = TableSource.ReadRows(Write(ExportFormat.TikTokLiveList2023)).ToList();

        Assert.That(legacy[2].Cells, Does.Contain("Launched Time").And.Contain("PCU"));
        Assert.That(Column(legacy, 2, "Nickname"), Is.All.EqualTo("Nông sản Tây Bắc"));
        Assert.That(Column(list2023, 0, "Duration"), Has.All.Match(@"^\d{4,5}$"), "seconds");
        Assert.That(Column(list2023, 0, "CTR"), Has.All.Match(@"^0\.\d{4}$"), "a fraction");
    }
}
