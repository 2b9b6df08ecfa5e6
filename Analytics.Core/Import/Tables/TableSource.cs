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

    /// <summary>A CSV file's separator, from its first lines (title rows above a header may hold none).</summary>
    public static char SeparatorOf(string path)
    {
        using var probe = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (lines.Count < FirstLinesForSeparator && probe.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return CsvText.DetectSeparator(lines);
    }

    private static IEnumerable<TableRow> ReadCsv(string path)
    {
        var separator = SeparatorOf(path);
        using var text = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvText(text, separator);
        while (csv.ReadRow() is { } row)
        {
            yield return row;
        }
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
