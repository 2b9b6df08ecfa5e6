using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// One LIVE's detail export (formats.md §2d): an XLSX with a <c>Product</c> sheet (one row per
/// product shown, best seller first) and a <c>Trend Stats</c> sheet (one row per 5-minute bucket,
/// times of day only, so the LIVE's date is in the file name). A seller exports the detail of the
/// LIVEs worth studying; this writes each shop's best LIVE of the period by order-log GMV. Sales
/// are the orders placed through the LIVE, per product and per bucket, times the room factor;
/// audience totals are the LIVE's, shared out so they add up exactly.
/// </summary>
internal static class TikTokLiveDetailExport
{
    public const string ProductSheet = "Product";
    public const string TrendSheet = "Trend Stats";
    private const int BucketMinutes = 5;

    /// <summary>Products pinned in the LIVE besides those it sold.</summary>
    private const int UnsoldProductsShown = 3;

    public static readonly IReadOnlyList<string> ProductHeaders =
    [
        "Product ID", "Product name", "Attributed GMV", "Attributed items sold", "Customers", "AOV", "Attributed orders",
        "Product Impressions", "CTR", "Added to cart", "CTOR", "Watch GPM", "Product Clicks", "Payment Rate", "CTOR (SKU orders)",
        "Available stock",
    ];

