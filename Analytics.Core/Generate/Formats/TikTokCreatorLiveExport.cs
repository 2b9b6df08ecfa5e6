using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// TikTok LIVE Center "Creator-Live-Performance" (formats.md §2b): English CSV, one row per room
/// newest first, no host column, start and end <c>yyyy-MM-dd HH:mm:ss</c> (the end includes the
/// goodbye seconds), <c>3h01m</c>, money <c>65,498,875.96₫</c>, percentages <c>51.326504%</c>.
/// It attributes by room, so its GMV uses the LIVE's room factor and differs from the LIVE list's.
/// </summary>
internal static class TikTokCreatorLiveExport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Room ID", "Room Title", "Start Time", "End Time", "Duration", "Attributed GMV", "Attributed items sold", "Attributed orders",
        "Attributed SKU orders", "Customers", "AOV", "Views", "Impressions", "GMV per hour", "Avg. viewing duration", "LIVE CTR",
        "Product Impressions", "Product clicks", "CTR", "CTOR", "New followers", "Comments", "Shares", "Likes",
    ];

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.TikTokCreatorLive(simulation.Options, shop), FileContainer.CsvWithBom, "LIVE", Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var salt = OrderIds.Salt(simulation.Options.Seed);
        yield return new ExportRow(builder.HeaderRow(), null);
        foreach (var live in simulation.Lives(shop, newestFirst: true))
        {
            yield return Row(simulation, builder, live, salt);
        }
    }

    private static ExportRow Row(SalesSimulation simulation, RowBuilder builder, SimulatedLive live, long salt)
    {
        var factor = live.RoomFactor;
        var gmv = SimulatedLive.Scale(live.Gmv, factor, decimals: 2);
        var orders = SimulatedLive.Scale(live.KeptOrders.Count, factor);
        var items = SimulatedLive.Scale(live.Items, factor);
        var skuOrders = SimulatedLive.Scale(live.KeptOrders.Sum(o => o.Lines.Count), factor);
        var ctr = LiveTexts.PercentOf(live.ProductClicks, live.ProductImpressions, 6);
        var ctor = LiveTexts.PercentOf(orders, live.ProductClicks, 6);
        var room = LiveIds.TikTokRoom(live.Shop.Index, live.Start, salt);
        var row = builder.Start()
            .Set("Room ID", room)
            .Set("Room Title", live.Title)
            .Set("Start Time", TimeTexts.TikTokLiveCenter.Format(live.Start))
            .Set("End Time", TimeTexts.TikTokLiveCenter.Format(live.EndOnAir))
            .Set("Duration", LiveTexts.HoursMinutesCompact(live.SecondsOnAir))
            .Set("Attributed GMV", Money(gmv))
            .Set("Attributed items sold", LiveTexts.CommaThousands(items))
            .Set("Attributed orders", LiveTexts.CommaThousands(orders))
            .Set("Attributed SKU orders", LiveTexts.CommaThousands(skuOrders))
            .Set("Customers", LiveTexts.CommaThousands(SimulatedLive.CustomersOf(orders)))
            .Set("AOV", Money(orders == 0 ? 0 : decimal.Round(gmv / orders, 2, MidpointRounding.AwayFromZero)))
            .Set("Views", LiveTexts.CommaThousands(live.Views))
            .Set("Impressions", LiveTexts.CommaThousands(live.LiveImpressions))
            .Set("GMV per hour", Money(decimal.Round(gmv * 3600 / live.SecondsOnAir, 2, MidpointRounding.AwayFromZero)))
            .Set("Avg. viewing duration", LiveTexts.MinutesSecondsCompact(live.AverageWatchSeconds))
            .Set("LIVE CTR", LiveTexts.Percent(LiveTexts.PercentOf(live.Views, live.LiveImpressions, 6), 6, decimalComma: false))
            .Set("Product Impressions", LiveTexts.CommaThousands(live.ProductImpressions))
            .Set("Product clicks", LiveTexts.CommaThousands(live.ProductClicks))
            .Set("CTR", LiveTexts.Percent(ctr, 6, decimalComma: false))
            .Set("CTOR", LiveTexts.Percent(ctor, 6, decimalComma: false))
            .Set("New followers", LiveTexts.CommaThousands(live.NewFollowers))
            .Set("Comments", LiveTexts.CommaThousands(live.Comments))
            .Set("Shares", LiveTexts.CommaThousands(live.Shares))
            .Set("Likes", LiveTexts.CommaThousands(live.Likes));
        var session = new LiveSession
        {
            Platform = Platform.TikTok,
            Shop = live.Shop.Name,
            RoomId = room,
            Title = live.Title,
            Start = simulation.InZone(live.Start),
            End = simulation.InZone(live.EndOnAir),
            SourceKind = KnownSessionLayouts.TikTokCreatorLivePerformance.Kind,
            Metrics = new LiveMetrics
            {
                Gmv = Domain.Money.FromDecimal(gmv),
                Items = items,
                Orders = orders,
                Views = live.Views,
                AverageViewingDuration = Duration.FromSeconds(live.AverageWatchSeconds),
                ProductImpressions = live.ProductImpressions,
                ProductClicks = live.ProductClicks,
                Ctr = ctr / 100m,
                Ctor = ctor / 100m,
                NewFollowers = live.NewFollowers,
                Comments = live.Comments,
                Shares = live.Shares,
                Likes = live.Likes,
            },
        };
        return new ExportRow(row.Cells, null, session);
    }

    private static string Money(decimal amount) => LiveTexts.CommaThousands(amount, 2) + "₫";
}
