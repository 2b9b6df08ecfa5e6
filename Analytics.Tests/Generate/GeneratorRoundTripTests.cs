using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>Every format, written and imported again, gives back exactly the lines the generator says it wrote.</summary>
public sealed class GeneratorRoundTripTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = TempDir.Create();

    [TearDown]
    public void TearDown() => TempDir.Delete(_dir);

    public static IEnumerable<ExportFormat> AllFormats => Enum.GetValues<ExportFormat>();

    [TestCaseSource(nameof(AllFormats))]
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
        static IEnumerable<string> Names(ExportFormat format) =>
            ExportGenerator.Write(new GenerateOptions { Format = format, Shops = 2, Weeks = 1, OrdersPerDay = 2 }, Path.Combine(Path.GetTempPath(), "livepeak-tests", "names-" + format))
                .Select(p => Path.GetFileName(p)!);

        try
        {
            Assert.That(Names(ExportFormat.TikTok), Is.EqualTo(new[] { "tiktok-orders-shop1-20260601_20260607.csv", "tiktok-orders-shop2-20260601_20260607.csv" }));
            Assert.That(Names(ExportFormat.TikTokXlsx), Is.EqualTo(new[] { "tiktok-orders-shop1-20260601_20260607.xlsx", "tiktok-orders-shop2-20260601_20260607.xlsx" }));
            Assert.That(Names(ExportFormat.Shopee), Is.EqualTo(new[] { "Order.all.20260601_20260607-shop1.xlsx", "Order.all.20260601_20260607-shop2.xlsx" }));
            Assert.That(Names(ExportFormat.ShopeeCsv), Is.EqualTo(new[] { "Order.all.20260601_20260607-shop1.csv", "Order.all.20260601_20260607-shop2.csv" }));
            Assert.That(Names(ExportFormat.Generic), Is.EqualTo(new[] { "pos-orders-shop1.csv", "pos-orders-shop2.csv" }));
            Assert.That(Names(ExportFormat.Canonical), Is.EqualTo(new[] { "canonical-orders.csv" }));
        }
        finally
        {
            foreach (var format in AllFormats)
            {
                TempDir.Delete(Path.Combine(Path.GetTempPath(), "livepeak-tests", "names-" + format));
            }
        }
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

        Assert.That(map.Columns.Values, Is.EquivalentTo(new[] { "Ngày", "Giờ", "Số HĐ", "Mã hàng", "Tên hàng", "SL", "Đơn giá", "Thành tiền", "Trạng thái", "Cửa hàng" }));
    }
}
