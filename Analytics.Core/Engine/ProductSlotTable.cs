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

            product ??= ProductOf(productId, productName);
            product.Items[i] += Items(itemsTenThousandths[i]);
            product.Gmv[i] += gmv[i];
            product.Lines[i] += lines[i];
        }
    }

    /// <summary>
    /// Adds one product x slot cell as the fast path's merge has it (items in ten-thousandths);
    /// <paramref name="nameOf"/> names a product the table does not have yet.
    /// </summary>
    internal void AddCell(string productId, Func<string, string> nameOf, int slotIndex, long itemsTenThousandths, long gmv, long lines)
    {
        if (!_products.TryGetValue(productId, out var product))
        {
            _products[productId] = product = new Product(nameOf(productId), Length.SlotsPerWeek);
        }

        product.Items[slotIndex] += Items(itemsTenThousandths);
        product.Gmv[slotIndex] += gmv;
        product.Lines[slotIndex] += lines;
    }

    // Whole quantities (nearly all) skip the decimal division, which dominated the fast path's
    // merge; both give the same value and scale.
    private static decimal Items(long tenThousandths) =>
        tenThousandths % 10_000 == 0 ? tenThousandths / 10_000 : tenThousandths / 10_000m;

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
            Product? ours = null;
            for (var i = 0; i < Length.SlotsPerWeek; i++)
            {
                if (theirs.Lines[i] != 0)
                {
                    ours ??= ProductOf(id, theirs.Name);
                    ours.Items[i] += theirs.Items[i];
                    ours.Gmv[i] += theirs.Gmv[i];
                    ours.Lines[i] += theirs.Lines[i];
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
