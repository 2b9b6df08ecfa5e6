using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// On random, messy CSV (quotes, doubled quotes, commas and line breaks inside quotes, CRLF and
/// mixed line ends, a BOM, blank lines, empty fields, bad numbers and dates) cut into tiny chunks
/// so boundaries fall inside quoted fields, the fast path equals the general path exactly.
/// </summary>
[TestFixture]
public sealed class FastPathPropertyTests
{
    private static readonly string[] Times =
        ["{0:yyyy-MM-dd HH:mm:ss}", "{0:yyyy-MM-dd HH:mm:ss}", "{0:yyyy-MM-dd HH:mm:ss}", " {0:yyyy-MM-dd HH:mm:ss} ", "2026-02-30 10:00:00", "not a time", "", "{0:yyyy-MM-dd HH:mm:ss}.5"];

    private static readonly string[] Quantities = ["1", "2", "3", "1", "0", "-1", "1.5", "abc", "", "1,000", "123456789012345678", " 2 "];

    private static readonly string[] Amounts = ["120000", "45000", "0", "", "-5000", "12.3456", "12.34567", "1e5", "99999999999999999999", "\"300000\""];

    private static readonly string[] Names =
        ["Sầu riêng Ri6", "\"Na, dai\"", "\"Thịt \"\"gác bếp\"\"\"", "\"dòng 1\ndòng 2\"", "\"CR\r\nLF\"", "", "Thạch đen 🍈", "\"dở\"dang", "a\"b"];

    private static readonly string[] Statuses = ["", "completed", "Đã hủy", "Đã hoàn tất", "trạng thái lạ", "Return/Refund", "cancelled"];

    public sealed record RowSpec(bool NewOrder, int Time, int Quantity, int Amount, int Name, int Status, int Blank, bool EmptyOrder);

    public sealed record FileSpec(List<RowSpec> Rows, bool Bom, int LineEnds, int ChunkBytes, int Threads);

    private static Gen<RowSpec> RowGen =>
        from newOrder in Gen.Frequency((2, Gen.Constant(false)), (3, Gen.Constant(true)))
        from time in Gen.Choose(0, Times.Length - 1)
        // The oversized quantity makes the whole file decline the fast path, so it must stay rare.
        from quantity in Gen.Frequency((200, Gen.Choose(0, 9)), (200, Gen.Constant(11)), (1, Gen.Constant(10)))
        from amount in Gen.Choose(0, Amounts.Length - 1)
        from name in Gen.Choose(0, Names.Length - 1)
        from status in Gen.Choose(0, Statuses.Length - 1)
        from blank in Gen.Choose(0, 12)
        from emptyOrder in Gen.Frequency((30, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new RowSpec(newOrder, time, quantity, amount, name, status, blank, emptyOrder);

    private static Gen<FileSpec> FileGen =>
        from rows in Gen.ListOf(RowGen).Select(r => r.ToList())
        from bom in Gen.Elements(true, false)
        from lineEnds in Gen.Choose(0, 2)
        from chunk in Gen.Choose(16, 400)
        from threads in Gen.Choose(1, 4)
        select new FileSpec(rows, bom, lineEnds, chunk, threads);

    private int _compared;
    private int _declined;

    [Test]
    public void Random_messy_csv_reads_the_same_on_both_paths()
    {
        var property = Prop.ForAll(FileGen.ToArbitrary(), spec =>
        {
            using var temp = new TempFolder();
            var path = Path.Combine(temp.Path, "orders.csv");
            File.WriteAllBytes(path, Render(spec));
            var options = new ImportOptions();

            FastPathOracle.GeneralResult expected;
            try
            {
                expected = FastPathOracle.General(path, options, SlotLength.Hour);
            }
            catch (UserInputException)
            {
                // A file the general path refuses (e.g. no readable header) is not the fast path's business.
                return true;
            }

            var actual = FastOrderReader.Read(path, options, SlotLength.Hour, spec.Threads, spec.ChunkBytes, out var declined);
            Interlocked.Increment(ref actual is null ? ref _declined : ref _compared);
            if (actual is null)
            {
                // The fast path may only decline for its documented reasons: no time format it can
                // read from bytes, or a quantity too large for the fixed-point cube.
                var quantityTooLarge = File.ReadAllText(path).Contains("," + Quantities[10] + ",", StringComparison.Ordinal);
                return (declined == "no numeric time format" && expected.Report.TimeFormat is null) ||
                       (declined!.Contains("fixed-point", StringComparison.Ordinal) && quantityTooLarge);
            }

            FastPathOracle.AssertSame(expected, actual, "random file");
            return true;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), property);
        // About one file in ten holds the oversized quantity and is declined; three in four compared is a safe floor.
        Assert.That(_compared, Is.GreaterThan(3 * _declined), "most random files must be compared, not declined");
    }

    [Test]
    public void A_chunk_boundary_inside_a_quoted_line_break_is_detected_and_read_exactly()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder("order_id,created_at,product_id,product_name,quantity,amount\n");
        for (var i = 0; i < 200; i++)
        {
            // Every name holds a line break, so many guessed chunk starts fall inside quotes.
            var at = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Unspecified).AddMinutes(i * 17);
            text.Append(CultureInfo.InvariantCulture, $"{i},{at:yyyy-MM-dd HH:mm:ss},P{i % 9},\"Tên\nsản phẩm {i}\",1,{1000 + i}\n");
        }

        var path = temp.Write("orders.csv", text.ToString());
        var options = new ImportOptions();

        var expected = FastPathOracle.General(path, options, SlotLength.Hour);
        var actual = FastOrderReader.Read(path, options, SlotLength.Hour, threads: 4, chunkBytes: 100);

        FastPathOracle.AssertSame(expected, actual!, "boundaries inside quotes");
        Assert.That(expected.Report.RowsAccepted, Is.EqualTo(200));
    }

    private static byte[] Render(FileSpec spec)
    {
        var text = new StringBuilder();
        var order = 0;
        var time = new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Unspecified);
        string End(int row) => spec.LineEnds switch { 0 => "\n", 1 => "\r\n", _ => row % 2 == 0 ? "\n" : "\r\n" };
        text.Append("order_id,created_at,product_id,product_name,quantity,amount,status").Append(End(0));
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            if (row.NewOrder || i == 0)
            {
                order++;
                time = time.AddMinutes(37);
            }

            if (row.Blank == 0)
            {
                text.Append(End(i));
            }
            else if (row.Blank == 1)
            {
                text.Append(",,,,,,").Append(End(i));
            }

            var id = row.EmptyOrder ? string.Empty : "O" + order.ToString(CultureInfo.InvariantCulture);
            var created = string.Format(CultureInfo.InvariantCulture, Times[row.Time], time);
            var created2 = created.Length > 0 && created.Contains(' ') && created.Trim().Length != created.Length ? $"\"{created}\"" : created;
            text.Append(CultureInfo.InvariantCulture, $"{id},{created2},P{order % 5},{Names[row.Name]},{Quantities[row.Quantity]},{Amounts[row.Amount]},{Statuses[row.Status]}");
            text.Append(End(i));
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return spec.Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }
}
