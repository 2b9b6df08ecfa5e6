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
