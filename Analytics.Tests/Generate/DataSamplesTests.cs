using System.IO.Compression;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>
/// The committed samples are exactly what the generator makes, so they never drift from it.
/// After a deliberate change to the generator, rewrite them with
/// <c>dotnet test Analytics.Tests --filter Name=Regenerate_the_committed_samples</c>.
/// </summary>
public sealed class DataSamplesTests
{
    private const long MaxSampleBytes = 200 * 1024;

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = TempDir.Create();

    [TearDown]
    public void TearDown() => TempDir.Delete(_dir);

    public static IEnumerable<TestCaseData> Samples =>
        DataSamples.All.Select(s => new TestCaseData(s.Folder, s.Options).SetArgDisplayNames(s.Folder));

    [TestCaseSource(nameof(Samples))]
    public void Committed_sample_is_what_the_generator_writes(string folder, GenerateOptions options)
    {
        var committedFolder = Path.Combine(DataSamples.RepositoryFolder(), folder);
        var written = ExportGenerator.Write(options, _dir);

        Assert.That(Directory.GetFiles(committedFolder).Select(Path.GetFileName).Where(IsData),
            Is.EquivalentTo(written.Select(Path.GetFileName)), "the sample folder holds exactly the generated files");
        foreach (var path in written)
        {
            var committed = Path.Combine(committedFolder, Path.GetFileName(path));
            Assert.That(new FileInfo(committed).Length, Is.LessThan(MaxSampleBytes), committed);
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

    [Test]
    public void All_samples_read_together_as_one_sellers_history()
    {
        var options = GeneratedImport.OptionsFor(ExportFormat.Generic, "Nông sản Tây Bắc");
        var importer = new OrderImporter(options);
        var lines = new List<OrderLine>();
        var rejects = new List<RejectedRow>();

        var reports = InputFiles.Expand([DataSamples.RepositoryFolder()]).Select(f => importer.Import(f, lines.Add, rejects.Add)).ToList();

        Assert.That(reports.Select(r => r.Kind), Is.EquivalentTo(new[] { "tiktok-orders", "tiktok-orders", "shopee-orders", "generic" }));
        Assert.That(rejects, Is.Empty);
        Assert.That(reports.Sum(r => r.RowsDuplicate), Is.Zero);
        var expected = DataSamples.All.SelectMany(s => ExportGenerator.Lines(s.Options)).ToList();
        Assert.That(lines.Select(l => (l.Platform, l.OrderId, l.LineId, l.Revenue, l.Status)),
            Is.EquivalentTo(expected.Select(l => (l.Platform, l.OrderId, l.LineId, l.Revenue, l.Status))));
    }

    [Test]
    [Explicit("Rewrites data-samples/ in the working tree; run it after a deliberate generator change.")]
    public void Regenerate_the_committed_samples()
    {
        var root = DataSamples.RepositoryFolder();
        foreach (var sample in DataSamples.All)
        {
            var folder = Path.Combine(root, sample.Folder);
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.GetFiles(folder).Where(f => IsData(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var path in ExportGenerator.Write(sample.Options, folder))
            {
                TestContext.Out.WriteLine($"{path} {new FileInfo(path).Length} bytes");
            }
        }

        File.WriteAllText(Path.Combine(root, DataSamples.MapFile), ExportGenerator.GenericMap + "\n");
    }

    private static bool IsData(string? name) => Path.GetExtension(name) is ".csv" or ".xlsx";

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
