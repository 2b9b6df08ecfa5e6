using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Engine;

/// <summary>A run takes the fast path only where it is exact, and gives the same answer either way.</summary>
[TestFixture]
public sealed class CubeRunTests
{
    private static readonly CubeOptions Cube = new();

    private static (CubeRunResult Run, List<RejectedRow> Rejects) Run(IReadOnlyList<string> inputs, bool fast)
    {
        var rejects = new List<RejectedRow>();
        var run = CubeRun.Run(inputs, new ImportOptions(), Cube, new CubeRunOptions { FastPath = fast, Threads = 2 }, rejects.Add);
        return (run, rejects);
    }

    private static void AssertSameAnswer((CubeRunResult Run, List<RejectedRow> Rejects) fast, (CubeRunResult Run, List<RejectedRow> Rejects) general)
    {
        Assert.That(fast.Run.Builder.Cube.AllSlots(), Is.EqualTo(general.Run.Builder.Cube.AllSlots()));
        Assert.That(fast.Run.Builder.Products.Rows(), Is.EqualTo(general.Run.Builder.Products.Rows()));
        Assert.That(fast.Run.Summary.Files.Select(f => (f.Path, f.RowsRead, f.RowsAccepted, f.RowsRejected, f.RowsDuplicate)),
            Is.EqualTo(general.Run.Summary.Files.Select(f => (f.Path, f.RowsRead, f.RowsAccepted, f.RowsRejected, f.RowsDuplicate))));
        Assert.That(fast.Rejects.Select(r => (r.File, r.Line, r.Reason)), Is.EqualTo(general.Rejects.Select(r => (r.File, r.Line, r.Reason))));
    }

