using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// A file the fast path has read but not yet added to its run: the report, cube and rejects are
/// final; the products still sit in the worker totals the file rented from the run's pool. Reading
/// needs nothing from the run, so a run reads several files at once; adding the products is what
/// must happen in file order (a product keeps the first name the run saw).
/// </summary>
internal sealed class FastFileRead(FileReport report, SlotCube cube, List<RejectedRow> rejects, long rowsReadFast, long rowsReadNarrow, FastTotals[] totals, FastTotalsPool pool) : IDisposable
{
    private bool _returned;
    // Whether every worker listed the cells the file filled; if not (a long log), the merge walks
    // product by product.
    private readonly bool _listed = totals.All(t => t.ListsAllFilledCells());

    public FileReport Report { get; } = report;

    public SlotCube Cube { get; } = cube;

    /// <summary>Rows decided from bytes alone, without the general reader.</summary>
    public long RowsReadFast { get; } = rowsReadFast;

    /// <summary>Of those, rows read in one pass as plain narrow records.</summary>
    public long RowsReadNarrow { get; } = rowsReadNarrow;

    /// <summary>Adds the file's product x slot cells to the table and gives the totals back to the pool.</summary>
    public FastResult AddProductsTo(ProductSlotTable products)
    {
        var run = new RunProductCells(products);
        var result = AddProductsTo(run);
        run.Complete();
        return result;
    }

    /// <summary>
    /// Adds the file's product x slot cells to a run's and gives the totals back to the pool; the
    /// run's table (the result's <see cref="FastResult.Products"/>) has them once the run completes.
    /// </summary>
    public FastResult AddProductsTo(RunProductCells run)
    {
        ObjectDisposedException.ThrowIf(_returned, this);
        if (run.Table.Length != pool.Length)
        {
            throw new ArgumentException("the product table must be of the run's slot length");
        }

        if (_listed)
        {
            // A small file (a day's, a week's): only the cells it filled, and names looked up only
            // for products new to the run (a per-file table of names would be garbage per file).
            string NameOf(string id)
            {
                var key = System.Text.Encoding.UTF8.GetBytes(id);
                return totals.Select(t => t.FirstNameOf(key)).Where(n => n is not null).MinBy(n => n!.Value.FirstSeen)!.Value.Name;
            }

            foreach (var t in totals)
            {
                t.AddListedCells(run, NameOf);
            }
        }
        else
        {
            AddEveryCell(run.Table);
        }

        Dispose();
        return new FastResult(Report, Cube, run.Table, rejects, RowsReadFast, RowsReadNarrow);
    }

    /// <summary>A long log fills most cells: product by product across workers, so each cell is converted to decimal once.</summary>
    private void AddEveryCell(ProductSlotTable products)
    {
        var names = new Dictionary<string, (long FirstSeen, string Name)>(StringComparer.Ordinal);
        foreach (var (id, name, firstSeen) in totals.SelectMany(t => t.ProductNamesSeen()))
        {
            if (!names.TryGetValue(id, out var known) || firstSeen < known.FirstSeen)
            {
                names[id] = (firstSeen, name);
            }
        }

        var slots = pool.Length.SlotsPerWeek;
        var items = new long[slots];
        var gmv = new long[slots];
        var lines = new long[slots];
        foreach (var (id, (_, name)) in names)
        {
            var key = System.Text.Encoding.UTF8.GetBytes(id);
            items.AsSpan().Clear();
            gmv.AsSpan().Clear();
            lines.AsSpan().Clear();
            foreach (var t in totals)
            {
                t.AddProductCells(key, items, gmv, lines);
            }

            products.AddSlots(id, name, items, gmv, lines);
        }
    }

    /// <summary>Gives the totals back to the pool (once), whether or not the products were added.</summary>
    public void Dispose()
    {
        if (_returned)
        {
            return;
        }

        _returned = true;
        foreach (var t in totals)
        {
            pool.Return(t);
        }
    }
}
