using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>The fast path gives exactly the general path's cube, products, accounting and rejects.</summary>
[TestFixture]
public sealed class FastOrderReaderTests
{
    private static ImportOptions OptionsFor(ExportFormat format) => format == ExportFormat.Generic
        ? new ImportOptions { Map = ColumnMap.Parse(ExportGenerator.GenericMap), Culture = CultureInfo.GetCultureInfo(ExportGenerator.GenericCulture) }
        : new ImportOptions();

    [TestCase(ExportFormat.Canonical, 60, 1, TestName = "Canonical log, hour slots, one thread")]
    [TestCase(ExportFormat.Canonical, 15, 2, TestName = "Canonical log, 15-minute slots, two threads")]
    [TestCase(ExportFormat.TikTok, 60, 2, TestName = "TikTok 56-column CSV with BOM and description row")]
    [TestCase(ExportFormat.ShopeeCsv, 30, 2, TestName = "Shopee CSV, dot-thousands dialect")]
    [TestCase(ExportFormat.Generic, 120, 2, TestName = "Vietnamese POS log read with --map and vi-VN")]
    public void Generated_exports_read_the_same_as_the_general_path(ExportFormat format, int minutes, int threads)
    {
        using var temp = new TempFolder();
        var generated = new GenerateOptions { Format = format, Shops = 2, Weeks = 3, OrdersPerDay = 60, Seed = 11, LiveList = false };
        var length = new SlotLength(minutes);
        foreach (var path in ExportGenerator.Write(generated, temp.Path))
        {
            var options = OptionsFor(format);
            var expected = FastPathOracle.General(path, options, length);
            var actual = FastOrderReader.Read(path, options, length, threads);

            Assert.That(actual, Is.Not.Null, "the fast path takes this file");
            FastPathOracle.AssertSame(expected, actual!, Path.GetFileName(path));
            Assert.That(actual!.RowsReadFast, Is.GreaterThan(actual.Report.RowsRead * 0.95), "clean rows are read from bytes, not handed to the general reader");
        }
    }

