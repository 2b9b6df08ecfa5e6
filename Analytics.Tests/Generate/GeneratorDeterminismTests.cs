using System.Globalization;
using System.IO.Compression;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

public sealed class GeneratorDeterminismTests
{
    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    public static IEnumerable<ExportFormat> AllFormats => Enum.GetValues<ExportFormat>();

    [TestCaseSource(nameof(AllFormats))]
    public void Same_seed_gives_byte_identical_files(ExportFormat format)
    {
        var options = new GenerateOptions { Format = format, Shops = 2, Weeks = 1, OrdersPerDay = 20, Seed = 3 };

        var first = ExportGenerator.Write(options, Path.Combine(_dir, "a"));
        var second = ExportGenerator.Write(options, Path.Combine(_dir, "b"));

        Assert.That(second.Select(Path.GetFileName), Is.EqualTo(first.Select(Path.GetFileName)));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.That(File.ReadAllBytes(second[i]), Is.EqualTo(File.ReadAllBytes(first[i])), first[i]);
        }
    }

    [TestCaseSource(nameof(AllFormats))]
    public void Different_seeds_give_different_files(ExportFormat format)
    {
        var first = ExportGenerator.Write(new GenerateOptions { Format = format, Weeks = 1, Seed = 1 }, Path.Combine(_dir, "a"));
        var second = ExportGenerator.Write(new GenerateOptions { Format = format, Weeks = 1, Seed = 2 }, Path.Combine(_dir, "b"));

        Assert.That(File.ReadAllBytes(second[0]), Is.Not.EqualTo(File.ReadAllBytes(first[0])));
    }

    [TestCaseSource(nameof(AllFormats))]
    public void The_machine_culture_changes_nothing(ExportFormat format)
    {
        var options = new GenerateOptions { Format = format, Weeks = 1 };
        var invariant = RunUnder(CultureInfo.InvariantCulture, () => ExportGenerator.Write(options, Path.Combine(_dir, "inv")).Select(File.ReadAllBytes).ToList());

        foreach (var name in new[] { "vi-VN", "de-DE", "ar-SA", "th-TH" })
        {
            var files = RunUnder(CultureInfo.GetCultureInfo(name), () => ExportGenerator.Write(options, Path.Combine(_dir, name)).Select(File.ReadAllBytes).ToList());
            Assert.That(files, Is.EqualTo(invariant), name);
        }
    }

    [Test]
    public void A_shop_is_the_same_whatever_the_number_of_shops()
    {
        var alone = ExportGenerator.Lines(new GenerateOptions { Shops = 1, Weeks = 2 });
        var withOthers = ExportGenerator.Lines(new GenerateOptions { Shops = 3, Weeks = 2 });

        Assert.That(withOthers.Where(l => l.Shop == alone[0].Shop), Is.EqualTo(alone));
        Assert.That(withOthers.Select(l => l.Shop).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void Xlsx_entries_carry_a_fixed_timestamp()
    {
        var path = ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.Shopee, Weeks = 1 }, _dir)[0];

        using var zip = ZipFile.OpenRead(path);
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.DateTime), Is.All.EqualTo(XlsxWriter.EntryTimestamp.DateTime));
        Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(new[]
        {
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml",
        }));
    }

    [TestCase(0, 8, 40.0)]
    [TestCase(10_000, 8, 40.0)]
    [TestCase(1, 0, 40.0)]
    [TestCase(1, 521, 40.0)]
    [TestCase(1, 8, 0.0)]
    [TestCase(1, 8, double.NaN)]
    [TestCase(1, 8, 20_001.0)]
    public void Impossible_options_are_refused_as_user_errors(int shops, int weeks, double ordersPerDay)
    {
        var options = new GenerateOptions { Shops = shops, Weeks = weeks, OrdersPerDay = ordersPerDay };

        Assert.That(() => ExportGenerator.Lines(options),
            Throws.InstanceOf<UserInputException>().With.Property(nameof(UserInputException.ExitCode)).EqualTo(ExitCodes.BadOption));
    }

    [TestCase(1999, 12, 27)]
    [TestCase(2099, 12, 28)]
    public void Periods_outside_2000_to_2099_are_refused(int year, int month, int day)
    {
        var options = new GenerateOptions { StartDate = new NodaTime.LocalDate(year, month, day), Weeks = 1 };

        Assert.That(() => ExportGenerator.Lines(options), Throws.InstanceOf<UserInputException>());
    }

    [TestCase(ExportFormat.TikTok)]
    [TestCase(ExportFormat.Shopee)]
    public void Order_ids_differ_between_seeds_and_periods(ExportFormat format)
    {
        var options = new GenerateOptions { Format = format, Weeks = 2, OrdersPerDay = 60 };
        var ids = ExportGenerator.Lines(options).Select(l => l.OrderId).ToHashSet();
        var otherSeed = ExportGenerator.Lines(options with { Seed = options.Seed + 1 }).Select(l => l.OrderId);
        var otherPeriod = ExportGenerator.Lines(options with { StartDate = options.StartDate.PlusWeeks(-2) }).Select(l => l.OrderId);

        Assert.That(otherSeed.Where(ids.Contains), Is.Empty);
        Assert.That(otherPeriod.Where(ids.Contains), Is.Empty);
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
