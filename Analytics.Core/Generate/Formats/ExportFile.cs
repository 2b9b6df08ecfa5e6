namespace LivePeak.Analytics.Generate.Formats;

/// <summary>A file to write: its name, container and rows, produced lazily.</summary>
internal sealed record ExportFile(string FileName, FileContainer Container, string SheetName, IEnumerable<ExportRow> Rows);
