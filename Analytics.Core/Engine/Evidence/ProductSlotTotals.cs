using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>GMV and items of each product in each slot of the week: what sells when. Products are
/// told apart by name (by id where no export names them).</summary>
public sealed class ProductSlotTotals(SlotLength length)
{
    private readonly Dictionary<string, ProductRow> _rows = new(StringComparer.Ordinal);

    public SlotLength Length { get; } = length;

    public int Count => _rows.Count;

    /// <summary>Adds a non-cancelled order line to its product and slot.</summary>
    public void Add(OrderLine line)
    {
        if (line.Status == OrderStatus.Cancelled)
        {
            return;
        }

        Add(line.ProductId, line.ProductName, Length.IndexOf(line.CreatedLocal), line.Revenue, line.Quantity, 1);
    }

    /// <summary>Adds a LIVE's product results (detail export) to the slot the LIVE started in.</summary>
    public void Add(LiveDetail detail, NodaTime.LocalDateTime liveStart)
    {
        var slot = Length.IndexOf(liveStart);
        foreach (var product in detail.Products)
        {
            Add(product.ProductId, product.ProductName, slot, product.Gmv ?? Money.Zero, product.Items ?? 0, 1);
        }
    }

    /// <summary>Products by GMV over the whole week, best first; ties by name.</summary>
    public IReadOnlyList<ProductRow> Top(int count) =>
        _rows.Values.OrderByDescending(r => r.Total).ThenBy(r => r.Name, StringComparer.Ordinal).Take(count).ToList();

    public IReadOnlyList<ProductRow> All() => Top(int.MaxValue);

    /// <summary>Adds the totals of <paramref name="lines"/> non-cancelled lines of one product id and
    /// name in one slot, aggregated elsewhere (a database): the same as adding the lines.</summary>
    public void Add(string productId, string? name, int slot, Money revenue, decimal items, long lines)
    {
        // A seller thinks in products, not SKUs: variants and the same product on other platforms
        // or in other shops (each with its own id) share a name, so a name, where there is one,
        // identifies the product.
        var key = string.IsNullOrWhiteSpace(name) ? "id:" + productId : "name:" + name.Trim().ToUpperInvariant();
        if (!_rows.TryGetValue(key, out var row))
        {
            _rows[key] = row = new ProductRow(productId, Length.SlotsPerWeek);
        }

        row.See(productId, string.IsNullOrWhiteSpace(name) ? null : name.Trim(), lines);
        row.Gmv[slot] += revenue;
        row.Items[slot] += items;
    }
}
