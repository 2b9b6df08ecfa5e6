using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Tests.Cli;
using NodaTime;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// A file of exactly the canonical six columns has its plain records read in one pass
/// (<see cref="FastPlan.NarrowRows"/>); any record that is not plain takes the usual fast-path
/// way or the general reader. Either way the result is the general path's, and the one-pass
/// reader takes exactly the records it should.
/// </summary>
[TestFixture]
public sealed class NarrowRowsTests
{
    private const string Header = "order_id,created_at,shop,product_id,quantity,amount";

    // The first data row always goes to the general reader (it may be a description row); the
    // second and fourth are plain, so the one-pass reader takes them and the third is the case.
    private static string FileWith(string record, string lineEnd = "\n") =>
        string.Join(lineEnd, Header, "1,2026-06-01 09:00:00,S1,P1,1,1000", "2,2026-06-01 09:05:00,S1,P2,2,2000", record,
            "4,2026-06-01 10:20:00,S1,P1,1,1500") + lineEnd;

    private static IEnumerable<TestCaseData> Records()
    {
        TestCaseData Case(string record, bool narrow, string reason) => new TestCaseData(record, narrow).SetName(reason);
        yield return Case("3,2026-06-01 09:40:00,S2,P3,3,30000", true, "A plain record is read in one pass");
        yield return Case("2,2026-06-01 09:05:00,S1,P3,1,500", true, "A later line of the order before repeats its header and is read in one pass");
        yield return Case("3,2026-06-01 09:40:00,Nông sản Đà Lạt,P3,1,500", true, "Vietnamese text inside a field is fine when its ends are ASCII");
        yield return Case("3,2026-06-01 09:40:00,Hợp tác xã nông nghiệp sạch Mường Lò - Yên Bái,P3,1,500", true, "A record longer than 64 bytes is split field by field");
        yield return Case("3,2026-06-01 09:40:00,S2,P3,1,12.5", true, "An amount with decimals is parsed as the general reader parses it");
        yield return Case("3,2026-06-01 09:40:00,S2,P3,0,0", true, "A zero quantity counts as a line but not an order");
        yield return Case("3,2026-06-01 09:40:00,,P3,1,500", false, "An empty shop belongs to the default shop: left to the usual way");
        yield return Case("3,2026-06-01 09:40:00, S2,P3,1,500", false, "A shop with a leading space must be trimmed");
        yield return Case("3,2026-06-01 09:40:00,S2\u00A0,P3,1,500", false, "A shop ending in a no-break space is trimmed by the general reader");
        yield return Case("3,2026-06-01 09:40:00,S2,P3 ,1,500", false, "A product id with a trailing space must be trimmed");
        yield return Case("3,2026-06-01 09:40:00,Đặc sản Mường Lò,Cà phê,1,500", true, "Text starting or ending in a Vietnamese letter needs no trimming");
        yield return Case("3,2026-06-01 09:40:00,\uFEFFS2,P3,1,500", false, "A shop starting with a byte-order mark is trimmed by the general reader");
        yield return Case("3,2026-06-01 09:40:00,S2,P3\t,1,500", false, "A product id ending in a tab must be trimmed");
        yield return Case("3,2026-06-01 09:40:00,S2,\"P3\",1,500", false, "A quoted field is not plain");
        yield return Case("3,2026-06-01 09:40:00,S2,P\"3,1,500", false, "A stray quote marks the record malformed");
        yield return Case("3,2026-06-01 09:40:00,S2,P3,1,500,extra", false, "A field too many is rejected by the general reader");
        yield return Case("3,2026-06-01 09:40:00,S2,P3,1", false, "A field too few");
        yield return Case("3,2026-06-01 09:40:00,S2,P3,1,", false, "An empty amount reads as zero on the usual way");
        yield return Case("3,2026-06-01 09:40:00,S2,P3,abc,500", false, "A bad quantity is a reject");
        yield return Case("3,2026-06-01 09:40:00,S2,P3,1,1e5", false, "An amount in exponent form is a reject");
        yield return Case("3,2026-02-30 09:40:00,S2,P3,1,500", false, "A date that does not exist is a reject");
        yield return Case("3,2026-06-01 25:40:00,S2,P3,1,500", false, "An hour past the day is a reject");
        yield return Case(",2026-06-01 09:40:00,S2,P3,1,500", false, "An empty order id is a reject");
        yield return Case("", false, "A blank line is counted as blank");
    }

