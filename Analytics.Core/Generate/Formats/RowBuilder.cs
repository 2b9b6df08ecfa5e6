namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Fills a row by header name, so writers follow the header lists of
/// <see cref="Import.Layouts.KnownOrderLayouts"/> whatever their order, and naming a column
/// the layout does not have fails loudly instead of shifting every later cell.
/// </summary>
internal sealed class RowBuilder
{
    private readonly Dictionary<string, int> _columns;

    public RowBuilder(IReadOnlyList<string> headers)
    {
        Headers = headers;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            _columns.Add(headers[i], i);
        }
    }

    public IReadOnlyList<string> Headers { get; }

    public bool Has(string header) => _columns.ContainsKey(header);

    public SheetCell[] HeaderRow() => Headers.Select(h => SheetCell.Of(h)).ToArray();

    /// <summary>A new row; fill it with <see cref="Row.Set"/>.</summary>
    public Row Start() => new(this, new SheetCell[Headers.Count]);

    private int ColumnOf(string header) =>
        _columns.TryGetValue(header, out var column)
            ? column
            : throw new InvalidOperationException($"the layout has no column '{header}'");

    internal readonly struct Row(RowBuilder builder, SheetCell[] cells)
    {
        public SheetCell[] Cells => cells;

        public Row Set(string header, SheetCell value)
        {
            cells[builder.ColumnOf(header)] = value;
            return this;
        }
    }
}
