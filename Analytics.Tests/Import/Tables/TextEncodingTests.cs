using System.Globalization;
using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Tables;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Tests.Import.Tables;

/// <summary>
/// A CSV that is not UTF-8 (Excel on a Vietnamese Windows saves "CSV (Comma delimited)" in
/// Windows-1258) reads as the same text as its UTF-8 original, says so, and is left to the general
/// path; a UTF-8 file is never taken for one.
/// </summary>
[TestFixture]
public sealed class TextEncodingTests
{
    private static readonly Encoding Windows1258 = CodePages(1258);

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    [TestCase("order,product\n1,Sầu riêng Ri6\n", false, true, TestName = "UTF-8 without a byte-order mark is UTF-8")]
    [TestCase("order,product\n1,Sầu riêng Ri6\n", true, true, TestName = "UTF-8 with a byte-order mark is UTF-8")]
    [TestCase("order,product\n1,Durian\n", false, true, TestName = "Plain ASCII is UTF-8 (and reads the same either way)")]
    public void Utf8_files_read_as_utf8(string text, bool bom, bool expectedUtf8)
    {
        using var temp = new TempFolder();
        var path = temp.Write("orders.csv", text, bom);

        Assert.That(TableSource.TextEncodingOf(path).CodePage == Encoding.UTF8.CodePage, Is.EqualTo(expectedUtf8));
        Assert.That(TableSource.IsLegacyEncoded(path), Is.False);
    }

    [Test]
    public void A_utf8_character_cut_by_the_end_of_the_probe_is_not_taken_for_a_code_page()
    {
        using var temp = new TempFolder();
        // 'ầ' is three bytes; the first megabyte ends after its first byte.
        var text = "order,product\n" + new string('x', (1 << 20) - "order,product\n".Length - 1) + "ầ\n";
        var path = temp.Write("orders.csv", text);

        Assert.That(TableSource.IsLegacyEncoded(path), Is.False);
    }

    [TestCase(false, TestName = "A file replaced by one of another length is probed again")]
    [TestCase(true, TestName = "A file replaced by one of the same length is probed again (its time of change differs)")]
    public void The_encoding_is_remembered_only_for_the_file_as_it_was(bool sameLength)
    {
        using var temp = new TempFolder();
        var path = temp.File("orders.csv");
        var legacy = Encode1258("order,product\n1,Thạch đen Cao Bằng\n");
        File.WriteAllBytes(path, sameLength ? Encoding.ASCII.GetBytes(new string('x', legacy.Length)) : Encoding.UTF8.GetBytes("order,product\n1,Durian\n"));
        Assert.That(TableSource.IsLegacyEncoded(path), Is.False);

        File.WriteAllBytes(path, legacy);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));

        Assert.That(TableSource.IsLegacyEncoded(path), Is.True);
    }

    [Test]
    public void A_file_with_bytes_that_are_not_utf8_is_read_as_windows_1258()
    {
        using var temp = new TempFolder();
        var path = temp.File("orders.csv");
        File.WriteAllBytes(path, Encode1258("Mã đơn,Tên sản phẩm\n1,Khoai lang mật Đà Lạt\n2,Thạch đen Cao Bằng\n"));

        var rows = TableSource.ReadRows(path).ToList();

        Assert.That(TableSource.IsLegacyEncoded(path), Is.True);
        Assert.That(rows.Select(r => r.Cell(1)), Is.EqualTo(new[] { "Tên sản phẩm", "Khoai lang mật Đà Lạt", "Thạch đen Cao Bằng" }),
            "composed (NFC) like the same names from a UTF-8 export, though Windows-1258 writes some tone marks apart");
        Assert.That(rows.SelectMany(r => r.Cells).All(c => c.IsNormalized(NormalizationForm.FormC)), Is.True);
    }

    [Test]
    public void A_pos_log_saved_in_windows_1258_imports_exactly_as_its_utf8_original_with_a_warning()
    {
        using var temp = new TempFolder();
        var original = ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.Generic, Weeks = 1, OrdersPerDay = 30, Seed = 5, LiveList = false }, temp.Path).Single();
        var legacy = temp.File("pos-orders-windows-1258.csv");
        File.WriteAllBytes(legacy, Encode1258(File.ReadAllText(original, Encoding.UTF8)));
        var options = new ImportOptions { Map = ColumnMap.Parse(ExportGenerator.GenericMap), Culture = CultureInfo.GetCultureInfo(ExportGenerator.GenericCulture) };

        var (utf8Lines, utf8Report) = Import(original, options);
        var (legacyLines, legacyReport) = Import(legacy, options);

        Assert.That(utf8Lines.Any(l => l.ProductName.Any(c => c > 0x7F)), Is.True, "the log has Vietnamese product names");
        Assert.That(legacyLines, Is.EqualTo(utf8Lines));
        Assert.That(legacyReport.RowsRead, Is.EqualTo(utf8Report.RowsRead));
        Assert.That(utf8Report.Warnings, Has.None.StartsWith("not UTF-8"));
        Assert.That(legacyReport.Warnings, Has.One.StartsWith("not UTF-8: read as Windows-1258"));
        Assert.That(legacyReport.Warnings.Except(utf8Report.Warnings).Count(), Is.EqualTo(1), "the other warnings are the same");
        Assert.That(legacyReport.Warnings.Select(w => legacyReport.Localize(w, Language.Vietnamese)), Has.One.StartsWith("không phải UTF-8"));
    }

    [Test]
    public void The_fast_path_leaves_a_windows_1258_file_to_the_general_path()
    {
        using var temp = new TempFolder();
        var path = temp.File("canonical-orders.csv");
        File.WriteAllBytes(path, Encode1258("order_id,created_at,shop,product_id,quantity,amount\n1,2026-06-01 10:00:00,Nông sản Đà Lạt,P1,1,10\n"));

        var result = FastOrderReader.Read(path, new ImportOptions(), SlotLength.Hour, 1, null, out var declined);

        Assert.That(result, Is.Null);
        Assert.That(declined, Is.EqualTo("not a UTF-8 CSV file"));
    }

    private static (List<OrderLine> Lines, FileReport Report) Import(string path, ImportOptions options)
    {
        var lines = new List<OrderLine>();
        var summary = InputImport.Run([path], options, new ImportSink { OnOrderLine = lines.Add });
        return (lines, summary.Files.Single());
    }

    /// <summary>
    /// Windows-1258 as Windows writes it: a letter the code page has whole is one byte; any other
    /// is its base letter (with circumflex, breve or horn) and a separate combining tone mark.
    /// </summary>
    private static byte[] Encode1258(string text)
    {
        var written = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var letter = c.ToString();
            if (Fits1258(letter))
            {
                written.Append(letter);
                continue;
            }

            var parts = letter.Normalize(NormalizationForm.FormD);
            var tone = parts.Where(IsToneMark).ToArray();
            written.Append(new string(parts.Where(p => !IsToneMark(p)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tone);
        }

        // Throws, failing the test, for anything the code page cannot hold.
        return Windows1258.GetBytes(written.ToString());
    }

    private static bool Fits1258(string letter)
    {
        try
        {
            return Windows1258.GetString(Windows1258.GetBytes(letter)) == letter;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
}
