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
        var product = ProductOf(productId, productName);
        product.AddItems(slotIndex, items);
        product.Gmv[slotIndex] += gmv.TenThousandths;
        product.Lines[slotIndex] += lines;
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
            if (theirs.Lines.AsSpan().ContainsAnyExcept(0L))
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
                if (product.Lines[i] != 0)
                {
                    yield return new ProductSlotStats(id, product.Name, Length.SlotAt(i), product.ItemsAt(i), new Money(product.Gmv[i]), product.Lines[i]);
                }
            }
        }
    }

    /// <summary>
    /// One product's totals by slot. Items come as decimals from order lines and as whole
    /// ten-thousandths from the fast path; each kind is summed as it comes (a decimal addition per
    /// fast-path cell cost more than reading the cell) and the two are joined when read.
    /// </summary>
    internal sealed class Product(string name, int slots)
    {
        private decimal[]? _items;
        private long[]? _itemsTenThousandths;

        public string Name { get; } = name;

        public long[] Gmv { get; } = new long[slots];

        public long[] Lines { get; } = new long[slots];

        public void AddItems(int slot, decimal items) => (_items ??= new decimal[Lines.Length])[slot] += items;

        /// <summary>Adds one fast-path cell: items in ten-thousandths, GMV as <see cref="Money.TenThousandths"/>.</summary>
        public void AddCell(int slot, long itemsTenThousandths, long gmv, long lines)
        {
            (_itemsTenThousandths ??= new long[Lines.Length])[slot] += itemsTenThousandths;
            Gmv[slot] += gmv;
            Lines[slot] += lines;
        }

        public decimal ItemsAt(int slot) => (_items, _itemsTenThousandths) switch
        {
            (null, null) => 0m,
            ({ } items, null) => items[slot],
            (null, { } fast) => Whole(fast[slot]),
            ({ } items, { } fast) => items[slot] + Whole(fast[slot]),
        };

        public void Add(Product other)
        {
            for (var i = 0; i < Lines.Length; i++)
            {
                if (other.Lines[i] == 0)
                {
                    continue;
                }

                if (other._items is { } items)
                {
                    AddItems(i, items[i]);
                }

                if (other._itemsTenThousandths is { } fast)
                {
                    (_itemsTenThousandths ??= new long[Lines.Length])[i] += fast[i];
                }

                Gmv[i] += other.Gmv[i];
                Lines[i] += other.Lines[i];
            }
        }

        // Whole quantities (nearly all) skip the decimal division; both give the same value and scale.
        private static decimal Whole(long tenThousandths) =>
            tenThousandths % 10_000 == 0 ? tenThousandths / 10_000 : tenThousandths / 10_000m;
    }
}
