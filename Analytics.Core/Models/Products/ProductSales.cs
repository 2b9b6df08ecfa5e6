using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;

namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// What a <see cref="ProductMix"/> is fitted on, with no order line left in it: each product's
/// revenue and orders in every half hour of the week, how often each of its names was used, the
/// orders counted, and the baskets (which products each order or LIVE holds). Gathered from order
/// lines by <see cref="From"/>, or aggregated elsewhere (a ClickHouse store) into the same sums:
/// every total is exact, so where it was summed and in which order cannot change the mix.
/// Products are keyed by id, or by name where a line has no id.
/// </summary>
public sealed class ProductSales(BasketKind basket)
{
    private static readonly SlotLength Slots = new(ProductMix.SlotMinutes);

    private readonly Dictionary<string, Product> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _baskets = new(StringComparer.Ordinal);
    // Baskets added whole, without a key (a log's, millions of them): a few ints each, not a set.
    private readonly BasketTable _wholeBaskets = new();

    public BasketKind Basket { get; } = basket;

    /// <summary>Order lines looked at, cancelled ones included.</summary>
    public long Lines { get; set; }

    /// <summary>Distinct orders with a counted line.</summary>
    public long Orders { get; set; }

    public int ProductCount => _products.Count;

    /// <summary>
    /// The sales of lines (cancelled lines and lines of no positive quantity are left out, as the
    /// slot cube leaves them out of orders), with baskets of the given kind: an order, or the LIVE a
    /// line belongs to (lines of no LIVE are then in no basket).
    /// </summary>
    public static ProductSales From(IEnumerable<MixLine> lines, BasketKind basket)
    {
        var log = new MixLineLog();
        foreach (var (line, live) in lines)
        {
            log.Add(line, live);
        }

        return log.Sales(basket);
    }

    /// <summary>The product key of a line: its id, or its name where it has no id.</summary>
    public static string IdOf(string productId, string productName) => productId.Length > 0 ? productId : productName;

    /// <summary>The name a line gives its product: its name, or the product key where it has none.</summary>
    public static string NameOf(string id, string productName) => productName.Length > 0 ? productName : id;

    public void AddGmv(string id, int slot, Money gmv) => ProductOf(id).Gmv[slot] += gmv;

    public void AddOrders(string id, int slot, long orders) => ProductOf(id).Orders[slot] += orders;

    public void AddName(string id, string name, long lines)
    {
        var names = ProductOf(id).Names;
        names[name] = names.GetValueOrDefault(name) + lines;
    }

    public void AddToBasket(string basket, string id)
    {
        if (!_baskets.TryGetValue(basket, out var items))
        {
            _baskets[basket] = items = new HashSet<string>(StringComparer.Ordinal);
        }

        items.Add(id);
    }

    /// <summary>Adds a whole basket: distinct product keys, of a basket no other call adds to.</summary>
    public void AddBasket(IEnumerable<string> ids) => _wholeBaskets.Add(ids);

    /// <summary>The number a product key has in whole baskets (<see cref="AddBasket(ReadOnlySpan{int})"/>).</summary>
    public int BasketNumberOf(string id) => _wholeBaskets.NumberOf(id);

    /// <summary>Makes room for this many products in whole baskets, so a log's millions do not grow the table by doubling.</summary>
    public void ReserveBasketProducts(int products) => _wholeBaskets.Reserve(products);

    /// <summary>Adds a whole basket as the numbers of its distinct product keys (<see cref="BasketNumberOf"/>).</summary>
    public void AddBasket(ReadOnlySpan<int> products) => _wholeBaskets.Add(products);

    /// <summary>Product keys in ordinal order.</summary>
    public IReadOnlyList<string> Ids() => _products.Keys.Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<Money> Gmv(string id) => _products[id].Gmv;

    public IReadOnlyList<long> OrdersOf(string id) => _products[id].Orders;

    /// <summary>Each name of the product with the lines that used it.</summary>
    public IReadOnlyDictionary<string, long> Names(string id) => _products[id].Names;

    /// <summary>
    /// The baskets' distinct products: those added by key in ordinal order of their keys, then those
    /// added whole. The order means nothing to the mix (bundles are counted over all baskets alike).
    /// </summary>
    public BasketTable Baskets()
    {
        if (_baskets.Count == 0)
        {
            return _wholeBaskets;
        }

        return BasketTable.From([.. _baskets.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (IReadOnlyCollection<string>)b.Value), .. _wholeBaskets]);
    }

    private Product ProductOf(string id)
    {
        if (!_products.TryGetValue(id, out var product))
        {
            _products[id] = product = new Product();
        }

        return product;
    }

    private sealed class Product
    {
        public Money[] Gmv { get; } = new Money[Slots.SlotsPerWeek];

        public long[] Orders { get; } = new long[Slots.SlotsPerWeek];

        public Dictionary<string, long> Names { get; } = new(StringComparer.Ordinal);
    }
}
