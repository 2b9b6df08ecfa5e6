using System.Runtime.InteropServices;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;

namespace LivePeak.Analytics.Models.Products;

/// <summary>
/// The order lines a product mix may later be asked about (for one shop, one platform, or all),
/// kept compact: each line is a few numbers (interned shop, product, name, order and LIVE, its half
/// hour and revenue), about 40 bytes, where an imported <see cref="OrderLine"/> with its strings is
/// hundreds. A log of ten million lines kept as order lines took 9 GB. Nothing of the buyer is kept.
/// </summary>
public sealed class MixLineLog
{
    private static readonly SlotLength Slots = new(ProductMix.SlotMinutes);
    private const int BlockShift = 16;
    private const int ProductBits = 24;
    private const int SlotBits = 9;

    // Lines in blocks, so a long log grows without copying (or doubling) one huge array.
    private readonly List<Row[]> _blocks = [];
    private readonly NumberedTexts _shops = new();
    private readonly NumberedTexts _products = new();
    private readonly NumberedTexts _names = new();
    private readonly NumberedTexts _lives = new();
    // An order is the slot cube's (SlotCube.OrderKey: platform, shop, order id and local date),
    // remembered by its 128-bit hash as the cube does, so no order id is kept.
    private readonly Dictionary<IdentityHash, int> _orders = [];
    private readonly HashSet<Platform> _platforms = [];

    /// <summary>Lines added, cancelled ones included.</summary>
    public long Count { get; private set; }

    /// <summary>The platforms of the lines added.</summary>
    public IReadOnlySet<Platform> Platforms => _platforms;

    /// <summary>Adds an order line and the key of the LIVE it belongs to (null for none).</summary>
    public void Add(OrderLine line, string? liveKey)
    {
        _platforms.Add(line.Platform);
        var shop = _shops.Of(line.Shop);
        var live = liveKey is null ? -1 : _lives.Of(liveKey);
        // Cancelled lines and lines of no positive quantity only count as lines read.
        var row = line.Status == OrderStatus.Cancelled || line.Quantity <= 0
            ? new Row(0, shop, -1, -1, -1, live, 0, (byte)line.Platform)
            : Counted(line, shop, live);
        var block = (int)(Count >> BlockShift);
        if (block == _blocks.Count)
        {
            _blocks.Add(new Row[1 << BlockShift]);
        }

        _blocks[block][Count & ((1 << BlockShift) - 1)] = row;
        Count++;
    }

    private Row Counted(OrderLine line, int shop, int live)
    {
        var id = ProductSales.IdOf(line.ProductId, line.ProductName);
        var local = line.CreatedLocal;
        ref var order = ref CollectionsMarshal.GetValueRefOrAddDefault(_orders, SlotCube.OrderIdentity(line), out var known);
        if (!known)
        {
            order = _orders.Count - 1;
        }

        var product = _products.Of(id);
        if (product >= 1 << ProductBits)
        {
            throw new InvalidOperationException($"more than {1 << ProductBits} products");
        }

        return new Row(line.Revenue.TenThousandths, shop, product, _names.Of(ProductSales.NameOf(id, line.ProductName)), order, live, (short)Slots.IndexOf(local), (byte)line.Platform);
    }

    /// <summary>
    /// The sales of a shop (all shops when null; a line of <paramref name="defaultShop"/>, from an
    /// export that names no shop, belongs to every shop) on a platform (all when null): of the
    /// lines sold during LIVEs when there are any, else of all its lines. Returns which it took.
    /// </summary>
    public (ProductSales Sales, bool LiveOnly) Sales(string? shop, Platform? platform, string defaultShop, BasketKind basket)
    {
        var wanted = shop is null ? -1 : _shops.IndexOf(shop);
        var fallback = _shops.IndexOf(defaultShop);
        bool Mine(in Row row) =>
            (shop is null || row.Shop == wanted || row.Shop == fallback) && (platform is null || row.Platform == platform);

        var liveOnly = false;
        foreach (var row in Rows())
        {
            if (row.Live >= 0 && Mine(row))
            {
                liveOnly = true;
                break;
            }
        }

        return (Sales(basket, (in Row row) => Mine(row) && (!liveOnly || row.Live >= 0)), liveOnly);
    }

    /// <summary>The sales of every line added.</summary>
    public ProductSales Sales(BasketKind basket) => Sales(basket, (in Row _) => true);

    private delegate bool RowFilter(in Row row);