    public static readonly IReadOnlyList<string> TrendHeaders =
    [
        "Time", "Attributed GMV", "Attributed items sold", "Customers", "Attributed orders", "Viewers", "Views",
        "Product Impressions", "Product Clicks", "New followers", "Shares", "Comments", "Likes",
    ];

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        foreach (var shop in simulation.Shops)
        {
            // The first of equals: MaxBy keeps the earliest.
            if (simulation.Lives(shop).MaxBy(l => l.Gmv) is { } best)
            {
                yield return File(simulation, best);
            }
        }
    }

    private static ExportFile File(SalesSimulation simulation, SimulatedLive live)
    {
        var products = ProductRows(live);
        var trend = TrendRows(simulation, live);
        var detail = new LiveDetail
        {
            Platform = Platform.TikTok,
            Shop = live.Shop.Name,
            Date = live.Start.Date,
            SourcePath = FileNames.TikTokLiveDetail(live.Shop, live.Start.Date),
            Products = products.Select(r => r.Product).ToList(),
            Trend = trend.Select(r => r.Point).ToList(),
            BucketLength = Duration.FromMinutes(BucketMinutes),
        };
        var productBuilder = new RowBuilder(ProductHeaders);
        var trendBuilder = new RowBuilder(TrendHeaders);
        return new ExportFile(detail.SourcePath, FileContainer.Xlsx, ProductSheet, [new ExportRow(productBuilder.HeaderRow(), null), .. products.Select(r => r.Row)])
        {
            MoreSheets = [new ExportSheet(TrendSheet, [new ExportRow(trendBuilder.HeaderRow(), null), .. trend.Select(r => r.Row)])],
            Detail = detail,
            Shop = live.Shop,
            TrendSession = TrendSession(simulation, live, detail),
        };
    }

    private static List<(ExportRow Row, LiveProductResult Product)> ProductRows(SimulatedLive live)
    {
        var factor = live.RoomFactor;
        var sold = live.Orders.SelectMany(o => o.Lines).Select(l => l.Product).Distinct().ToList();
        var catalogue = ProductCatalogue.All;
        var shown = sold.Concat(Enumerable.Range(0, catalogue.Count)
                .Select(k => catalogue[(live.DayIndex * 3 + live.Number * 5 + k * 7) % catalogue.Count])
                .Where(p => !sold.Contains(p)).Distinct().Take(UnsoldProductsShown))
            .ToList();

        // Products that sold more were pinned longer and clicked more.
        var weights = shown.Select(p => 2L + 3L * live.Orders.Count(o => o.Lines.Any(l => l.Product == p))).ToList();
        var impressions = Apportionment.Split(live.ProductImpressions, weights);
        var clicks = Apportionment.Split(live.ProductClicks, weights);
        var carts = Apportionment.Split(live.AddedToCart, weights);
        var builder = new RowBuilder(ProductHeaders);
        var rows = new List<(ExportRow Row, LiveProductResult Product, decimal Gmv)>();
        for (var i = 0; i < shown.Count; i++)
        {
            var product = shown[i];
            var lines = live.KeptOrders.SelectMany(o => o.Lines).Where(l => l.Product == product).ToList();
            var gmv = SimulatedLive.Scale(lines.Sum(l => l.SubtotalAfterDiscount), factor);
            var items = SimulatedLive.Scale(lines.Sum(l => l.Quantity), factor);
            var orders = SimulatedLive.Scale(lines.Count, factor);
            var placed = SimulatedLive.Scale(live.Orders.Count(o => o.Lines.Any(l => l.Product == product)), factor);
            var ctr = LiveTexts.PercentOf(clicks[i], impressions[i], 2);
            var ctor = LiveTexts.PercentOf(orders, clicks[i], 2);
            var id = LiveIds.TikTokProduct(live.Shop.Index, product.Index);
            var name = product.Name + " - " + product.Variation;
            var row = builder.Start()
                .Set("Product ID", id)
                .Set("Product name", name)
                .Set("Attributed GMV", Money(gmv))
                .Set("Attributed items sold", items)
                .Set("Customers", SimulatedLive.CustomersOf(orders))
                .Set("AOV", Money(orders == 0 ? 0 : decimal.Round(gmv / orders, 0, MidpointRounding.AwayFromZero)))
                .Set("Attributed orders", orders)
                .Set("Product Impressions", impressions[i])
                .Set("CTR", LiveTexts.Percent(ctr, 2, decimalComma: false))
                .Set("Added to cart", carts[i])
                .Set("CTOR", LiveTexts.Percent(ctor, 2, decimalComma: false))
                .Set("Watch GPM", Money(decimal.Round(gmv * 1000 / live.Views, 0, MidpointRounding.AwayFromZero)))
                .Set("Product Clicks", clicks[i])
                .Set("Payment Rate", LiveTexts.Percent(LiveTexts.PercentOf(orders, placed, 2), 2, decimalComma: false))
                .Set("CTOR (SKU orders)", LiveTexts.Percent(ctor, 2, decimalComma: false))
                .Set("Available stock", 40 + product.Index * 7 % 60);
            var result = new LiveProductResult
            {
                ProductId = id,
                ProductName = name,
                Gmv = Domain.Money.FromDecimal(gmv),
                Items = items,
                Orders = orders,
                Customers = SimulatedLive.CustomersOf(orders),
                Impressions = impressions[i],
                Clicks = clicks[i],
                AddedToCart = carts[i],
                Ctr = ctr / 100m,
                Ctor = ctor / 100m,
            };
            rows.Add((new ExportRow(row.Cells, null), result, gmv));
        }

        return rows.OrderByDescending(r => r.Gmv).Select(r => (r.Row, r.Product)).ToList();
    }

    private static List<(ExportRow Row, LiveTrendPoint Point)> TrendRows(SalesSimulation simulation, SimulatedLive live)
    {
        var factor = live.RoomFactor;
        var buckets = live.Minutes / BucketMinutes;
        var starts = Enumerable.Range(0, buckets).Select(b => live.Start.PlusMinutes(b * BucketMinutes)).ToList();
        var ordersIn = starts.Select(t => live.Orders.Where(o => o.Created >= t && o.Created < t.PlusMinutes(BucketMinutes)).ToList()).ToList();

        // The audience builds over the first 20 minutes and drains in the last 10.
        var shape = Enumerable.Range(0, buckets).Select(b => (long)Math.Min(Math.Min(b + 1, 4), Math.Max(buckets - b, 1))).ToList();
        var views = Apportionment.Split(live.Views, shape);
        var impressions = Apportionment.Split(live.ProductImpressions, shape);
        var clicks = Apportionment.Split(live.ProductClicks, shape.Select((s, b) => s + 3L * ordersIn[b].Count).ToList());
        var followers = Apportionment.Split(live.NewFollowers, shape);
        var shares = Apportionment.Split(live.Shares, shape);
        var comments = Apportionment.Split(live.Comments, shape);
        var likes = Apportionment.Split(live.Likes, shape);
        var builder = new RowBuilder(TrendHeaders);
        var rows = new List<(ExportRow, LiveTrendPoint)>(buckets);
        for (var b = 0; b < buckets; b++)
        {
            var kept = ordersIn[b].Where(o => o.Progress != OrderProgress.Cancelled).ToList();
            var gmv = SimulatedLive.Scale(kept.Sum(o => o.Subtotal), factor);
            var items = SimulatedLive.Scale(kept.Sum(o => o.Lines.Sum(l => l.Quantity)), factor);
            var orders = SimulatedLive.Scale(kept.Count, factor);
            var viewers = views[b] * live.Viewers / live.Views;
            var row = builder.Start()
                .Set("Time", TimeTexts.TrendTime.Format(starts[b].TimeOfDay))
                .Set("Attributed GMV", Money(gmv))
                .Set("Attributed items sold", items)
                .Set("Customers", SimulatedLive.CustomersOf(orders))
                .Set("Attributed orders", orders)
                .Set("Viewers", viewers)
                .Set("Views", views[b])
                .Set("Product Impressions", impressions[b])
                .Set("Product Clicks", clicks[b])
                .Set("New followers", followers[b])
                .Set("Shares", shares[b])
                .Set("Comments", comments[b])
                .Set("Likes", likes[b]);
            var point = new LiveTrendPoint
            {
                Start = starts[b],
                Gmv = Domain.Money.FromDecimal(gmv),
                Orders = orders,
                Items = items,
                Customers = SimulatedLive.CustomersOf(orders),
                Viewers = viewers,
                Views = views[b],
                ProductImpressions = impressions[b],
                ProductClicks = clicks[b],
                NewFollowers = followers[b],
                Comments = comments[b],
                Likes = likes[b],
                Shares = shares[b],
            };
            rows.Add((new ExportRow(row.Cells, null), point));
        }

        return rows;
    }

    /// <summary>The LIVE an importer rebuilds from the trend when no LIVE list has it: its buckets summed.</summary>
    private static LiveSession TrendSession(SalesSimulation simulation, SimulatedLive live, LiveDetail detail) => new()
    {
        Platform = Platform.TikTok,
        Shop = live.Shop.Name,
        Start = simulation.InZone(detail.Trend[0].Start),
        End = simulation.InZone(detail.Trend[^1].Start.PlusMinutes(BucketMinutes)),
        SourceKind = KnownDetailLayouts.Trend.Kind,
        FromTrend = true,
        Metrics = new LiveMetrics
        {
            Gmv = new Money(detail.Trend.Sum(p => p.Gmv!.Value.TenThousandths)),
            Orders = detail.Trend.Sum(p => p.Orders),
            Items = detail.Trend.Sum(p => p.Items),
            Views = detail.Trend.Sum(p => p.Views),
            ProductImpressions = detail.Trend.Sum(p => p.ProductImpressions),
            ProductClicks = detail.Trend.Sum(p => p.ProductClicks),
            NewFollowers = detail.Trend.Sum(p => p.NewFollowers),
            Comments = detail.Trend.Sum(p => p.Comments),
            Likes = detail.Trend.Sum(p => p.Likes),
            Shares = detail.Trend.Sum(p => p.Shares),
        },
    };

    private static string Money(decimal amount) => LiveTexts.CommaThousands(amount) + "₫";
}