    [TestCaseSource(nameof(Records))]
    public void Each_record_is_read_as_the_general_path_reads_it(string record, bool narrow)
    {
        using var temp = new TempFolder();
        var path = temp.Write("orders.csv", FileWith(record));
        AssertNarrowReads(path, new ImportOptions(), narrow ? 3 : 2);
    }

    [Test]
    public void A_record_ended_by_a_CR_alone_is_left_to_the_scanner()
    {
        // The general reader ends a record at a lone CR; the record after it ends in LF and is plain.
        using var temp = new TempFolder();
        var path = temp.Write("orders.csv", FileWith("3,2026-06-01 09:40:00,S2,P3,1,500\r5,2026-06-01 09:50:00,S2,P3,1,500"));
        AssertNarrowReads(path, new ImportOptions(), 3);
    }

    [Test]
    public void Records_ending_in_CRLF_are_plain()
    {
        using var temp = new TempFolder();
        var path = temp.Write("orders.csv", FileWith("3,2026-06-01 09:40:00,S2,P3,3,30000", "\r\n"));
        AssertNarrowReads(path, new ImportOptions(), 3);
    }

    [Test]
    public void An_order_coming_back_after_a_record_read_the_usual_way_is_not_taken_for_its_repeat()
    {
        // Order 1's header is remembered from a short record; order 2's quoted record is read the
        // usual way, an hour later; then order 1's header comes back. Only the last record's header
        // may be repeated: order 1 back after another hour is out of time order, and the general
        // path must read the file (taken for a repeat, its line would go into order 2's hour).
        using var temp = new TempFolder();
        var path = temp.Write("orders.csv", string.Join("\n", Header, "9,2026-06-01 08:00:00,S1,P1,1,1000", "1,2026-06-01 10:05:00,S1,P1,1,1000",
            "2,2026-06-01 11:00:00,S1,\"P2\",1,2000", "1,2026-06-01 10:05:00,S1,P3,1,3000",
            // Records after it, so it is not the last 64 bytes of the file (those are split field by field).
            "3,2026-06-01 11:30:00,S1,P1,1,1000", "4,2026-06-01 11:40:00,S1,P1,1,1000") + "\n");

        var actual = FastOrderReader.Read(path, new ImportOptions(), SlotLength.Hour, 1, null, out var declined);

        Assert.That(actual, Is.Null, "declined: order 1 came back");
        Assert.That(declined, Is.Not.Null);
    }

