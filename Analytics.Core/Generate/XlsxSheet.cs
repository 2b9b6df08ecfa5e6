namespace LivePeak.Analytics.Generate;

/// <summary>One worksheet for <see cref="XlsxWriter"/>.</summary>
/// <param name="Name">Sheet tab name: 1-31 characters, none of <c>[ ] : * ? / \</c>.</param>
/// <param name="StaleDimension">Declare <c>&lt;dimension ref="A1:A1"/&gt;</c> whatever the sheet holds,
/// as some TikTok exports do (formats.md §1); readers that trust it see one column.</param>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<SheetCell>> Rows, bool StaleDimension = false);
