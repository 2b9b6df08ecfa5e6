using System.Buffers;
using System.Globalization;
using System.Text;
using ExcelDataReader;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import.Tables;

/// <summary>
/// Opens CSV and spreadsheet files as a plain sequence of rows of text cells, so that importers
/// never care which container a layout came in.
/// </summary>
public static class TableSource
{
    private static readonly string[] SpreadsheetExtensions = [".xlsx", ".xlsm", ".xls"];
    private static readonly string[] TextExtensions = [".csv", ".tsv", ".txt"];
    private const int FirstLinesForSeparator = 20;
    private const int ProbeBytes = 1 << 20;
    private const int VietnameseWindowsCodePage = 1258;
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    static TableSource()
    {
        // Legacy .xls files (very old Shopee exports) are in Windows code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static bool IsSupported(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return Array.IndexOf(SpreadsheetExtensions, ext) >= 0 || Array.IndexOf(TextExtensions, ext) >= 0;
    }

    public static bool IsSpreadsheet(string path) =>
        Array.IndexOf(SpreadsheetExtensions, Path.GetExtension(path).ToLowerInvariant()) >= 0;

    /// <summary>The names of a workbook's sheets, in order; a CSV file has one unnamed sheet.</summary>
    public static IReadOnlyList<string> SheetNames(string path)
    {
        if (!IsSpreadsheet(path))
        {
            return [string.Empty];
        }

        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var names = new List<string>();
        do
        {
            names.Add(reader.Name ?? string.Empty);
        }
        while (reader.NextResult());
        return names;
    }

    /// <summary>Rows of the first sheet, or of the sheet with the given name when there is one.</summary>
    public static IEnumerable<TableRow> ReadRows(string path, string? preferredSheet = null) =>
        IsSpreadsheet(path) ? ReadSpreadsheet(path, preferredSheet) : ReadCsv(path);

    /// <summary>
    /// How a text file's bytes read: UTF-8 (with or without a byte-order mark; UTF-16 with its
    /// mark), unless its first megabyte is not valid UTF-8. Then it is taken for Windows-1258, the
    /// code page Excel on a Vietnamese Windows saves "CSV (Comma delimited)" in, rather than
    /// turning every accented letter into U+FFFD. Decided once per file from the same bytes on
    /// every path, so the fast path and the general path agree.
    /// </summary>
    public static Encoding TextEncodingOf(string path)
    {
        // Asked several times of each file (recognising it, the fast path's checks, the reader
        // itself); the probe reads and checks a megabyte, so the answer is kept for the file as it
        // is now (its length and time of last change).
        var file = new FileInfo(path);
        var version = (file.Length, file.LastWriteTimeUtc);
        if (KnownEncodings.TryGetValue(file.FullName, out var known) && known.Version == version)
        {
            return known.Encoding;
        }

        var encoding = ProbeEncoding(path);
        if (KnownEncodings.Count >= MaxKnownEncodings)
        {
            KnownEncodings.Clear();
        }

        KnownEncodings[file.FullName] = (version, encoding);
        return encoding;
    }

    private const int MaxKnownEncodings = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ((long Length, DateTime WriteTime) Version, Encoding Encoding)> KnownEncodings = new(StringComparer.Ordinal);

