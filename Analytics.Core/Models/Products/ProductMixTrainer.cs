using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;

namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// Builds a <see cref="ProductMix"/> from order lines. Cancelled lines and lines of no positive
/// quantity (credit notes) are left out; every other line counts in the half hour it was
/// ordered in, as the slot cube counts it.
/// </summary>
public sealed class ProductMixTrainer(ProductMixOptions options)
{
    public ProductMixOptions Options { get; } = options;

    public ProductMix Fit(IEnumerable<MixLine> lines)
    {
        Options.Validate();
        var slots = new SlotLength(ProductMix.SlotMinutes);
        var names = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var gmv = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var orderSlots = new Dictionary<string, HashSet<(string Order, int Slot)>>(StringComparer.Ordinal);
        var orders = new HashSet<string>(StringComparer.Ordinal);
        var baskets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (line, live) in lines)
        {
            if (line.Status == OrderStatus.Cancelled || line.Quantity <= 0)
            {
                continue;
            }

            var id = line.ProductId.Length > 0 ? line.ProductId : line.ProductName;
            if (!gmv.TryGetValue(id, out var row))
            {
                gmv[id] = row = new double[slots.SlotsPerWeek];
                orderSlots[id] = [];
                names[id] = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            var slot = slots.IndexOf(line.CreatedLocal);
            row[slot] += (double)line.Revenue.ToDecimal();
            var order = SlotCube.OrderKey(line);
            orderSlots[id].Add((order, slot));
            orders.Add(order);
            var name = line.ProductName.Length > 0 ? line.ProductName : id;
            names[id][name] = names[id].GetValueOrDefault(name) + 1;

            var basket = Options.Basket == BasketKind.Order ? order : live;
            if (basket is not null)
            {
                if (!baskets.TryGetValue(basket, out var items))
                {
                    baskets[basket] = items = new HashSet<string>(StringComparer.Ordinal);
                }

                items.Add(id);
            }
        }

        var ids = gmv.Keys.Order(StringComparer.Ordinal).ToList();
        var display = DisplayNames(ids, names);
        var orderCounts = ids.Select(id =>
        {
            var counts = new long[slots.SlotsPerWeek];
            foreach (var (_, slot) in orderSlots[id])
            {
                counts[slot]++;
            }

            return counts;
        }).ToArray();
        var basketList = baskets.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (IReadOnlySet<string>)b.Value).ToList();
        return new ProductMix(
            ids.Select(id => (id, display[id])).ToList(), ids.Select(id => gmv[id]).ToArray(), orderCounts, orders.Count,
            BundleMiner.Mine(basketList, Options), basketList.Count, Options);
    }

    /// <summary>Each product's most used name; where two products share one, the id is added.</summary>
    private static Dictionary<string, string> DisplayNames(List<string> ids, Dictionary<string, Dictionary<string, int>> names)
    {
        var best = ids.ToDictionary(id => id, id => names[id].OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        var shared = best.GroupBy(p => p.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => shared.Contains(id) && best[id] != id ? $"{best[id]} [{id}]" : best[id], StringComparer.Ordinal);
    }
}