    [Test]
    public void A_day_whose_clock_changes_is_left_to_the_general_reader()
    {
        // Berlin moves its clocks on 2026-03-29: 02:30 does not exist that day.
        using var temp = new TempFolder();
        var path = temp.Write("orders.csv", string.Join("\n", Header, "1,2026-03-28 09:00:00,S1,P1,1,1000", "2,2026-03-28 09:05:00,S1,P2,2,2000",
            "3,2026-03-29 02:30:00,S1,P3,1,500", "4,2026-03-29 10:20:00,S1,P1,1,1500", "5,2026-03-30 10:20:00,S1,P1,1,1500") + "\n");
        var options = new ImportOptions { Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] };
        AssertNarrowReads(path, options, 2);
    }

    [Test]
    public void A_mapped_log_with_the_same_columns_in_a_Vietnamese_number_dialect_is_narrow_too()
    {
        // With comma decimals, "1.250.000,7" is a number: the field after the amount must still be
        // seen as a field too many, not read into the amount.
        using var temp = new TempFolder();
        var path = temp.Write("pos.csv", string.Join("\n", "Số HĐ,Thời gian,Cửa hàng,Mã hàng,SL,Thành tiền",
            "1,2026-06-01 09:00:00,S1,P1,1,1.000", "2,2026-06-01 09:05:00,S1,P2,2,250.000", "3,2026-06-01 09:40:00,S2,P3,1,1.250.000,7",
            "4,2026-06-01 10:20:00,S1,P1,1,1.500") + "\n");
        var options = new ImportOptions
        {
            Map = ColumnMap.Parse("timestamp=Thời gian;order=Số HĐ;shop=Cửa hàng;product=Mã hàng;quantity=SL;amount=Thành tiền"),
            Culture = CultureInfo.GetCultureInfo("vi-VN"),
        };
        AssertNarrowReads(path, options, 2);
    }

    [Test]
    public void Random_narrow_logs_read_the_same_on_both_paths()
    {
        long narrow = 0, fast = 0;
        var property = Prop.ForAll(FileGen.ToArbitrary(), spec =>
        {
            using var temp = new TempFolder();
            var path = Path.Combine(temp.Path, "orders.csv");
            File.WriteAllText(path, Render(spec), new UTF8Encoding(false));
            var options = new ImportOptions();
            var expected = FastPathOracle.General(path, options, SlotLength.Hour);
            var actual = FastOrderReader.Read(path, options, SlotLength.Hour, spec.Threads, spec.ChunkBytes, out var declined);
            if (actual is null)
            {
                // Only an order that comes back within an hour (a repeated id) may send the file away.
                return declined is not null;
            }

            FastPathOracle.AssertSame(expected, actual, "random narrow file");
            Interlocked.Add(ref narrow, actual.RowsReadNarrow);
            Interlocked.Add(ref fast, actual.RowsReadFast);
            return true;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true), property);
        Assert.That(narrow, Is.GreaterThan(fast / 4), "plain records are read in one pass");
        Assert.That(narrow, Is.LessThan(fast), "others take the usual fast-path way");
    }

    private static void AssertNarrowReads(string path, ImportOptions options, long expectedNarrow)
    {
        var expected = FastPathOracle.General(path, options, SlotLength.Hour);
        var actual = FastOrderReader.Read(path, options, SlotLength.Hour, 1);
        Assert.That(actual, Is.Not.Null, "the fast path takes the file");
        FastPathOracle.AssertSame(expected, actual!, Path.GetFileName(path));
        Assert.That(actual!.RowsReadNarrow, Is.EqualTo(expectedNarrow), "records read in one pass");
    }

    private static readonly string[] Shops = ["S1", "S1", "S2", "", " S1", "S1 ", "S1\u00A0", "\"S1\"", "Nông trại Mường Lò", "\"S,1\"", "\uFEFFS1", "Đà Lạt", "S1\t"];
    private static readonly string[] Products = ["P1", "P2", "P3", "P1", "", "P1 ", "\"P2\"", "Sầu riêng", "P\"4", "Cà phê", "\u00A0P1"];
    private static readonly string[] Quantities = ["1", "2", "3", "0", "-1", "1.5", "abc", "", " 2"];
    private static readonly string[] Amounts = ["120000", "45000", "0", "", "-5000", "12.3456", "12.34567", "1e5", "1,000"];
    private static readonly string[] Extras = ["", "", "", "", "", ",x", "\r"];

    public sealed record RowSpec(bool NewOrder, int Shop, int Product, int Quantity, int Amount, int Extra, bool BadTime);

    public sealed record FileSpec(List<RowSpec> Rows, bool CrLf, int ChunkBytes, int Threads);

    private static Gen<RowSpec> RowGen =>
        from newOrder in Gen.Frequency((2, Gen.Constant(false)), (3, Gen.Constant(true)))
        from shop in Gen.Frequency((6, Gen.Constant(0)), (4, Gen.Choose(0, Shops.Length - 1)))
        from product in Gen.Frequency((6, Gen.Choose(0, 2)), (4, Gen.Choose(0, Products.Length - 1)))
        from quantity in Gen.Frequency((6, Gen.Constant(0)), (4, Gen.Choose(0, Quantities.Length - 1)))
        from amount in Gen.Frequency((6, Gen.Constant(0)), (4, Gen.Choose(0, Amounts.Length - 1)))
        from extra in Gen.Frequency((6, Gen.Constant(0)), (4, Gen.Choose(0, Extras.Length - 1)))
        from badTime in Gen.Frequency((20, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new RowSpec(newOrder, shop, product, quantity, amount, extra, badTime);

    private static Gen<FileSpec> FileGen =>
        from rows in Gen.ListOf(RowGen).Select(r => r.ToList())
        from crlf in Gen.Elements(true, false)
        from chunk in Gen.Choose(16, 400)
        from threads in Gen.Choose(1, 3)
        select new FileSpec(rows, crlf, chunk, threads);

    private static string Render(FileSpec spec)
    {
        var end = spec.CrLf ? "\r\n" : "\n";
        var text = new StringBuilder(Header).Append(end);
        var order = 0;
        var time = new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            if (row.NewOrder || i == 0)
            {
                order++;
                time = time.AddMinutes(23);
            }

            var created = row.BadTime ? "2026-06-31 09:00:00" : time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture,
                $"{order},{created},{Shops[row.Shop]},{Products[row.Product]},{Quantities[row.Quantity]},{Amounts[row.Amount]}{Extras[row.Extra]}").Append(end);
        }

        return text.ToString();
    }
}
