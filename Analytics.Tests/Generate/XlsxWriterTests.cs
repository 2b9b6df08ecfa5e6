using System.IO.Compression;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import.Tables;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

public sealed class XlsxWriterTests
{
    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static readonly string[] HostileTexts =
    [
        "<script>alert('x')</script>",
        "Tom & Jerry",
        "\"quoted\" and 'single'",
        "emoji 🍈🥭😀 and a flag 🇻🇳",
        "Sầu riêng Ri6, Củ sâm đất, Thịt lợn gác bếp",
        "Thạch đen (sương sáo) Cao Bằng",
        "  leading and trailing spaces  ",
        "line one\nline two",
        "windows\r\nline end",
        "tab\tinside",
        "literal _x0041_ escape code",
        "]]> and <![CDATA[",
        "0912345678",
        "=1+2",
    ];

    [Test]
    public void Text_and_numbers_read_back_exactly()
    {
        var rows = new List<IReadOnlyList<SheetCell>>
        {
            new SheetCell[] { "Text", "Number" },
        };
        rows.AddRange(HostileTexts.Select((t, i) => (IReadOnlyList<SheetCell>)[t, i * 1000 + 0.5m]));
        var path = Path.Combine(_dir, "hostile.xlsx");

        XlsxWriter.Write(path, [new XlsxSheet("Data", rows)]);
        var read = TableSource.ReadRows(path).ToList();

        Assert.That(read, Has.Count.EqualTo(rows.Count));
        Assert.That(read.Skip(1).Select(r => r.Cells[0]), Is.EqualTo(HostileTexts));
        Assert.That(read.Skip(1).Select(r => r.Cells[1]), Is.EqualTo(HostileTexts.Select((_, i) => SheetCell.FormatNumber(i * 1000 + 0.5m))));
        Assert.That(read.Skip(1).Select(r => r.TypeOf(1)), Is.All.EqualTo(CellType.Number));
        Assert.That(read.Skip(1).Select(r => r.TypeOf(0)), Is.All.EqualTo(CellType.Text));
    }

    [Test]
    public void Characters_illegal_in_xml_are_dropped_not_fatal()
    {
        var path = Path.Combine(_dir, "control.xlsx");
        XlsxWriter.Write(path, [new XlsxSheet("Data", [["a\u0001b\u0008c\uFFFEd\uD800e"]])]);

        var read = TableSource.ReadRows(path).Single();

        Assert.That(read.Cells[0], Is.EqualTo("abcde"));
    }

    [Test]
    public void Stale_dimension_is_written_and_every_column_still_reads_back()
    {
        var header = Enumerable.Range(0, 56).Select(i => (SheetCell)$"Col {i}").ToArray();
        var data = Enumerable.Range(0, 56).Select(i => (SheetCell)(i * 10)).ToArray();
        var path = Path.Combine(_dir, "stale.xlsx");

        XlsxWriter.Write(path, [new XlsxSheet("OrderSKUList", [header, data], StaleDimension: true)]);
        var read = TableSource.ReadRows(path).ToList();

        Assert.That(SheetXml(path, 1), Does.Contain("<dimension ref=\"A1:A1\"/>"));
        Assert.That(read, Has.Count.EqualTo(2));
        Assert.That(read[0].Cells, Is.EqualTo(header.Select(c => c.Text)));
        Assert.That(read[1].Cells, Is.EqualTo(data.Select(c => c.ToText())));
    }

    [Test]
    public void True_dimension_covers_the_used_range()
    {
        var path = Path.Combine(_dir, "dim.xlsx");
        XlsxWriter.Write(path, [new XlsxSheet("S", [["a", "b", "c"], ["x"], [SheetCell.Empty]])]);

        Assert.That(SheetXml(path, 1), Does.Contain("<dimension ref=\"A1:C2\"/>"));
    }

    [Test]
    public void Several_named_sheets_each_read_back()
    {
        var path = Path.Combine(_dir, "multi.xlsx");
        XlsxWriter.Write(path,
        [
            new XlsxSheet("First", [["one", 1]]),
            new XlsxSheet("Đơn hàng & <more>", [["two", 2]]),
            new XlsxSheet("Third", [["three", 3], ["", "gap"]]),
        ]);

        Assert.That(TableSource.ReadRows(path).Single().Cells, Is.EqualTo(new[] { "one", "1" }));
        Assert.That(TableSource.ReadRows(path, "Đơn hàng & <more>").Single().Cells, Is.EqualTo(new[] { "two", "2" }));
        var third = TableSource.ReadRows(path, "Third").ToList();
        Assert.That(third.Select(r => r.Cells), Is.EqualTo(new[] { new[] { "three", "3" }, new[] { "", "gap" } }));
    }

    [Test]
    public void Empty_cells_leave_gaps_in_place()
    {
        var path = Path.Combine(_dir, "gaps.xlsx");
        XlsxWriter.Write(path, [new XlsxSheet("S", [["a", SheetCell.Empty, "c", SheetCell.Empty, 5]])]);

        Assert.That(TableSource.ReadRows(path).Single().Cells, Is.EqualTo(new[] { "a", "", "c", "", "5" }));
    }

    [Test]
    public void Same_sheets_give_identical_bytes()
    {
        XlsxSheet[] sheets = [new XlsxSheet("S", [["Sầu riêng", 120000], ["Na dai, Lạng Sơn", 75000]])];
        var first = new MemoryStream();
        var second = new MemoryStream();

        XlsxWriter.Write(first, sheets);
        XlsxWriter.Write(second, sheets);

        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
    }

    [TestCase("")]
    [TestCase("a/b")]
    [TestCase("[x]")]
    [TestCase("this sheet name is far too long for excel")]
    public void Invalid_sheet_names_are_refused(string name)
    {
        Assert.That(() => XlsxWriter.Write(new MemoryStream(), [new XlsxSheet(name, [])]), Throws.ArgumentException);
    }

    [Test]
    public void Duplicate_sheet_names_are_refused()
    {
        Assert.That(() => XlsxWriter.Write(new MemoryStream(), [new XlsxSheet("A", []), new XlsxSheet("a", [])]), Throws.ArgumentException);
    }

    [TestCase(0, "A")]
    [TestCase(25, "Z")]
    [TestCase(26, "AA")]
    [TestCase(55, "BD")]
    [TestCase(701, "ZZ")]
    [TestCase(702, "AAA")]
    [TestCase(16383, "XFD")]
    public void Column_letters(int index, string letters)
    {
        Assert.That(CellReference.Column(index), Is.EqualTo(letters));
    }

    private static string SheetXml(string path, int sheet)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry($"xl/worksheets/sheet{sheet}.xml")!.Open());
        return reader.ReadToEnd();
    }
}
