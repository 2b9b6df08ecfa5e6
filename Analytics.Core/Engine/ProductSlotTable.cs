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
        if (!_products.TryGetValue(productId, out var product))
        {
            _products[productId] = product = new Product(productName, Length.SlotsPerWeek);
        }

        product.Items[slotIndex] += items;
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
            if (lines[i] == 0)
            {
                continue;
            }

            if (product is null && !_products.TryGetValue(productId, out product))
            {
                _products[productId] = product = new Product(productName, Length.SlotsPerWeek);
            }

            // Whole quantities (nearly all) skip the decimal division, which dominated the merge;
            // both give the same value and scale.
            var items = itemsTenThousandths[i];
            product.Items[i] += items % 10_000 == 0 ? items / 10_000 : items / 10_000m;
            product.Gmv[i] += gmv[i];
            product.Lines[i] += lines[i];
        }
    }

    public void Merge(ProductSlotTable other)
    {
        if (other.Length != Length)
        {
            throw new InvalidOperationException("cannot merge product tables of different slot lengths");
        }

        foreach (var (id, theirs) in other._products)
        {
            for (var i = 0; i < Length.SlotsPerWeek; i++)
            {
                if (theirs.Lines[i] != 0)
                {
                    Add(id, theirs.Name, i, theirs.Items[i], new Money(theirs.Gmv[i]), theirs.Lines[i]);
                }
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
                    yield return new ProductSlotStats(id, product.Name, Length.SlotAt(i), product.Items[i], new Money(product.Gmv[i]), product.Lines[i]);
                }
            }
        }
    }

    private sealed class Product(string name, int slots)
    {
        public string Name { get; } = name;

        public decimal[] Items { get; } = new decimal[slots];

        public long[] Gmv { get; } = new long[slots];

        public long[] Lines { get; } = new long[slots];
    }
}