    private ProductSales Sales(BasketKind basket, RowFilter keep)
    {
        var sales = new ProductSales(basket);
        var perSlot = Slots.SlotsPerWeek;
        var gmv = new long[_products.Count][];
        var names = new Dictionary<(int Product, int Name), long>();
        // Counted first so the keys are allocated once at their size: lists grown by doubling held
        // their last two arrays at once (about 200 MB more for ten million lines).
        var counted = 0;
        foreach (var row in Rows())
        {
            counted += row.Product >= 0 && keep(row) ? 1 : 0;
        }

        // One array of keys serves both sorts in turn: first (product, order, half hour), then
        // (basket, product); two lists of ten million keys at once were 80 MB more at the peak.
        var keys = new ulong[counted];
        var ordered = new bool[_orders.Count];
        var filled = 0;
        foreach (var row in Rows())
        {
            if (!keep(row))
            {
                continue;
            }

            sales.Lines++;
            if (row.Product < 0)
            {
                continue;
            }

            (gmv[row.Product] ??= new long[perSlot])[row.Slot] += row.Revenue;
            CollectionsMarshal.GetValueRefOrAddDefault(names, (row.Product, row.Name), out _)++;
            // Orders per product and half hour are distinct (order, product, half hour) triples.
            keys[filled++] = (ulong)row.Product << (64 - ProductBits) | (ulong)(uint)row.Order << SlotBits | (ushort)row.Slot;
            ordered[row.Order] = true;
        }

        for (var product = 0; product < gmv.Length; product++)
        {
            if (gmv[product] is { } slots)
            {
                for (var slot = 0; slot < perSlot; slot++)
                {
                    sales.AddGmv(_products[product], slot, new Money(slots[slot]));
                }
            }
        }

        foreach (var ((product, name), lines) in names)
        {
            sales.AddName(_products[product], _names[name], lines);
        }

        var orderSlots = keys.AsSpan(0, filled);
        orderSlots.Sort();
        for (var i = 0; i < orderSlots.Length; i++)
        {
            if (i == 0 || orderSlots[i] != orderSlots[i - 1])
            {
                sales.AddOrders(_products[(int)(orderSlots[i] >> (64 - ProductBits))], (int)(orderSlots[i] & ((1u << SlotBits) - 1)), 1);
            }
        }

        sales.Orders = ordered.Count(o => o);
        filled = 0;
        foreach (var row in Rows())
        {
            var basketOf = basket == BasketKind.Order ? row.Order : row.Live;
            if (row.Product >= 0 && basketOf >= 0 && keep(row))
            {
                keys[filled++] = (ulong)(uint)basketOf << ProductBits | (uint)row.Product;
            }
        }

        var pairs = keys.AsSpan(0, filled);
        pairs.Sort();
        sales.ReserveBasketProducts(pairs.Length);
        // This log's product numbers as the sales' baskets number them, looked up once per product.
        var basketNumbers = new int[_products.Count];
        Array.Fill(basketNumbers, -1);
        var items = new List<int>();
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i == 0 || pairs[i] != pairs[i - 1])
            {
                var product = (int)(pairs[i] & ((1u << ProductBits) - 1));
                if (basketNumbers[product] < 0)
                {
                    basketNumbers[product] = sales.BasketNumberOf(_products[product]);
                }

                items.Add(basketNumbers[product]);
            }

            if (i + 1 == pairs.Length || pairs[i + 1] >> ProductBits != pairs[i] >> ProductBits)
            {
                sales.AddBasket(CollectionsMarshal.AsSpan(items));
                items.Clear();
            }
        }

        return sales;
    }

    private IEnumerable<Row> Rows()
    {
        for (var i = 0L; i < Count; i++)
        {
            yield return _blocks[(int)(i >> BlockShift)][i & ((1 << BlockShift) - 1)];
        }
    }

    /// <param name="Product">Interned product key; -1 for a line that does not count (cancelled, no quantity).</param>
    /// <param name="Slot">Half hour of the week.</param>
    /// <param name="Revenue">In <see cref="Money.TenThousandths"/>.</param>
    /// <param name="Live">Interned LIVE key; -1 for none.</param>
    /// <param name="PlatformCode">The <see cref="Platform"/>, in a byte: with the fields widest first a
    /// row takes 32 bytes instead of 40 (ten million lines: 80 MB less).</param>
    private readonly record struct Row(long Revenue, int Shop, int Product, int Name, int Order, int Live, short Slot, byte PlatformCode)
    {
        public Platform Platform => (Platform)PlatformCode;
    }
}
