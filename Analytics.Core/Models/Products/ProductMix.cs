using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// What sells when: each product's revenue in every half hour of the week, its share of any
/// window's revenue (shrunk toward its overall share where the window has few orders), and the
/// bundles buyers take together. Made by <see cref="ProductMixTrainer"/>.
/// </summary>
public sealed class ProductMix
{
    public const int SlotMinutes = 30;

    private static readonly SlotLength Slots = new(SlotMinutes);

    private readonly Dictionary<string, int> _index;
    private readonly double[][] _gmv;
    private readonly long[][] _orders;
    private readonly double[] _slotGmv;
    private readonly double _priorGmv;

    internal ProductMix(
        IReadOnlyList<(string Id, string Name)> products, double[][] gmv, long[][] orders, long orderCount,
        IReadOnlyList<BundleRule> bundles, int baskets, ProductMixOptions options)
    {
        _index = products.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Names = products.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        _gmv = gmv;
        _orders = orders;
        _slotGmv = new double[Slots.SlotsPerWeek];
        foreach (var row in gmv)
        {
            for (var s = 0; s < row.Length; s++)
            {
                _slotGmv[s] += row[s];
            }
        }

        TotalGmv = _slotGmv.Sum();
        OrderCount = orderCount;
        // The prior is worth this many orders of the average size.
        _priorGmv = orderCount > 0 ? options.PriorOrders * TotalGmv / orderCount : 0;
        Bundles = bundles;
        Baskets = baskets;
        Options = options;
    }

    public ProductMixOptions Options { get; }

    /// <summary>Product names by id; where two products share a name, the id tells them apart.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    public double TotalGmv { get; }

    public long OrderCount { get; }

    /// <summary>Bundles, strongest first (product ids; see <see cref="Names"/>).</summary>
    public IReadOnlyList<BundleRule> Bundles { get; }

    /// <summary>Baskets the bundles were counted over (orders or LIVEs).</summary>
    public int Baskets { get; }

    /// <summary>Every product over the whole week, best-selling first.</summary>
    public IReadOnlyList<ProductShare> Overall() => Rank(Enumerable.Range(0, Slots.SlotsPerWeek).ToArray(), int.MaxValue, shrink: false);

    /// <summary>The products that take the largest share of a window's revenue.</summary>
    public IReadOnlyList<ProductShare> Top(Window window, int count)
    {
        var start = ((int)window.First.Day - 1) * 1440 + window.First.StartMinute;
        var slots = Enumerable.Range(0, window.Minutes / SlotMinutes).Select(i => (start / SlotMinutes + i) % Slots.SlotsPerWeek).ToArray();
        return Rank(slots, count, shrink: true);
    }

    private List<ProductShare> Rank(int[] slots, int count, bool shrink)
    {
        var windowGmv = slots.Sum(s => _slotGmv[s]);
        var prior = shrink ? _priorGmv : 0;
        var shares = new List<ProductShare>(_index.Count);
        foreach (var (id, i) in _index)
        {
            var overall = _gmv[i].Sum();
            var overallShare = TotalGmv > 0 ? overall / TotalGmv : 0;
            var gmv = slots.Sum(s => _gmv[i][s]);
            var orders = slots.Sum(s => _orders[i][s]);
            var share = windowGmv + prior > 0 ? (gmv + prior * overallShare) / (windowGmv + prior) : overallShare;
            shares.Add(new ProductShare(id, Names[id], gmv, orders, share, overallShare, overallShare > 0 ? share / overallShare : 0));
        }

        return shares
            .OrderByDescending(p => p.Share).ThenByDescending(p => p.Gmv).ThenBy(p => p.ProductId, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }
}
