using System.Globalization;
using System.IO.Compression;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>
/// The committed samples are exactly what the generator makes, so they never drift from it, and
/// they read together as one seller's history. After a deliberate change to the generator,
/// rewrite them with <c>dotnet test Analytics.Tests --filter Name=Regenerate_the_committed_samples</c>.
/// </summary>
public sealed class DataSamplesTests
{
    private const long MaxSampleBytes = 200 * 1024;
    private const long MaxLiveReportBytes = 100 * 1024;

    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    public static IEnumerable<TestCaseData> Folders =>
        DataSamples.Folders.Select(f => new TestCaseData(f.Key).SetArgDisplayNames(f.Key));

    [TestCaseSource(nameof(Folders))]
    public void Committed_sample_is_what_the_generator_writes(string folder)
    {
        var committedFolder = Path.Combine(DataSamples.RepositoryFolder(), folder);
        var written = DataSamples.All.Where(s => s.Folder == folder).SelectMany(s => ExportGenerator.Write(s.Options, _dir)).ToList();

        Assert.That(Directory.GetFiles(committedFolder).Select(Path.GetFileName).Where(IsData),
            Is.EquivalentTo(written.Select(Path.GetFileName)), "the sample folder holds exactly the generated files");
        foreach (var path in written)
        {
            var committed = Path.Combine(committedFolder, Path.GetFileName(path));
            Assert.That(new FileInfo(committed).Length, Is.LessThan(IsOrderLog(path) ? MaxSampleBytes : MaxLiveReportBytes), committed);
            if (Path.GetExtension(path) == ".xlsx")
            {
                // Zip bytes depend on the runtime's deflate and on the OS (the "made by" field);
                // the workbook is the entries and their contents.
                Assert.That(ZipContents(committed), Is.EqualTo(ZipContents(path)), committed);
            }
            else
            {
                Assert.That(File.ReadAllBytes(committed), Is.EqualTo(File.ReadAllBytes(path)), committed);
            }
        }
    }

    [Test]
    public void Committed_map_file_is_the_generic_map()
    {
        var text = File.ReadAllText(Path.Combine(DataSamples.RepositoryFolder(), DataSamples.MapFile));

        Assert.That(text.TrimEnd('\n'), Is.EqualTo(ExportGenerator.GenericMap));
    }

    /// <summary>
    /// The whole folder in one run, as <c>livepeak sessions data-samples --map data-samples/generic/pos.map --culture vi-VN</c>
    /// reads it: every file recognised, no rejects, no duplicates, exactly the generated lines and LIVEs.
    /// </summary>
    [Test]
    public void All_samples_read_together_as_one_sellers_history()
    {
        var root = DataSamples.RepositoryFolder();
        var map = File.ReadAllText(Path.Combine(root, DataSamples.MapFile)).Trim();
        var options = new ImportOptions { Map = ColumnMap.Parse(map), Culture = CultureInfo.GetCultureInfo(ExportGenerator.GenericCulture) };
        var builder = new CubeBuilder(new CubeOptions());

        var imported = GeneratedImport.ImportTogether([root], options, builder.AddLine, builder.AddSession);

        Assert.That(imported.Rejects, Is.Empty, () => string.Join("\n", imported.Rejects.Take(5)));
        Assert.That(imported.Reports.Sum(r => r.RowsDuplicate), Is.Zero);
        Assert.That(imported.Reports.Select(r => r.IsBalanced), Is.All.True);
        Assert.That(imported.Reports.Select(r => Path.GetFileName(r.Path)), Is.EquivalentTo(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Where(IsData)), "every file is read");
        Assert.That(imported.Reports.Select(r => r.Kind), Is.EquivalentTo(new[]
        {
            "tiktok-orders", "tiktok-live-analysis", "tiktok-live-detail", "tiktok-orders", "tiktok-creator-live-performance",
            "tiktok-affiliate-live", "tiktok-live-list-legacy", "tiktok-live-list-2023", "shopee-orders", "shopee-live", "generic", "facebook-content",
        }));

        // Platform files carry no shop name and are read under the default shop; the POS log and Meta's export name the shop.
        static string ShopAsRead(string shop, bool namesShop) => namesShop ? shop : "default";
        var expectedLines = DataSamples.All.SelectMany(s => ExportGenerator.Lines(s.Options)
            .Select(l => l with { Shop = ShopAsRead(l.Shop, s.Options.Format == ExportFormat.Generic) })).ToList();
        Assert.That(imported.Lines.Select(l => (l.Platform, l.Shop, l.OrderId, l.LineId, l.Revenue, l.Status, l.Channel)),
            Is.EquivalentTo(expectedLines.Select(l => (l.Platform, l.Shop, l.OrderId, l.LineId, l.Revenue, l.Status, l.Channel))));
        var expectedSessions = DataSamples.All.SelectMany(s => ExportGenerator.Sessions(s.Options)
            .Select(l => l with { Shop = ShopAsRead(l.Shop, l.Platform == Platform.Facebook) })).ToList();
        Assert.That(imported.Sessions, Is.EquivalentTo(expectedSessions));
        Assert.That(imported.Details, Has.Count.EqualTo(1));

        // The detail export's LIVE is in June's LIVE list, so it is not counted twice; every LIVE
        // order of June's TikTok log falls in a listed LIVE.
        Assert.That(builder.TrendSessionsAlreadyListed, Is.EqualTo(1));
        Assert.That(builder.LiveChannelLinesWithoutLive, Is.Zero);
    }

