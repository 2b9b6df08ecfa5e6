using LivePeak.Analytics.Import.Tables;

namespace LivePeak.Tests.Import.Tables;

[TestFixture]
public sealed class CsvTextTests
{
    private static List<TableRow> Read(string text, char separator = ',')
    {
        var csv = new CsvText(new StringReader(text), separator);
        var rows = new List<TableRow>();
        while (csv.ReadRow() is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    private static string Cells(TableRow row) => string.Join("|", row.Cells);

    [TestCase("a,b,c\n", new[] { "a|b|c" }, TestName = "Plain fields split on the separator")]
    [TestCase("a,,\n", new[] { "a||" }, TestName = "Empty fields are kept, trailing ones too")]
    [TestCase("\"a,b\",c\n", new[] { "a,b|c" }, TestName = "A quoted field may hold the separator")]
    [TestCase("\"say \"\"hi\"\"\",x\n", new[] { "say \"hi\"|x" }, TestName = "A doubled quote inside quotes is one quote")]
    [TestCase("\"\",x\n", new[] { "|x" }, TestName = "Two quotes alone are an empty field")]
    [TestCase("a,b\r\nc,d\r\n", new[] { "a|b", "c|d" }, TestName = "CRLF ends a record")]
    [TestCase("a,b\nc,d\n", new[] { "a|b", "c|d" }, TestName = "LF ends a record")]
    [TestCase("a,b\rc,d\r", new[] { "a|b", "c|d" }, TestName = "A lone CR ends a record")]
    [TestCase("a,b\nc,d", new[] { "a|b", "c|d" }, TestName = "The last record needs no line break")]
    [TestCase("\"x\ny\",z\n", new[] { "x\ny|z" }, TestName = "A quoted field may hold a line break")]
    [TestCase("a;b,c\n", new[] { "a|b,c" }, ';', TestName = "With a semicolon separator, commas are text")]
    public void Splits_records_and_fields(string text, string[] expected, char separator = ',') =>
        Assert.That(Read(text, separator).Select(Cells), Is.EqualTo(expected));

    [TestCase("h\n\"x\ny\",z\nw\n", new long[] { 1, 2, 4 }, TestName = "After a field with an LF, lines count physical lines")]
    [TestCase("h\r\n\"x\r\ny\",z\r\nw\r\n", new long[] { 1, 2, 4 }, TestName = "A CRLF inside quotes counts as one line")]
    [TestCase("h\r\"x\ry\",z\rw\r", new long[] { 1, 2, 4 }, TestName = "A lone CR inside quotes counts as one line")]
    [TestCase("h\n\n\nw\n", new long[] { 1, 2, 3, 4 }, TestName = "Empty lines are records of their own")]
    [TestCase("h\n\"a\"b\nw\n", new long[] { 1, 2, 3 }, TestName = "A malformed record does not upset the count")]
    public void Each_record_knows_the_physical_line_it_starts_on(string text, long[] expected) =>
        Assert.That(Read(text).Select(r => r.Line), Is.EqualTo(expected));

    [TestCase("\"a\"b,c\n", "text after the closing quote of field 1", TestName = "Text after a closing quote is malformed")]
    [TestCase("x,a\"b\n", "a quote inside field 2 that is not quoted as a whole", TestName = "A stray quote in an unquoted field is malformed")]
    [TestCase("x,\"abc\n", "a quoted field is not closed before the end of the file", TestName = "An unclosed quote is malformed")]
    public void Malformed_records_say_why(string text, string expected)
    {
        var rows = Read(text);

        Assert.That(rows.Select(r => r.Malformed), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Well_formed_records_are_not_malformed() =>
        Assert.That(Read("a,\"b,\"\"c\"\"\"\n\"d\ne\",f\n").Select(r => r.Malformed), Is.All.Null);

    [TestCase("a,b,c", ',', TestName = "Commas")]
    [TestCase("Ngày;Mã đơn;Thành tiền", ';', TestName = "Semicolons, as Excel writes in vi-VN and European locales")]
    [TestCase("a\tb\tc", '\t', TestName = "Tabs")]
    [TestCase("\"x;y;z\",b", ',', TestName = "Separators inside quotes do not count")]
    [TestCase("Tên;Giá, VND;SL", ';', TestName = "The most frequent separator wins")]
    [TestCase("Orders", ',', TestName = "A single column defaults to comma")]
    [TestCase("", ',', TestName = "An empty line defaults to comma")]
    public void Detects_the_separator(string firstLine, char expected) =>
        Assert.That(CsvText.DetectSeparator(firstLine), Is.EqualTo(expected));

    [TestCase("plain", "plain", TestName = "Plain text is written as is")]
    [TestCase("", "", TestName = "Empty stays empty")]
    [TestCase("a,b", "\"a,b\"", TestName = "A comma is quoted")]
    [TestCase("a;b", "\"a;b\"", TestName = "A semicolon is quoted (semicolon readers)")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"", TestName = "Quotes are doubled inside quotes")]
    [TestCase("line\nbreak", "\"line\nbreak\"", TestName = "A line break is quoted")]
    [TestCase("=cmd", "'=cmd", TestName = "A formula gets a leading apostrophe")]
    [TestCase("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0", TestName = "A DDE payload gets a leading apostrophe")]
    [TestCase("+SUM(A1:A9)", "'+SUM(A1:A9)", TestName = "A formula starting with plus is neutralised")]
    [TestCase("@SUM(A1)", "'@SUM(A1)", TestName = "A formula starting with at is neutralised")]
    [TestCase("-2+3", "'-2+3", TestName = "A formula starting with minus is neutralised")]
    [TestCase("\t=1", "\"'\t=1\"", TestName = "A leading tab is neutralised and quoted")]
    [TestCase("=1,2", "\"'=1,2\"", TestName = "A neutralised formula is still quoted when needed")]
    [TestCase("-1250000", "-1250000", TestName = "A negative number is left alone")]
    [TestCase("-12.5", "-12.5", TestName = "A negative decimal is left alone")]
    public void Escapes_a_value_for_a_cell(string value, string expected) => Assert.That(CsvText.Escape(value), Is.EqualTo(expected));

    [TestCase("Áo thun \"Basic\", cotton 100%", TestName = "A product name with a comma and quotes reads back")]
    [TestCase("Khăn lụa\nhọa tiết", TestName = "A product name with a line break reads back")]
    [TestCase("\"", TestName = "A lone quote reads back")]
    [TestCase("a;b\r\nc", TestName = "Semicolons and CRLF read back")]
    public void Escaped_values_read_back_unchanged(string value)
    {
        var rows = Read(CsvText.Escape(value) + "," + CsvText.Escape(value) + "\n");

        Assert.That(rows.Single().Cells, Is.EqualTo(new[] { value, value }));
    }
}
