using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Models.Products;
using LivePeak.Tests.Scale;
using NodaTime;

namespace LivePeak.Tests.Models.Products;

/// <summary>
/// The compact log the product mix keeps gives the sales a plain reading of the order lines gives
/// (the oracle below: string keys and sets, as the mix was first written), for every scope the
/// commands ask about and both kinds of basket.
/// </summary>
[TestFixture]
public sealed class MixLineLogTests
{
    private const string DefaultShop = "default";
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>
    /// Orders of several lines (a product repeated in one order), cancelled and zero-quantity lines,
    /// the same order id in another shop, platform and day, lines with no product id (the name is
    /// the key), products under two names, a shop-less POS log (the default shop), and LIVE keys on
    /// some lines only.
    /// </summary>
    private static List<MixLine> Lines(int seed)
    {
        var random = new Random(seed);
        var lines = new List<MixLine>();
        string[] shops = ["S1", "S2", DefaultShop];
        for (var o = 0; o < 400; o++)
        {
            var platform = random.Next(3) switch { 0 => Platform.TikTok, 1 => Platform.Shopee, _ => Platform.Other };
            var shop = shops[random.Next(shops.Length)];
            var orderId = (o % 150).ToString(CultureInfo.InvariantCulture);
            var at = new LocalDateTime(2026, 6, 1, 8, 0).PlusMinutes(random.Next(0, 14 * 24 * 60)).InZoneLeniently(Zone);
            var live = random.Next(3) == 0 ? null : $"live-{shop}-{random.Next(6)}";
            for (var l = 0; l < random.Next(1, 5); l++)
            {
                var product = random.Next(12);
                var id = product == 11 ? string.Empty : $"P{product}";
                var name = product == 3 && random.Next(2) == 0 ? "Sầu riêng, mới" : product == 11 ? "Bánh không mã" : $"Sản phẩm {product}";
                var status = random.Next(10) == 0 ? OrderStatus.Cancelled : OrderStatus.Completed;
                var quantity = random.Next(12) == 0 ? 0m : random.Next(1, 4);
                var line = new OrderLine(platform, shop, orderId, l.ToString(CultureInfo.InvariantCulture), id, name, quantity,
                    Money.FromDecimal(random.Next(-5, 300) * 1000m), at.PlusMinutes(random.Next(0, 40) * (l > 0 ? 1 : 0)), status, null);
                lines.Add(new MixLine(line, live));
            }
        }

        return lines;
    }

    /// <summary>The plain reading: one pass over the lines with string keys and sets.</summary>
    private static ProductSales Oracle(IEnumerable<MixLine> lines, BasketKind basket)
    {
        var slots = new SlotLength(ProductMix.SlotMinutes);
        var sales = new ProductSales(basket);
        var orderSlots = new HashSet<(string Product, string Order, int Slot)>();
        var orders = new HashSet<string>(StringComparer.Ordinal);
        var baskets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (line, live) in lines)
        {
            sales.Lines++;
            if (line.Status == OrderStatus.Cancelled || line.Quantity <= 0)
            {
                continue;
            }

            var id = ProductSales.IdOf(line.ProductId, line.ProductName);
            var slot = slots.IndexOf(line.CreatedLocal);
            var order = SlotCube.OrderKey(line);
            sales.AddGmv(id, slot, line.Revenue);
            sales.AddName(id, ProductSales.NameOf(id, line.ProductName), 1);
            if (orderSlots.Add((id, order, slot)))
            {
                sales.AddOrders(id, slot, 1);
            }

            orders.Add(order);
            if ((basket == BasketKind.Order ? order : live) is { } key)
            {
                sales.AddToBasket(key, id);
            }
        }

        sales.Orders = orders.Count;
        return sales;
    }

    [TestCase(1, BasketKind.Order)]
    [TestCase(2, BasketKind.Live)]
    [TestCase(3, BasketKind.Order)]
    public void Every_line_gives_what_the_plain_reading_gives(int seed, BasketKind basket)
    {
        var lines = Lines(seed);

        var sales = ProductSales.From(lines, basket);

        Assert.That(ModelComparison.Differences(Oracle(lines, basket), sales), Is.Empty);
        Assert.That(sales.Baskets().Count, Is.GreaterThan(10), "enough baskets to mean something");
    }

    [TestCase(null, null, TestName = "Every shop on every platform")]
    [TestCase("S1", null, TestName = "One shop: its lines and the shop-less log's")]
    [TestCase("S2", Platform.Shopee, TestName = "One shop on one platform")]
    [TestCase(null, Platform.TikTok, TestName = "Every shop on one platform")]
    [TestCase("S9", null, TestName = "A shop with no line of its own: only the shop-less log's")]
    public void A_scope_takes_its_LIVE_lines_when_it_has_any(string? shop, Platform? platform)
    {
        var lines = Lines(4);
        var log = new MixLineLog();
        foreach (var (line, live) in lines)
        {
            log.Add(line, live);
        }

        foreach (var basket in new[] { BasketKind.Order, BasketKind.Live })
        {
            var (sales, liveOnly) = log.Sales(shop, platform, DefaultShop, basket);

            var mine = lines.Where(m => (shop is null || m.Line.Shop == shop || m.Line.Shop == DefaultShop) && (platform is null || m.Line.Platform == platform)).ToList();
            var live = mine.Where(m => m.LiveKey is not null).ToList();
            Assert.That(liveOnly, Is.EqualTo(live.Count > 0), basket.ToString());
            Assert.That(ModelComparison.Differences(Oracle(live.Count > 0 ? live : mine, basket), sales), Is.Empty, basket.ToString());
        }

        Assert.That(log.Count, Is.EqualTo(lines.Count));
    }

    [Test]
    public void Without_any_LIVE_a_scope_takes_all_its_lines()
    {
        var lines = Lines(5).Select(m => m with { LiveKey = null }).ToList();
        var log = new MixLineLog();
        lines.ForEach(m => log.Add(m.Line, null));

        var (sales, liveOnly) = log.Sales("S2", null, DefaultShop, BasketKind.Order);

        Assert.That(liveOnly, Is.False);
        Assert.That(ModelComparison.Differences(Oracle(lines.Where(m => m.Line.Shop is "S2" or DefaultShop), BasketKind.Order), sales), Is.Empty);
    }

    [Test]
    public void A_product_repeated_at_the_end_of_a_basket_does_not_join_it_to_the_next()
    {
        var at = new LocalDateTime(2026, 6, 6, 20, 10).InZoneLeniently(Zone);
        OrderLine Line(string order, string product) =>
            new(Platform.TikTok, "S", order, "1", product, product, 1, Money.FromDecimal(100), at, OrderStatus.Completed, null);
        MixLine[] lines = [new(Line("1", "A"), "live1"), new(Line("2", "B"), "live1"), new(Line("3", "B"), "live1"), new(Line("4", "C"), "live2")];

        var baskets = ProductSales.From(lines, BasketKind.Live).Baskets();

        Assert.That(baskets.Select(b => string.Join(",", b.Order(StringComparer.Ordinal))), Is.EquivalentTo(new[] { "A,B", "C" }));
    }
}
