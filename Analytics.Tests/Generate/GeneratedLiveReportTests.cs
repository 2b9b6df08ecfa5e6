using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;
using NUnit.Framework;

namespace LivePeak.Tests.Generate;

/// <summary>
/// Every LIVE report the generator writes reads back as exactly the LIVEs it says it wrote, and
/// together with the order log of the same seed, LivePeak links each LIVE to exactly the orders
/// that were placed through it.
/// </summary>
public sealed class GeneratedLiveReportTests
{
    private static readonly Duration Grace = new CubeOptions().Grace;

    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    /// <summary>Every format that writes LIVEs: the LIVE formats and the order formats with their LIVE list.</summary>
    public static IEnumerable<ExportFormat> LiveFormats => Enum.GetValues<ExportFormat>().Where(f => f != ExportFormat.Canonical);

    private static GenerateOptions OptionsFor(ExportFormat format) => new() { Format = format, Shops = 2, Weeks = 2, OrdersPerDay = 30, Seed = 7 };

    [TestCaseSource(nameof(LiveFormats))]
    public void Importing_the_files_yields_exactly_the_generated_sessions(ExportFormat format)
    {
        var options = OptionsFor(format);

        var paths = ExportGenerator.Write(options, _dir);
        var expected = ExportGenerator.Sessions(options);
        var imported = GeneratedImport.Import(options, paths);

        Assert.That(imported.Rejects, Is.Empty, () => string.Join("\n", imported.Rejects.Take(5)));
        Assert.That(imported.Reports.Select(r => r.RowsDuplicate), Is.All.EqualTo(0));
        Assert.That(imported.Reports.Select(r => r.IsBalanced), Is.All.True);
        Assert.That(imported.Reports.SelectMany(r => r.Warnings), Is.Empty);
        Assert.That(expected, Is.Not.Empty);
        Assert.That(imported.Sessions, Is.EqualTo(expected));
        Assert.That(imported.Lines, Is.EqualTo(ExportGenerator.Lines(options)));
    }

    [TestCaseSource(nameof(LiveFormats))]
    public void Every_simulated_live_is_reported_once_with_its_window(ExportFormat format)
    {
        var options = OptionsFor(format);
        var lives = ExportGenerator.Lives(options);
        var sessions = ExportGenerator.Sessions(options);

        Assert.That(lives.Select(l => l.Platform), Is.All.EqualTo(format.LivePlatform()));
        if (format == ExportFormat.TikTokLiveDetail)
        {
            // One detail export per shop: its best LIVE by order-log GMV.
            var best = lives.GroupBy(l => l.Shop).Select(g => g.MaxBy(l => l.Gmv)!).ToList();
            Assert.That(sessions.Select(s => (s.Shop, s.Start, s.End)), Is.EqualTo(best.Select(l => (l.Shop, l.Start, l.End))));
            return;
        }

        var byStart = sessions.ToDictionary(s => (s.Shop, s.Start.ToInstant()));
        Assert.That(sessions, Has.Count.EqualTo(lives.Count));
        foreach (var live in lives)
        {
            var session = byStart[(live.Shop, live.Start.ToInstant())];
            var overrun = session.End.ToInstant() - live.End.ToInstant();
            // Reports that write seconds show the goodbye after the last order; the rest end on the minute.
            Assert.That(overrun, Is.InRange(Duration.Zero, Duration.FromSeconds(59)), session.ToString());
        }
    }

