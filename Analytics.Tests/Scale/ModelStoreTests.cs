using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Scale;

namespace LivePeak.Tests.Scale;

/// <summary>
/// What the model commands and the report read, computed by SQL over loaded generated data, on one
/// server and through the Distributed tables of two shards: the product sales a mix is fitted on
/// (per shop and platform, order and LIVE baskets), the platforms with orders, and the report's
/// evidence per shop equal, field by field, what the embedded engine gathers from the same data.
/// </summary>
[TestFixture]
public sealed class ModelStoreTests
{
    private static ClickHouseStore Single() =>
        ClickHouseStore.Connect(new ClickHouseOptions { Url = ClickHouseServers.Single.Url, Database = ClickHouseServers.NewDatabase() });

    private static ClickHouseStore TwoShards()
    {
        var servers = ClickHouseServers.Cluster;
        return ClickHouseStore.Connect(new ClickHouseOptions
        {
            Url = servers[1].Url,
            Database = ClickHouseServers.NewDatabase(),
            Cluster = ClickHouseServers.ClusterName,
            ShardUrls = servers.Select(s => s.Url).ToList(),
            BatchRows = 900,
        });
    }

    public static IEnumerable<TestCaseData> Stores()
    {
        yield return new TestCaseData(false).SetName("{m}(one server)");
        yield return new TestCaseData(true).SetName("{m}(two shards)");
    }

    [TestCaseSource(nameof(Stores))]
    public void Product_sales_equal_the_embedded_ones_for_every_scope_and_basket(bool cluster)
    {
        // Without the Shopee LIVEs, so a Shopee shop's mix reads all its lines.
        var full = StoreWorld.Create(seed: 41);
        var world = full with { Sessions = full.Sessions.Where(s => s.Platform != Platform.Shopee).ToList() };
        using var store = cluster ? TwoShards() : Single();
        StoreWorld.Load(store, world.Sessions, world.Lines);
        var options = StoreWorld.Options(60);
        var tiktokShop = world.Lines.First(l => l.Platform == Platform.TikTok).Shop;
        var shopeeShop = world.Lines.First(l => l.Platform == Platform.Shopee).Shop;

        var scopes = new (string? Shop, Platform? Platform, string Why)[]
        {
            (null, null, "every shop: only the lines sold during LIVEs"),
            (tiktokShop, Platform.TikTok, "a TikTok shop with its LIVEs and the default shop's lines"),
            (shopeeShop, Platform.Shopee, "a Shopee shop: no Shopee LIVE holds its lines, so all its lines"),
            (StoreWorld.DefaultShop, Platform.Other, "the default shop on its own platform"),
        };
        var liveOnly = new List<bool>();
        foreach (var (shop, platform, why) in scopes)
        {
            foreach (var basket in new[] { BasketKind.Order, BasketKind.Live })
            {
                var (want, wantLive) = Embedded(world, options, basket, shop, platform);
                var (got, gotLive) = store.ProductSales(options, basket, shop, platform);
                Assert.That(want.Lines, Is.GreaterThan(0), why);
                Assert.That(gotLive, Is.EqualTo(wantLive), why);
                Assert.That(ModelComparison.Differences(want, got), Is.Empty, $"{why}, {basket} baskets");
                liveOnly.Add(wantLive);
            }
        }

        Assert.That(liveOnly, Does.Contain(true).And.Contain(false), "scopes with and without LIVE lines");
        var mix = new ProductMixTrainer(new ProductMixOptions { MinSupport = 0.001 }).Fit(store.ProductSales(options, BasketKind.Order).Sales);
        Assert.That(mix.Bundles, Is.Not.Empty, "the generated baskets make bundles to compare");
        Assert.That(store.PlatformsWithOrders(options), Is.EquivalentTo(world.Lines.Select(l => l.Platform).Distinct()));
    }

    [TestCaseSource(nameof(Stores))]
    public void Report_evidence_per_shop_equals_the_embedded_evidence(bool cluster)
    {
        var world = StoreWorld.Create(seed: 42);
        using var store = cluster ? TwoShards() : Single();
        StoreWorld.Load(store, world.Sessions, world.Lines);

        foreach (var options in new[]
                 {
                     StoreWorld.Options(60),
                     StoreWorld.Options(60) with { Platforms = new HashSet<Platform> { Platform.TikTok } },
                 })
        {
            var embedded = new EvidenceBuilder(options);
            world.Sessions.ToList().ForEach(embedded.AddSession);
            world.Lines.ToList().ForEach(embedded.AddLine);
            var stored = store.Evidence(options);

            Assert.That(embedded.Shops, Has.Count.GreaterThan(2));
            Assert.That(embedded.All.Products.Count, Is.GreaterThan(3));
            Assert.That(ModelComparison.Differences(embedded, stored), Is.Empty, string.Join(", ", options.Platforms));
        }
    }

    /// <summary>The oracle: the lines the filtered builder keeps, attributed over its LIVEs, chosen as <c>livepeak recommend</c> chooses them.</summary>
    private static (ProductSales Sales, bool LiveOnly) Embedded(StoreWorld world, CubeOptions options, BasketKind basket, string? shop, Platform? platform)
    {
        var builder = world.Embedded(options);
        var attribution = new LiveAttribution(builder.Ledger.Results().Select(r => r.Session), options.Grace, options.DefaultShop);
        var mine = world.Lines
            .Where(l => (shop is null || l.Shop == shop || l.Shop == options.DefaultShop) && (platform is null || l.Platform == platform))
            .Select(l => new MixLine(l, attribution.Attribute(l)?.Key))
            .ToList();
        var live = mine.Where(m => m.LiveKey is not null).ToList();
        return live.Count > 0 ? (ProductSales.From(live, basket), true) : (ProductSales.From(mine, basket), false);
    }
}