    [Test]
    public void Small_chunks_on_many_threads_still_give_one_exact_cube()
    {
        // 1 MB chunks over a ~14 MB file: many boundaries, each cutting through some order's lines.
        using var temp = new TempFolder();
        var path = ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.Canonical, Shops = 20, Weeks = 8, OrdersPerDay = 120, Seed = 3 }, temp.Path).Single();
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(8L << 20), "larger than two read buffers");
        var options = new ImportOptions();

        var expected = FastPathOracle.General(path, options, SlotLength.Hour);
        var actual = FastOrderReader.Read(path, options, SlotLength.Hour, threads: 8, chunkBytes: 1 << 20);

        FastPathOracle.AssertSame(expected, actual!, "8 threads");
        Assert.That(actual!.RowsReadFast, Is.EqualTo(actual.Report.RowsRead - 1), "only the first data row (a possible description row) goes to the general reader");
        Assert.That(actual.RowsReadNarrow, Is.EqualTo(actual.RowsReadFast), "every row of a clean canonical log is read in one pass");

        // One thread, one chunk of the whole file: the 4 MB read buffer is refilled several times,
        // each refill cutting a record the one-pass reader must leave for the next fill.
        var oneChunk = FastOrderReader.Read(path, options, SlotLength.Hour, threads: 1, chunkBytes: 64 << 20);
        FastPathOracle.AssertSame(expected, oneChunk!, "1 thread, one chunk");
        Assert.That(oneChunk!.RowsReadNarrow, Is.EqualTo(oneChunk.Report.RowsRead - 1), "records cut by a refill are read in one pass after it");
    }

    [TestCase(false, TestName = "A log out of time order is left to the general path")]
    [TestCase(true, TestName = "An order that comes back in the same hour after another order is left to the general path")]
    public void Logs_the_fast_path_cannot_count_exactly_are_declined(bool orderComesBack)
    {
        using var temp = new TempFolder();
        var rows = orderComesBack
            ? "1,2026-06-01 10:00:00,A,1,10\n2,2026-06-01 10:05:00,B,1,10\n1,2026-06-01 10:00:00,C,1,10\n"
            : "1,2026-06-01 10:00:00,A,1,10\n2,2026-06-02 10:05:00,B,1,10\n3,2026-06-01 11:00:00,C,1,10\n";
        var path = temp.Write("orders.csv", "order_id,created_at,product_id,quantity,amount\n" + rows);

        var actual = FastOrderReader.Read(path, new ImportOptions(), SlotLength.Hour, 1, null, out var declined);

        Assert.That(actual, Is.Null);
        Assert.That(declined, Does.Contain("time order").Or.Contain("not adjacent"));
        var expected = FastPathOracle.General(path, new ImportOptions(), SlotLength.Hour);
        Assert.That(expected.Cube.AllSlots().Sum(s => s.Orders), Is.EqualTo(orderComesBack ? 2 : 3), "the general path counts each order once per slot");
    }

    [Test]
    public void An_order_that_comes_back_in_an_hour_spanning_several_chunks_is_left_to_the_general_path()
    {
        // Chunks of one record each: order 1 is seen three chunks before it comes back, so comparing
        // each chunk's first hour with only the chunk before (order 3) would miss it.
        using var temp = new TempFolder();
        var path = temp.Write("orders.csv", "order_id,created_at,product_id,quantity,amount\n0,2026-06-01 09:00:00,P0,1,10\n" +
            "1,2026-06-01 10:00:00,A,1,10\n2,2026-06-01 10:05:00,B,1,10\n3,2026-06-01 10:10:00,C,1,10\n1,2026-06-01 10:00:00,D,1,10\n");

        var actual = FastOrderReader.Read(path, new ImportOptions(), SlotLength.Hour, 2, chunkBytes: 16, out var declined);

        Assert.That(actual, Is.Null, "the fast path cannot count order 1 once without remembering it");
        Assert.That(declined, Does.Contain("time order").Or.Contain("not adjacent"));
    }

    // An order's later lines repeat its id, time and shop, and the fast path reuses what the first
    // line gave; each row here is a way that reuse could go wrong.
    [TestCase("1,2026-06-01 10:00:00,A,P1,0,0\n1,2026-06-01 10:00:00,A,P2,2,20\n", TestName = "Repeat: the first line has quantity 0, so the order is counted on the second")]
    [TestCase("1,2026-06-01 10:00:00,A,P1,1,10\n1,2026-06-01 10:00:00,A,\"P,2\",1,10\n1,2026-06-01 10:00:00,A,P3,1,10\n", TestName = "Repeat: a quoted line the general reader reads sits between two lines of the order")]
    [TestCase("1,2026-06-01 10:00:00,A,P1,1,10\n1,2026-06-01 10:00:00,A,P2,x,10\n1,2026-06-01 10:00:00,A,P3,1,10\n", TestName = "Repeat: a rejected line sits between two lines of the order")]
    [TestCase("1,2026-06-01 10:59:59,A,P1,1,10\n1,2026-06-01 11:00:00,A,P2,1,10\n1,2026-06-01 11:00:00,A,P3,1,10\n", TestName = "Repeat: the same order with a later time falls in the next slot and counts there too")]
    [TestCase("1,2026-06-01 10:00:00,A,P1,1,10\n1,2026-06-01 10:00:00,B,P2,1,10\n1,2026-06-01 10:00:00,B,P3,1,10\n", TestName = "Repeat: the same id and time in another shop is another order")]
    [TestCase("1,2026-06-01 10:00:00,,P1,1,10\n1,2026-06-01 10:00:00,,P2,1,10\n12,2026-06-01 10:00:00,,P3,1,10\n", TestName = "Repeat: an empty shop (the default shop) and an id that extends the previous one")]
    [TestCase("1,2026-06-01 10:00:00,A,P1,-1,-10\n1,2026-06-01 10:00:00,A,P2,-1,-10\n1,2026-06-01 10:00:00,A,P3,1,10\n", TestName = "Repeat: returned lines (negative quantity) before a sold one")]
    public void Lines_that_repeat_an_orders_header_count_as_the_general_path_counts_them(string rows)
    {
        using var temp = new TempFolder();
        // A first row of its own: the general reader reads the first data row (a possible description row).
        var path = temp.Write("orders.csv", "order_id,created_at,shop,product_id,quantity,amount\n0,2026-06-01 09:00:00,A,P0,1,10\n" + rows);

        var expected = FastPathOracle.General(path, new ImportOptions(), SlotLength.Hour);
        var actual = FastOrderReader.Read(path, new ImportOptions(), SlotLength.Hour, 1);

        Assert.That(actual, Is.Not.Null, "the fast path takes this file");
        FastPathOracle.AssertSame(expected, actual!, "repeated order headers");
    }
}
