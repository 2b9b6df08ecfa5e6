using System.Text;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// The product x slot cells of a run's fast-path files, each product numbered once for the whole
/// run, held until the run completes. A day's export fills thousands of cells, one or two per
/// product and hour: added straight to the run's <see cref="ProductSlotTable"/> they cost a lookup
/// by id text per product and file and, with a table laid out product by product, a cache miss per
/// cell (about a fifth of a run of 365 daily files). Here they are added by number into cells laid
/// out as the workers' are (<see cref="FastTotals.Cell"/>: one hour's cells of 256 products side by
/// side), and the table takes each product's cells once, in <see cref="Complete"/>.
/// </summary>
internal sealed class RunProductCells(ProductSlotTable table)
{
    private readonly int _slots = table.Length.SlotsPerWeek;
    private readonly ByteKeyTable _ids = new();
    // The table's product for each run number, so Complete needs no lookup by id.
    private readonly List<ProductSlotTable.Product> _products = [];
    private readonly List<long[]> _blocks = [];

    public ProductSlotTable Table => table;

    /// <summary>
    /// The run's number of a product, made when new. A product new here is put in the table at
    /// once (named by <paramref name="nameOf"/> if the table lacks it too), so the table keeps the
    /// first name in file order even when files read on the general path add lines in between.
    /// </summary>
    public int NumberOf(ReadOnlySpan<byte> productId, Func<string, string> nameOf)
    {
        var number = _ids.GetOrAdd(productId, out var added);
        if (added)
        {
            _products.Add(table.ProductOf(Encoding.UTF8.GetString(productId), nameOf));
            if (number >> FastTotals.BlockShift >= _blocks.Count)
            {
                _blocks.Add(FastTotals.NewBlock(_slots));
            }
        }

        return number;
    }

    public void AddCell(int number, int slot, long itemsTenThousandths, long gmv, long lines)
    {
        var cells = _blocks[number >> FastTotals.BlockShift];
        var at = FastTotals.Cell(number, slot);
        cells[at] += itemsTenThousandths;
        cells[at + 1] += gmv;
        cells[at + 2] += lines;
    }

    public void Prefetch(int number, int slot) => FastTotals.Prefetch(_blocks[number >> FastTotals.BlockShift], FastTotals.Cell(number, slot));

    /// <summary>Adds every cell held to the table and empties them: the table is then the run's so far.</summary>
    public void Complete()
    {
        for (var number = 0; number < _products.Count; number++)
        {
            var cells = _blocks[number >> FastTotals.BlockShift];
            for (var slot = 0; slot < _slots; slot++)
            {
                var at = FastTotals.Cell(number, slot);
                if (cells[at + 2] != 0)
                {
                    _products[number].AddCell(slot, cells[at], cells[at + 1], cells[at + 2]);
                    cells.AsSpan(at, 3).Clear();
                }
            }
        }
    }
}
