using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>Every format, written and imported again, gives back exactly the lines the generator says it wrote.</summary>
public sealed class GeneratorRoundTripTests
{
    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    public static IEnumerable<ExportFormat> AllFormats => Enum.GetValues<ExportFormat>();

    public static IEnumerable<ExportFormat> OrderFormats => AllFormats.Where(f => f.WritesOrders());

    [TestCaseSource(nameof(OrderFormats))]
    public void Importing_the_files_yields_exactly_the_generated_lines(ExportFormat format)
    {
        var options = new GenerateOptions { Format = format, Shops = 2, Weeks = 2, OrdersPerDay = 30, Seed = 7 };

        var paths = ExportGenerator.Write(options, _dir);
        var expected = ExportGenerator.Lines(options);
        var imported = GeneratedImport.Import(options, paths);

        Assert.That(imported.Rejects, Is.Empty, () => string.Join("\n", imported.Rejects.Take(5)));
        Assert.That(imported.Reports.Select(r => r.RowsDuplicate), Is.All.EqualTo(0));
        Assert.That(imported.Reports.Select(r => r.IsBalanced), Is.All.True);
        Assert.That(imported.Reports.SelectMany(r => r.UnknownStatuses.Keys), Is.Empty);
        Assert.That(expected, Is.Not.Empty);
        Assert.That(imported.Lines, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(AllFormats))]
    public void Live_formats_write_no_order_lines_and_order_formats_no_lines_without_orders(ExportFormat format)
    {
        var lines = ExportGenerator.Lines(new GenerateOptions { Format = format, Weeks = 1 });

        Assert.That(lines, format.WritesOrders() ? Is.Not.Empty : Is.Empty);
    }

    [TestCaseSource(nameof(OrderFormats))]
    public void Lines_cover_every_status_the_format_can_carry(ExportFormat format)
    {
        var lines = ExportGenerator.Lines(new GenerateOptions { Format = format });

        var statuses = lines.Select(l => l.Status).Distinct().ToList();
        var expected = format == ExportFormat.Canonical
            ? new[] { OrderStatus.Completed }
            : new[] { OrderStatus.Completed, OrderStatus.Pending, OrderStatus.Returned, OrderStatus.Cancelled };
        Assert.That(statuses, Is.EquivalentTo(expected));
    }

    [Test]
    public void Per_shop_files_are_named_like_platform_exports()
    {
        IEnumerable<string> Names(ExportFormat format) =>
            ExportGenerator.Write(new GenerateOptions { Format = format, Shops = 2, Weeks = 1, OrdersPerDay = 2 }, Path.Combine(_dir, "names-" + format))
                .Select(p => Path.GetFileName(p)!);

        Assert.That(Names(ExportFormat.TikTok), Is.EqualTo(new[]
        {
            "tiktok-orders-shop1-20260601_20260607.csv", "tiktok-orders-shop2-20260601_20260607.csv",
            "tiktok-live-analysis-shop1-20260601_20260607.csv", "tiktok-live-analysis-shop2-20260601_20260607.csv",
        }));
        Assert.That(Names(ExportFormat.TikTokXlsx), Is.EqualTo(new[]
        {
            "tiktok-orders-shop1-20260601_20260607.xlsx", "tiktok-orders-shop2-20260601_20260607.xlsx",
            "tiktok-live-analysis-shop1-20260601_20260607.csv", "tiktok-live-analysis-shop2-20260601_20260607.csv",
        }));
        Assert.That(Names(ExportFormat.Shopee), Is.EqualTo(new[]
        {
            "Order.all.20260601_20260607-shop1.xlsx", "Order.all.20260601_20260607-shop2.xlsx",
            "shopee-live-shop1-20260601_20260607.xlsx", "shopee-live-shop2-20260601_20260607.xlsx",
        }));
        Assert.That(Names(ExportFormat.ShopeeCsv), Is.EqualTo(new[]
        {
            "Order.all.20260601_20260607-shop1.csv", "Order.all.20260601_20260607-shop2.csv",
            "shopee-live-shop1-20260601_20260607.xlsx", "shopee-live-shop2-20260601_20260607.xlsx",
        }));
        Assert.That(Names(ExportFormat.Generic), Is.EqualTo(new[]
        {
            "pos-orders-shop1.csv", "pos-orders-shop2.csv", "meta-content-shop1-20260601_20260607.csv", "meta-content-shop2-20260601_20260607.csv",
        }));
        Assert.That(Names(ExportFormat.Canonical), Is.EqualTo(new[] { "canonical-orders.csv" }));
        Assert.That(Names(ExportFormat.TikTokLiveAnalysis), Is.EqualTo(new[] { "tiktok-live-analysis-shop1-20260601_20260607.csv", "tiktok-live-analysis-shop2-20260601_20260607.csv" }));
        Assert.That(Names(ExportFormat.TikTokCreatorLive), Is.EqualTo(new[] { "Creator-Live-Performance-shop1-20260601-20260607.csv", "Creator-Live-Performance-shop2-20260601-20260607.csv" }));
        Assert.That(Names(ExportFormat.TikTokAffiliateLive), Is.EqualTo(new[] { "tiktok-affiliate-live-shop1-20260601-20260607.xlsx", "tiktok-affiliate-live-shop2-20260601-20260607.xlsx" }));
        Assert.That(Names(ExportFormat.TikTokLiveDetail), Has.All.Match(@"^tiktok-live-detail-shop[12]-2026-06-0[1-7]\.xlsx$"));
        Assert.That(Names(ExportFormat.TikTokLiveDetail).Count(), Is.EqualTo(2));
        Assert.That(Names(ExportFormat.TikTokLiveListLegacy), Is.EqualTo(new[] { "Live-list-shop1-20260601_20260607.xlsx", "Live-list-shop2-20260601_20260607.xlsx" }));
        Assert.That(Names(ExportFormat.TikTokLiveList2023), Is.EqualTo(new[] { "tiktok-live-list-2023-shop1-20260601_20260607.csv", "tiktok-live-list-2023-shop2-20260601_20260607.csv" }));
        Assert.That(Names(ExportFormat.ShopeeLive), Is.EqualTo(new[] { "shopee-live-shop1-20260601_20260607.xlsx", "shopee-live-shop2-20260601_20260607.xlsx" }));
        Assert.That(Names(ExportFormat.MetaContent), Is.EqualTo(new[] { "meta-content-shop1-20260601_20260607.csv", "meta-content-shop2-20260601_20260607.csv" }));
        Assert.That(ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.TikTok, Weeks = 1, LiveList = false }, Path.Combine(_dir, "names-orders-only")).Select(Path.GetFileName),
            Is.EqualTo(new[] { "tiktok-orders-shop1-20260601_20260607.csv" }), "LiveList = false writes the orders only");
    }

    [Test]
    public void The_generic_log_is_not_recognised_without_the_map()
    {
        var paths = ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.Generic, Weeks = 1 }, _dir);

        Assert.That(() => new OrderImporter(new ImportOptions()).Import(paths[0], _ => { }), Throws.TypeOf<UnrecognisedFileException>());
    }

    [Test]
    public void The_generic_map_constant_parses_with_every_column_of_the_log()
    {
        var map = ColumnMap.Parse(ExportGenerator.GenericMap);

        Assert.That(map.Columns.Values, Is.EquivalentTo(new[] { "Ngày", "Giờ", "Số HĐ", "Mã hàng", "Tên hàng", "SL", "Đơn giá", "Thành tiền", "Trạng thái", "Cửa hàng", "Kênh" }));
        Assert.That(map.Columns[OrderField.Platform], Is.EqualTo("Kênh"));
    }
}