    private static Encoding ProbeEncoding(string path)
    {
        using var stream = File.OpenRead(path);
        // Pooled: an importer asks this of every file, and a fresh megabyte each time is garbage
        // for the large-object heap.
        var head = ArrayPool<byte>.Shared.Rent(ProbeBytes);
        try
        {
            var read = stream.ReadAtLeast(head.AsSpan(0, ProbeBytes), ProbeBytes, throwOnEndOfStream: false);
            var bytes = head.AsSpan(0, read);
            if (bytes.StartsWith("\uFEFF"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                return Utf8;
            }

            // A character cut by the end of the probe is not an error.
            if (read == ProbeBytes)
            {
                bytes = bytes[..LastCompleteCharacterEnd(bytes)];
            }

            return System.Text.Unicode.Utf8.IsValid(bytes) ? Utf8 : Encoding.GetEncoding(VietnameseWindowsCodePage);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    /// <summary>True when the file is read in a Windows code page, not UTF-8 (see <see cref="TextEncodingOf"/>).</summary>
    public static bool IsLegacyEncoded(string path) =>
        !IsSpreadsheet(path) && File.Exists(path) && TextEncodingOf(path).CodePage != Utf8.CodePage;

    /// <summary>A CSV file's separator, from its first lines (title rows above a header may hold none).</summary>
    public static char SeparatorOf(string path) => SeparatorOf(path, TextEncodingOf(path));

    private static char SeparatorOf(string path, Encoding encoding)
    {
        using var probe = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (lines.Count < FirstLinesForSeparator && probe.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return CsvText.DetectSeparator(lines);
    }

    private static IEnumerable<TableRow> ReadCsv(string path)
    {
        var encoding = TextEncodingOf(path);
        var separator = SeparatorOf(path, encoding);
        var legacy = encoding.CodePage != Utf8.CodePage;
        // 16K characters keeps the reader's buffers off the large-object heap: a run of many small
        // files opens one per file, and larger buffers read no faster.
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 14);
        var csv = new CsvText(text, separator);
        while (csv.ReadRow() is { } row)
        {
            if (legacy)
            {
                // Windows-1258 writes some tone marks as separate combining characters; the same
                // product name from a UTF-8 export is composed (NFC), and must compare equal.
                for (var i = 0; i < row.Cells.Length; i++)
                {
                    if (!row.Cells[i].IsNormalized(NormalizationForm.FormC))
                    {
                        row.Cells[i] = row.Cells[i].Normalize(NormalizationForm.FormC);
                    }
                }
            }

            yield return row;
        }
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 character its end cuts in two.</summary>
    private static int LastCompleteCharacterEnd(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: complete only if its sequence fits in what is left.
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? bytes.Length - back : bytes.Length;
            }
        }

        return bytes.Length;
    }

    private static IEnumerable<TableRow> ReadSpreadsheet(string path, string? preferredSheet)
    {
        using var stream = File.OpenRead(path);
        using var reader = Open(path, () => ExcelReaderFactory.CreateReader(stream));
        if (preferredSheet is not null)
        {
            do
            {
                if (string.Equals(reader.Name, preferredSheet, StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }
            }
            while (reader.NextResult());

            if (!string.Equals(reader.Name, preferredSheet, StringComparison.OrdinalIgnoreCase))
            {
                reader.Reset();
            }
        }

        long rowNumber = 0;
        while (Open(path, reader.Read))
        {
            rowNumber++;
            // FieldCount is taken per row from the cells actually present, so a stale
            // <dimension ref="A1:A1"> does not hide columns.
            var count = reader.FieldCount;
            var cells = new string[count];
            CellType[]? types = null;
            for (var i = 0; i < count; i++)
            {
                var value = reader.GetValue(i);
                switch (value)
                {
                    case null:
                        cells[i] = string.Empty;
                        break;
                    case string s:
                        cells[i] = s;
                        break;
                    case double d:
                        types ??= new CellType[count];
                        types[i] = CellType.Number;
                        cells[i] = FormatNumber(d);
                        break;
                    case DateTime dt:
                        types ??= new CellType[count];
                        types[i] = CellType.DateTime;
                        cells[i] = dt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
                        break;
                    case bool b:
                        cells[i] = b ? "TRUE" : "FALSE";
                        break;
                    case TimeSpan ts:
                        cells[i] = ts.ToString("c", CultureInfo.InvariantCulture);
                        break;
                    default:
                        cells[i] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                        break;
                }
            }

            yield return new TableRow(rowNumber, cells, types);
        }
    }

    /// <summary>
    /// Runs a reader step, turning the reader's complaints about the file (not a spreadsheet, a
    /// truncated download, broken sheet XML) into a message for the user instead of a crash.
    /// </summary>
    private static T Open<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            throw new UserInputException(
                new LocalText("error.input.brokenspreadsheet", ("path", path), ("reason", e.Message)), ExitCodes.BrokenFile);
        }
    }

    /// <summary>Whole numbers print without exponent (IDs typed as numbers keep their digits).</summary>
    private static string FormatNumber(double d)
    {
        if (Math.Abs(d) < 7.9e27 && d == Math.Floor(d))
        {
            return ((decimal)d).ToString("0", CultureInfo.InvariantCulture);
        }

        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