    private static string Canonical(TempFolder temp, string folder, int seed, NodaTime.LocalDate start) =>
        ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.Canonical, Weeks = 2, OrdersPerDay = 50, Seed = seed, StartDate = start },
            Path.Combine(temp.Path, folder)).Single();

    [Test]
    public void One_order_log_with_bad_rows_takes_the_fast_path_and_matches_the_general_path()
    {
        using var temp = new TempFolder();
        var path = Canonical(temp, "a", 1, new(2026, 6, 1));
        File.AppendAllText(path, "999,not a time,S1,P1,1,100\n998,2026-06-03 10:00:00,S1,P1,lots,100\n");

        var fast = Run([path], fast: true);
        var general = Run([path], fast: false);

        Assert.That((fast.Run.FastFiles, general.Run.FastFiles), Is.EqualTo((1, 0)));
        Assert.That(fast.Rejects, Has.Count.EqualTo(2));
        AssertSameAnswer(fast, general);
    }

    [Test]
    public void Logs_of_different_periods_each_take_the_fast_path()
    {
        using var temp = new TempFolder();
        var june = Canonical(temp, "june", 1, new(2026, 6, 1));
        var july = Canonical(temp, "july", 2, new(2026, 7, 6));

        var fast = Run([june, july], fast: true);

        Assert.That(fast.Run.FastFiles, Is.EqualTo(2));
        AssertSameAnswer(fast, Run([june, july], fast: false));
    }

    [Test]
    public void A_log_the_fast_path_declines_is_read_on_the_general_path_into_the_same_product_table()
    {
        using var temp = new TempFolder();
        var june = Canonical(temp, "june", 1, new(2026, 6, 1));
        var july = Canonical(temp, "july", 2, new(2026, 7, 6));
        // Its second week first: out of time order, so the fast path cannot count its orders exactly.
        var lines = File.ReadAllLines(july);
        var half = lines.Length / 2;
        File.WriteAllLines(july, [lines[0], .. lines[half..], .. lines[1..half]]);
        var juneProducts = File.ReadLines(june).Skip(1).Select(l => l.Split(',')[3]).ToHashSet();
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[3]).Any(juneProducts.Contains), "some products sell in both months");

        var fast = Run([june, july], fast: true);

        Assert.That(fast.Run.FastFiles, Is.EqualTo(1), "June on the fast path, July on the general path");
        AssertSameAnswer(fast, Run([june, july], fast: false));
    }

    [TestCase(1, long.MaxValue, TestName = "One thread reads the files one after another")]
    [TestCase(2, long.MaxValue, TestName = "Two threads read two files at a time")]
    [TestCase(3, long.MaxValue, TestName = "Three threads read three files at a time")]
    [TestCase(2, 0L, TestName = "Every file counts as large: each is split between two threads in turn")]
    [TestCase(3, -1L, TestName = "Small files read three at a time between large ones read in turn")]
    public void Files_read_several_at_a_time_give_the_general_paths_answer_in_file_order(int threads, long readBesideOthersBelowBytes)
    {
        using var temp = new TempFolder();
        // Ten days of different sizes; day 6 is out of time order (the fast path declines it and
        // the general path reads it in its turn), and P003 is renamed every day from day 3.
        var files = Fast.DailyOrderFiles.Write(temp, days: 10, outOfOrderDay: 6);
        var sizes = files.Select(f => new FileInfo(f).Length).Order().ToList();
        var below = readBesideOthersBelowBytes < 0 ? sizes[sizes.Count / 2] : readBesideOthersBelowBytes;
        Assert.That(files.Select(f => new FileInfo(f).Length).Distinct().Count(), Is.EqualTo(files.Count), "the files differ in size");

        var rejects = new List<RejectedRow>();
        var fast = CubeRun.Run(files, new ImportOptions(), Cube, new CubeRunOptions { Threads = threads, ReadBesideOthersBelowBytes = below }, rejects.Add);
        var general = Run(files, fast: false);

        Assert.That(fast.FastFiles, Is.EqualTo(files.Count - 1), "all but the out-of-order day on the fast path");
        AssertSameAnswer((fast, rejects), general);
        Assert.That(fast.Builder.Products.Rows().Where(r => r.ProductId == "P003").Select(r => r.ProductName).Distinct().Single(),
            Is.EqualTo(general.Run.Builder.Products.Rows().First(r => r.ProductId == "P003").ProductName), "the first file's name, however the files were read");
    }

    [Test]
    public void Overlapping_exports_go_to_the_general_path_so_duplicates_are_dropped()
    {
        using var temp = new TempFolder();
        var path = Canonical(temp, "a", 1, new(2026, 6, 1));
        var copy = Path.Combine(temp.Path, "b", "orders-again.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(path, copy);

        var fast = Run([path, copy], fast: true);

        Assert.That(fast.Run.FastFiles, Is.Zero, "the fast path keeps no line ids, so it cannot drop duplicates");
        Assert.That(fast.Run.Summary.RowsDuplicate, Is.EqualTo(fast.Run.Summary.Files[0].RowsRead));
        AssertSameAnswer(fast, Run([path, copy], fast: false));
    }

    [Test]
    public void Overlapping_exports_the_fast_path_declines_still_drop_their_duplicates()
    {
        using var temp = new TempFolder();
        var path = Canonical(temp, "a", 3, new(2026, 6, 1));
        // Its second week first: out of time order, so both copies go to the general reader in turn.
        var lines = File.ReadAllLines(path);
        var half = lines.Length / 2;
        File.WriteAllLines(path, [lines[0], .. lines[half..], .. lines[1..half]]);
        var copy = Path.Combine(temp.Path, "b", "orders-again.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(path, copy);

        var fast = Run([path, copy], fast: true);

        Assert.That(fast.Run.FastFiles, Is.Zero);
        Assert.That(fast.Run.Summary.RowsDuplicate, Is.EqualTo(fast.Run.Summary.Files[0].RowsRead), "the second export holds nothing new");
        AssertSameAnswer(fast, Run([path, copy], fast: false));
    }

    [Test]
    public void With_LIVE_reports_among_the_inputs_every_file_takes_the_general_path()
    {
        using var temp = new TempFolder();
        var written = ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.TikTok, Weeks = 1, OrdersPerDay = 30 }, temp.Path);
        Assert.That(written, Has.Count.EqualTo(2), "orders and the LIVE list");

        var run = Run(written, fast: true);

        Assert.That(run.Run.FastFiles, Is.Zero, "order lines must be attributed to the LIVEs");
        Assert.That(run.Run.Builder.Cube.SessionCount, Is.GreaterThan(0));
    }
}
