namespace LivePeak.Analytics.Render.Report;

/// <summary>One table of a <see cref="ReportStore"/> and the rows it holds.</summary>
public sealed record ReportStoreTable(string Name, long Rows);