    [TestCase(ExportFormat.TikTokLiveAnalysis)]
    [TestCase(ExportFormat.TikTokCreatorLive)]
    [TestCase(ExportFormat.TikTokAffiliateLive)]
    [TestCase(ExportFormat.TikTokLiveListLegacy)]
    [TestCase(ExportFormat.TikTokLiveList2023)]
    [TestCase(ExportFormat.TikTokLiveDetail)]
    [TestCase(ExportFormat.ShopeeLive)]
    public void Reported_gmv_is_close_to_but_not_the_order_logs(ExportFormat format)
    {
        var options = OptionsFor(format) with { Weeks = 4 };
        var lives = ExportGenerator.Lives(options).ToDictionary(l => (l.Shop, l.Start.ToInstant()));
        var sessions = ExportGenerator.Sessions(options);

        var compared = 0;
        foreach (var session in sessions)
        {
            var log = lives[(session.Shop, session.Start.ToInstant())].Gmv.ToDecimal();
            var reported = session.Metrics.Gmv!.Value.ToDecimal();
            if (log >= 1_000_000m)
            {
                // Detail exports round each 5-minute bucket, so allow a little more than the factor's range.
                Assert.That(reported / log, Is.InRange(0.84m, 1.16m), session.ToString());
                Assert.That(reported, Is.Not.EqualTo(log), session.ToString());
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(0));
    }

    [TestCaseSource(nameof(LiveFormats))]
    public void Funnel_metrics_are_plausible_and_consistent(ExportFormat format)
    {
        var sessions = ExportGenerator.Sessions(OptionsFor(format) with { Weeks = 4 });

        foreach (var m in sessions.Select(s => s.Metrics))
        {
            Assert.That(m.ProductClicks ?? 0, Is.LessThanOrEqualTo(m.ProductImpressions ?? long.MaxValue));
            Assert.That(m.Orders ?? 0, Is.LessThanOrEqualTo(m.ProductClicks ?? long.MaxValue));
            Assert.That(m.Viewers ?? 0, Is.LessThanOrEqualTo(m.Views ?? long.MaxValue));
            Assert.That(m.Ctr ?? 0.05m, Is.InRange(0.025m, 0.13m));
            // CTOR (SKU orders) counts each line of an order, so it runs a little above the order rate.
            Assert.That(m.Ctor ?? 0.1m, Is.InRange(0m, 0.35m));
            if (m.Ctr is { } ctr && m.ProductClicks is { } clicks && m.ProductImpressions is { } impressions)
            {
                Assert.That(ctr, Is.EqualTo((decimal)clicks / impressions).Within(0.00006m), "CTR is clicks over impressions, rounded as written");
            }

            Assert.That(m.AverageViewingDuration ?? Duration.FromSeconds(60), Is.InRange(Duration.FromSeconds(30), Duration.FromMinutes(3)));
        }

        Assert.That(sessions.Where(s => s.Metrics.Orders is not null).Sum(s => s.Metrics.Orders!.Value), format == ExportFormat.MetaContent || format == ExportFormat.Generic ? Is.Zero : Is.Positive);
    }

    [Test]
    public void Tiktok_live_lists_name_the_shop_as_host_and_meta_names_its_page()
    {
        var analysis = ExportGenerator.Sessions(new GenerateOptions { Format = ExportFormat.TikTokLiveAnalysis, Shops = 2, Weeks = 1 });
        var meta = ExportGenerator.Sessions(new GenerateOptions { Format = ExportFormat.MetaContent, Weeks = 1 });

        Assert.That(analysis.Select(s => s.Host).Distinct(), Is.EqualTo(new[] { "nongsan.taybac", "dacsan.dalatxanh" }));
        Assert.That(meta.Select(s => s.Shop).Distinct(), Is.EqualTo(new[] { "Nông sản Tây Bắc" }));
        Assert.That(meta.Select(s => s.RoomId), Has.All.Match(@"^\d{15}_\d{16}$"));
    }

    public static IEnumerable<TestCaseData> AttributionCases =>
        LiveFormats.Select(f => new TestCaseData(f).SetArgDisplayNames(f.ToString()));

    /// <summary>
    /// The LIVE reports and the order log of one seed, imported together and run through the cube
    /// builder: each LIVE gets exactly the orders placed through it. TikTok's channel column and the
    /// POS log's Facebook channel say which orders those are; Shopee's log has no channel, so there
    /// every order placed while the LIVE ran counts, and so do orders in the grace period after it.
    /// </summary>
    [TestCaseSource(nameof(AttributionCases))]
    public void Each_live_is_linked_to_exactly_the_orders_placed_through_it(ExportFormat format)
    {
        var options = OptionsFor(format);
        var platform = format.LivePlatform();
        var orderFormat = platform switch
        {
            Platform.TikTok => format == ExportFormat.TikTokXlsx ? ExportFormat.TikTokXlsx : ExportFormat.TikTok,
            Platform.Shopee => format == ExportFormat.ShopeeCsv ? ExportFormat.ShopeeCsv : ExportFormat.Shopee,
            _ => ExportFormat.Generic,
        };
        var paths = ExportGenerator.Write(options, _dir).ToList();
        if (!format.WritesOrders())
        {
            paths.AddRange(ExportGenerator.Write(options with { Format = orderFormat, LiveList = false }, _dir));
        }

        var lives = ExportGenerator.Lives(options);
        var timeOnly = platform == Platform.Shopee || orderFormat == ExportFormat.TikTokXlsx;
        var linkedLives = 0;
        foreach (var shop in ExportGenerator.ShopNames(options))
        {
            var builder = new CubeBuilder(new CubeOptions());
            var linked = new Dictionary<LiveSession, HashSet<string>>();
            var shopPaths = paths.Where(p => GeneratedImport.ShopOf(options, p) == shop).ToList();
            var imported = GeneratedImport.ImportTogether(
                shopPaths,
                GeneratedImport.OptionsFor(orderFormat, shop),
                line =>
                {
                    if (builder.Add(line) is { } live)
                    {
                        (linked.TryGetValue(live, out var ids) ? ids : linked[live] = []).Add(line.OrderId);
                    }
                },
                builder.AddSession);

            Assert.That(imported.Rejects, Is.Empty, () => string.Join("\n", imported.Rejects.Take(5)));
            Assert.That(imported.Sessions, Is.Not.Empty);
            foreach (var session in imported.Sessions)
            {
                var live = lives.Single(l => l.Shop == shop && l.Start.ToInstant() == session.Start.ToInstant());
                var ids = linked.GetValueOrDefault(session) ?? [];
                if (!timeOnly)
                {
                    Assert.That(ids, Is.EquivalentTo(live.OrderIds), session.ToString());
                }
                else
                {
                    // Without a channel, every order placed during the LIVE is linked, and so are those
                    // placed in the grace period after it; nothing else.
                    Assert.That(ids, Is.SupersetOf(live.OrderIdsDuring), session.ToString());
                    var extra = imported.Lines.Where(l => ids.Contains(l.OrderId) && !live.OrderIdsDuring.Contains(l.OrderId)).ToList();
                    Assert.That(extra.Select(l => l.Created.ToInstant()),
                        Is.All.InRange(live.End.ToInstant() - Duration.FromMinutes(1), session.End.ToInstant() + Grace), session.ToString());
                }

                linkedLives += ids.Count > 0 ? 1 : 0;
            }

            // No order is linked to two LIVEs, and every order placed through a LIVE is linked to one.
            var allLinked = linked.Values.SelectMany(v => v).ToList();
            Assert.That(allLinked, Is.Unique);
            var throughLive = lives.Where(l => l.Shop == shop && imported.Sessions.Any(s => s.Start.ToInstant() == l.Start.ToInstant())).SelectMany(l => l.OrderIds);
            Assert.That(allLinked, Is.SupersetOf(throughLive));
        }

        Assert.That(linkedLives, Is.GreaterThan(0));
    }

    [Test]
    public void Orders_placed_through_a_live_fall_inside_it()
    {
        var options = new GenerateOptions { Shops = 2, Weeks = 2 };
        var lines = ExportGenerator.Lines(options);
        var lives = ExportGenerator.Lives(options);

        var liveOrders = lines.Where(l => l.Channel == "LIVE").GroupBy(l => l.OrderId).ToList();
        Assert.That(liveOrders, Is.Not.Empty);
        foreach (var order in liveOrders)
        {
            var line = order.First();
            var during = lives.Where(l => l.Shop == line.Shop && l.Start.ToInstant() <= line.Created.ToInstant() && line.Created.ToInstant() < l.End.ToInstant()).ToList();
            Assert.That(during, Has.Count.EqualTo(1), line.ToString());
            Assert.That(during[0].OrderIds, Does.Contain(line.OrderId));
        }

        Assert.That(lives.Sum(l => l.OrderIds.Count), Is.EqualTo(liveOrders.Count));
    }

    [Test]
    public void The_detail_export_reads_back_as_the_best_lives_products_and_trend()
    {
        var options = OptionsFor(ExportFormat.TikTokLiveDetail);
        var paths = ExportGenerator.Write(options, _dir);
        var expected = ExportGenerator.Details(options);

        var imported = GeneratedImport.Import(options, paths);

        Assert.That(imported.Reports.Select(r => r.Kind), Is.All.EqualTo("tiktok-live-detail"));
        Assert.That(imported.Details, Has.Count.EqualTo(expected.Count).And.Count.EqualTo(2));
        for (var i = 0; i < expected.Count; i++)
        {
            var (got, want) = (imported.Details[i], expected[i]);
            Assert.That(Path.GetFileName(got.SourcePath), Is.EqualTo(want.SourcePath));
            Assert.That(got with { SourcePath = "", Products = [], Trend = [] }, Is.EqualTo(want with { SourcePath = "", Products = [], Trend = [] }));
            Assert.That(got.Products, Is.EqualTo(want.Products));
            Assert.That(got.Trend, Is.EqualTo(want.Trend));
            Assert.That(got.BucketLength, Is.EqualTo(Duration.FromMinutes(5)));
            Assert.That(got.Products.Sum(p => p.Clicks), Is.EqualTo(imported.Sessions[i].Metrics.ProductClicks), "products and trend share the LIVE's clicks");
            Assert.That(got.Products.Select(p => p.Gmv), Is.Ordered.Descending, "best seller first");
            Assert.That(got.Products.Last().Orders, Is.Zero, "pinned products that sold nothing are listed too");
        }
    }

    [Test]
    public void A_trend_beside_the_live_list_that_has_its_live_does_not_count_twice()
    {
        var options = new GenerateOptions { Format = ExportFormat.TikTok, Weeks = 2, Seed = 9 };
        var paths = ExportGenerator.Write(options, _dir).Concat(ExportGenerator.Write(options with { Format = ExportFormat.TikTokLiveDetail }, _dir)).ToList();
        var builder = new CubeBuilder(new CubeOptions());
        var shop = ExportGenerator.ShopNames(options)[0];

        var imported = GeneratedImport.ImportTogether(paths, new ImportOptions { DefaultShop = shop }, builder.AddLine, builder.AddSession);

        Assert.That(imported.Rejects, Is.Empty);
        Assert.That(builder.TrendSessionsAlreadyListed, Is.EqualTo(1));
        Assert.That(builder.Ledger.Count, Is.EqualTo(ExportGenerator.Lives(options).Count));
    }

    [Test]
    public void Meta_posts_that_are_not_lives_are_set_aside_not_rejected()
    {
        var options = new GenerateOptions { Format = ExportFormat.MetaContent, Weeks = 3 };
        var paths = ExportGenerator.Write(options, _dir);

        var imported = GeneratedImport.Import(options, paths);

        var report = imported.Reports.Single();
        Assert.That(report.Kind, Is.EqualTo(KnownSessionLayouts.MetaContent.Kind));
        Assert.That(report.RowsSetAside, Is.EqualTo(2 * options.Weeks), "a photo and a video each week");
        Assert.That(report.RowsRejected, Is.Zero);
        Assert.That(report.RowsAccepted, Is.EqualTo(ExportGenerator.Lives(options).Count));
        Assert.That(report.IsBalanced, Is.True);
    }
}
