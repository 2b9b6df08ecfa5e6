using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// The older English TikTok "Live" list (formats.md §2a, the ID loader's <c>Live*.xlsx</c> with
/// two rows to skip): XLSX, <c>2026/06/13/ 20:05</c>, <c>2h 30min</c>, counts as number cells,
/// money and rates as text in the dot-thousands dialect (<c>1.234.567</c>, <c>1,77%</c>). The
/// host is the account's nickname (its display name); ACU and PCU are average and peak viewers.
/// </summary>
internal static class TikTokLiveListLegacyExport
{
    public const string SheetName = "Live";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Creator ID", "Creator", "Nickname", "Launched Time", "Duration", "Revenue (₫)", "Products", "Different Products Sold",
        "Orders Created", "Orders Paid", "Unit Sales", "Buyers", "Average Price (₫)", "CO rate", "Viewers", "Views", "ACU", "PCU",
        "Avg. Viewing Duration", "Comments", "Shares", "Likes", "New Followers", "Product Impressions", "Product Clicks", "CTR",
    ];

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.TikTokLiveListLegacy(simulation.Options, shop), FileContainer.Xlsx, SheetName, Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var options = simulation.Options;
        yield return new ExportRow(["Live Data"], null);
        yield return new ExportRow([$"Date range: {TimeTexts.Shopee.Format(options.StartDate.AtMidnight())} ~ {TimeTexts.Shopee.Format(options.EndDate.At(new LocalTime(23, 59)))}"], null);
        yield return new ExportRow(builder.HeaderRow(), null);
        foreach (var live in simulation.Lives(shop, newestFirst: true))
        {
            yield return Row(simulation, builder, live);
        }
    }

    private static ExportRow Row(SalesSimulation simulation, RowBuilder builder, SimulatedLive live)
    {
        var factor = live.ListFactor;
        var gmv = SimulatedLive.Scale(live.Gmv, factor);
        var orders = SimulatedLive.Scale(live.KeptOrders.Count, factor);
        var items = SimulatedLive.Scale(live.Items, factor);
        var ctr = LiveTexts.PercentOf(live.ProductClicks, live.ProductImpressions, 2);
        // Average concurrent viewers: viewer-seconds over seconds on air, to one decimal.
        var acu = decimal.Round((decimal)live.Viewers * live.AverageWatchSeconds / live.SecondsOnAir, 1, MidpointRounding.AwayFromZero);
        var sold = live.KeptOrders.SelectMany(o => o.Lines).Select(l => l.Product.Index).Distinct().Count();
        var row = builder.Start()
            .Set("Creator ID", live.Shop.TikTokCreatorId)
            .Set("Creator", live.Shop.Handle)
            .Set("Nickname", live.Shop.Name)
            .Set("Launched Time", TimeTexts.TikTokLiveList.Format(live.Start))
            .Set("Duration", LiveTexts.HoursMinutes(live.Minutes))
            .Set("Revenue (₫)", LiveTexts.DotThousands(gmv))
            .Set("Products", ProductCatalogue.All.Count)
            .Set("Different Products Sold", sold)
            .Set("Orders Created", SimulatedLive.Scale(live.Orders.Count, factor))
            .Set("Orders Paid", orders)
            .Set("Unit Sales", items)
            .Set("Buyers", SimulatedLive.CustomersOf(orders))
            .Set("Average Price (₫)", LiveTexts.DotThousands(items == 0 ? 0 : gmv / items))
            .Set("CO rate", LiveTexts.Percent(LiveTexts.PercentOf(orders, live.ProductClicks, 2), 2, decimalComma: true))
            .Set("Viewers", live.Viewers)
            .Set("Views", live.Views)
            .Set("ACU", acu)
            .Set("PCU", live.PeakViewers)
            .Set("Avg. Viewing Duration", LiveTexts.MinutesSeconds(live.AverageWatchSeconds))
            .Set("Comments", live.Comments)
            .Set("Shares", live.Shares)
            .Set("Likes", live.Likes)
            .Set("New Followers", live.NewFollowers)
            .Set("Product Impressions", live.ProductImpressions)
            .Set("Product Clicks", live.ProductClicks)
            .Set("CTR", LiveTexts.Percent(ctr, 2, decimalComma: true));
        var session = new LiveSession
        {
            Platform = Platform.TikTok,
            Shop = live.Shop.Name,
            Host = live.Shop.Name,
            Start = simulation.InZone(live.Start),
            End = simulation.InZone(live.End),
            SourceKind = KnownSessionLayouts.TikTokLiveListLegacy.Kind,
            Metrics = new LiveMetrics
            {
                Gmv = Money.FromDecimal(gmv),
                Orders = orders,
                Items = items,
                Viewers = live.Viewers,
                Views = live.Views,
                AverageConcurrentViewers = acu,
                PeakConcurrentViewers = live.PeakViewers,
                AverageViewingDuration = Duration.FromSeconds(live.AverageWatchSeconds),
                Comments = live.Comments,
                Shares = live.Shares,
                Likes = live.Likes,
                NewFollowers = live.NewFollowers,
                ProductImpressions = live.ProductImpressions,
                ProductClicks = live.ProductClicks,
                Ctr = ctr / 100m,
            },
        };
        return new ExportRow(row.Cells, null, session);
    }
}
