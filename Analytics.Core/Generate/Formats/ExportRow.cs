using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// One row of a generated file and the order line an importer should read from it (null for
/// header and description rows). Rows and lines come from one pass, so the file and the
/// in-memory oracle cannot disagree.
/// </summary>
internal readonly record struct ExportRow(SheetCell[] Cells, OrderLine? Line);
