using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>How a generated table is stored on disk.</summary>
internal enum FileContainer
{
    CsvWithBom,
    Csv,
    Xlsx,
    /// <summary>XLSX declaring <c>&lt;dimension ref="A1:A1"/&gt;</c>, like some TikTok exports.</summary>
    XlsxStaleDimension,
}

/// <summary>
/// One row of a generated file and the order line an importer should read from it (null for
/// header and description rows). Rows and lines come from one pass, so the file and the
/// in-memory oracle cannot disagree.
/// </summary>
internal readonly record struct ExportRow(SheetCell[] Cells, OrderLine? Line);

/// <summary>A file to write: its name, container and rows, produced lazily.</summary>
internal sealed record ExportFile(string FileName, FileContainer Container, string SheetName, IEnumerable<ExportRow> Rows);
