using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine;

/// <summary>What one product sold in one slot of the week.</summary>
public sealed record ProductSlotStats(string ProductId, string ProductName, Slot Slot, decimal Items, Money Gmv, long Lines);

/// <summary>
/// Product x slot totals of non-cancelled lines: what sells when. Keyed by product id (names can
/// change between exports; the first name seen is shown). Tables of partial inputs merge exactly.
/// </summary>
public sealed class ProductSlotTable(SlotLength length)
{
    private readonly Dictionary<string, Product> _products = new(StringComparer.Ordinal);

    public SlotLength Length { get; } = length;

    public int ProductCount => _products.Count;

    public void Add(OrderLine line)
    {
        if (line.Status == OrderStatus.Cancelled)
        {
            return;
        }

        Add(line.ProductId, line.ProductName, Length.IndexOf(line.CreatedLocal), line.Quantity, line.Revenue, 1);
    }

    /// <summary>Adds totals for one product and slot index.</summary>
    public void Add(string productId, string productName, int slotIndex, decimal items, Money gmv, long lines)
    {
        ProductOf(productId, productName).Add(slotIndex, items, gmv.TenThousandths, lines);
    }

    /// <summary>
    /// Adds one product's totals in every slot at once, as the fast path's merge has them: items
    /// in ten-thousandths and GMV as <see cref="Money.TenThousandths"/>; slots with no line are skipped.
    /// </summary>
    internal void AddSlots(string productId, string productName, ReadOnlySpan<long> itemsTenThousandths, ReadOnlySpan<long> gmv, ReadOnlySpan<long> lines)
    {
        Product? product = null;
        for (var i = 0; i < Length.SlotsPerWeek; i++)
        {
            if (lines[i] != 0)
            {
                product ??= ProductOf(productId, productName);
                product.AddCell(i, itemsTenThousandths[i], gmv[i], lines[i]);
            }
        }
    }

    /// <summary>
    /// The product's totals to add the fast path's cells to, made (named by <paramref name="nameOf"/>)
    /// when new; looked up once per product rather than once per cell.
    /// </summary>
    internal Product ProductOf(string productId, Func<string, string> nameOf) =>
        _products.TryGetValue(productId, out var product) ? product : ProductOf(productId, nameOf(productId));

    private Product ProductOf(string productId, string productName)
    {
        if (!_products.TryGetValue(productId, out var product))
        {
            _products[productId] = product = new Product(productName, Length.SlotsPerWeek);
        }

        return product;
    }

    public void Merge(ProductSlotTable other)
    {
        if (other.Length != Length)
        {
            throw new InvalidOperationException("cannot merge product tables of different slot lengths");
        }

        foreach (var (id, theirs) in other._products)
        {
            if (theirs.HasLines)
            {
                ProductOf(id, theirs.Name).Add(theirs);
            }
        }
    }

    /// <summary>Every product and slot with a sale, by product id then slot.</summary>
    public IEnumerable<ProductSlotStats> Rows()
    {
        foreach (var (id, product) in _products.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < Length.SlotsPerWeek; i++)
            {
                if (product.LinesAt(i) != 0)
                {
                    yield return new ProductSlotStats(id, product.Name, Length.SlotAt(i), product.ItemsAt(i), new Money(product.GmvAt(i)), product.LinesAt(i));
                }
            }
        }
    }

    /// <summary>
    /// One product's totals by slot. Items come as decimals from order lines and as whole
    /// ten-thousandths from the fast path; each kind is summed as it comes (a decimal addition per
    /// fast-path cell cost more than reading the cell) and the two are joined when read. A slot's
    /// longs sit side by side, so adding a cell touches one cache line (a run of daily exports adds
    /// millions of cells, one or two per product and slot per file).
    /// </summary>
    internal sealed class Product(string name, int slots)
    {
        // Per slot: GMV in ten-thousandths, lines, fast-path items in ten-thousandths.
        private const int Width = 3;
        private readonly long[] _cells = new long[slots * Width];
        private decimal[]? _items;

        public string Name { get; } = name;

        public bool HasLines
        {
            get
            {
                for (var at = 1; at < _cells.Length; at += Width)
                {
                    if (_cells[at] != 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        public long GmvAt(int slot) => _cells[slot * Width];

        public long LinesAt(int slot) => _cells[slot * Width + 1];

        /// <summary>Adds an order line's totals: items as a decimal, GMV as <see cref="Money.TenThousandths"/>.</summary>
        public void Add(int slot, decimal items, long gmv, long lines)
        {
            // A whole quantity below 2^32 (nearly every line) joins the fast path's items in
            // ten-thousandths, in the cache line of the slot's GMV: no decimal addition, and no
            // second array to miss. Sums of whole decimals keep scale 0, as Whole gives, so the
            // total reads the same either way; fractions keep their decimals (their scale shows).
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(items, bits);
            if (bits[1] == 0 && bits[2] == 0 && (bits[3] & 0x00FF0000) == 0)
            {
                var whole = (long)(uint)bits[0] * 10_000;
                _cells[slot * Width + 2] += bits[3] < 0 ? -whole : whole;
            }
            else
            {
                (_items ??= new decimal[_cells.Length / Width])[slot] += items;
            }

            _cells[slot * Width] += gmv;
            _cells[slot * Width + 1] += lines;
        }

        /// <summary>Adds one fast-path cell: items in ten-thousandths, GMV as <see cref="Money.TenThousandths"/>.</summary>
        public void AddCell(int slot, long itemsTenThousandths, long gmv, long lines)
        {
            var at = slot * Width;
            _cells[at] += gmv;
            _cells[at + 1] += lines;
            _cells[at + 2] += itemsTenThousandths;
        }

        public decimal ItemsAt(int slot) => (_items?[slot] ?? 0m) + Whole(_cells[slot * Width + 2]);

        public void Add(Product other)
        {
            for (var i = 0; i < other._cells.Length; i++)
            {
                _cells[i] += other._cells[i];
            }

            if (other._items is { } items)
            {
                _items ??= new decimal[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    _items[i] += items[i];
                }
            }
        }

        // Whole quantities (nearly all) skip the decimal division; both give the same value and scale.
        private static decimal Whole(long tenThousandths) =>
            tenThousandths % 10_000 == 0 ? tenThousandths / 10_000 : tenThousandths / 10_000m;
    }
}
