using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// One row of a generated file and what an importer should read from it: an order line, a LIVE
/// session, or nothing (header, description and preamble rows, posts that are not LIVEs). Rows
/// and what they hold come from one pass, so the file and the in-memory oracle cannot disagree.
/// </summary>
internal readonly record struct ExportRow(SheetCell[] Cells, OrderLine? Line, LiveSession? Session = null);
