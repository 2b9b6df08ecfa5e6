namespace LivePeak.Analytics.Import.Tables;

/// <summary>How a spreadsheet typed a cell. CSV cells are all <see cref="Text"/>.</summary>
public enum CellType : byte
{
    Text = 0,
    /// <summary>A numeric cell, written here in invariant notation; no dialect applies to it.</summary>
    Number = 1,
    /// <summary>A date cell, written here as ISO <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    DateTime = 2,
}

/// <summary>One physical row of a sheet or CSV file, before any header is known.</summary>
/// <param name="Line">1-based line (CSV: the line the record starts on) or row number (XLSX).</param>
/// <param name="Types">Null when every cell is text.</param>
/// <param name="Malformed">Why the reader could not split this row cleanly, or null.</param>
public sealed record TableRow(long Line, string[] Cells, CellType[]? Types = null, string? Malformed = null)
{
    public string Cell(int column) => column < Cells.Length ? Cells[column] : string.Empty;

    public CellType TypeOf(int column) => Types is { } t && column < t.Length ? t[column] : CellType.Text;

    public bool IsBlank
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (!string.IsNullOrWhiteSpace(cell))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