    /// <summary>Where a sample's log says which orders came through a LIVE, the ledger credits each LIVE with exactly their GMV.</summary>
    [TestCase("tiktok", ExportFormat.TikTok)]
    [TestCase("generic", ExportFormat.Generic)]
    public void The_ledger_credits_each_live_with_the_gmv_of_its_own_orders(string folder, ExportFormat format)
    {
        var sample = DataSamples.All.First(s => s.Folder == folder && s.Options.Format == format);
        var shop = ExportGenerator.ShopNames(sample.Options)[0];
        var folderPath = Path.Combine(DataSamples.RepositoryFolder(), folder);
        var builder = new CubeBuilder(new CubeOptions());
        var options = GeneratedImport.OptionsFor(format, shop) with { Map = ColumnMap.Parse(ExportGenerator.GenericMap) };

        GeneratedImport.ImportTogether([folderPath], options, builder.AddLine, builder.AddSession);

        var lives = ExportGenerator.Lives(sample.Options).ToDictionary(l => l.Start.ToInstant());
        var results = builder.Ledger.Results();
        Assert.That(results, Has.Count.EqualTo(lives.Count));
        Assert.That(results.Select(r => r.AttributedGmv), Is.EqualTo(results.Select(r => lives[r.Session.Start.ToInstant()].Gmv)));
        Assert.That(results.Sum(r => r.AttributedOrders), Is.Positive);
        if (format == ExportFormat.TikTok)
        {
            Assert.That(results.Where(r => r.GmvGap is { } gap && gap != Money.Zero).Count(), Is.GreaterThan(results.Count / 2), "the report's GMV differs from the log's");
        }
    }

    [Test]
    [Explicit("Rewrites data-samples/ in the working tree; run it after a deliberate generator change.")]
    public void Regenerate_the_committed_samples()
    {
        var root = DataSamples.RepositoryFolder();
        foreach (var folder in DataSamples.Folders)
        {
            var path = Path.Combine(root, folder.Key);
            Directory.CreateDirectory(path);
            foreach (var stale in Directory.GetFiles(path).Where(f => IsData(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var written in folder.SelectMany(s => ExportGenerator.Write(s.Options, path)))
            {
                TestContext.Out.WriteLine($"{written} {new FileInfo(written).Length} bytes");
            }
        }

        File.WriteAllText(Path.Combine(root, DataSamples.MapFile), ExportGenerator.GenericMap + "\n");
    }

    private static bool IsData(string? name) => Path.GetExtension(name) is ".csv" or ".xlsx";

    private static bool IsOrderLog(string path) =>
        Path.GetFileName(path) is var name && (name.StartsWith("tiktok-orders", StringComparison.Ordinal) || name.StartsWith("Order.all", StringComparison.Ordinal) || name.StartsWith("pos-orders", StringComparison.Ordinal));

    private static List<(string Name, byte[] Content)> ZipContents(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }
}
