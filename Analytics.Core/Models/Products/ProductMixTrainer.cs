namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// Builds a <see cref="ProductMix"/> from order lines, or from their <see cref="ProductSales"/>.
/// Cancelled lines and lines of no positive quantity (credit notes) are left out; every other line
/// counts in the half hour it was ordered in, as the slot cube counts it.
/// </summary>
public sealed class ProductMixTrainer(ProductMixOptions options)
{
    public ProductMixOptions Options { get; } = options;

    public ProductMix Fit(IEnumerable<MixLine> lines) => Fit(ProductSales.From(lines, Options.Basket));

    /// <summary>Fits on sales gathered beforehand (from lines, or by a store), with baskets of this trainer's kind.</summary>
    public ProductMix Fit(ProductSales sales)
    {
        Options.Validate();
        if (sales.Basket != Options.Basket)
        {
            throw new ArgumentException($"the sales hold {sales.Basket} baskets but the mix wants {Options.Basket} baskets", nameof(sales));
        }

        var ids = sales.Ids();
        var display = DisplayNames(ids, sales);
        var baskets = sales.Baskets();
        return new ProductMix(
            ids.Select(id => (id, display[id])).ToList(),
            ids.Select(id => sales.Gmv(id).Select(g => (double)g.ToDecimal()).ToArray()).ToArray(),
            ids.Select(id => sales.OrdersOf(id).ToArray()).ToArray(),
            sales.Orders, BundleMiner.Mine(baskets, Options), baskets.Count, Options);
    }

    /// <summary>Each product's most used name; where two products share one, the id is added.</summary>
    private static Dictionary<string, string> DisplayNames(IReadOnlyList<string> ids, ProductSales sales)
    {
        var best = ids.ToDictionary(id => id, id => sales.Names(id).OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        var shared = best.GroupBy(p => p.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => shared.Contains(id) && best[id] != id ? $"{best[id]} [{id}]" : best[id], StringComparer.Ordinal);
    }
}
