namespace LivePeak.Analytics.Generate.Formats;

/// <summary>A further sheet of a workbook (a LIVE detail export has two).</summary>
internal sealed record ExportSheet(string Name, IEnumerable<ExportRow> Rows);
