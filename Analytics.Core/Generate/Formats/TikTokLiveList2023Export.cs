using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// The 2023-24 English TikTok LIVE list (formats.md §2a): CSV, the host as the numeric creator id,
/// <c>yyyy-MM-dd HH:mm:ss</c>, duration and average view time in seconds, comma thousands, CTR
/// and CTOR as fractions (<c>0.0512</c>).
/// </summary>
internal static class TikTokLiveList2023Export
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Creator Id", "Livestream", "Start time", "Duration", "Gross revenue", "Direct GMV", "Items sold", "Avg. price",
        "Orders paid for", "New followers", "Avg. view duration", "Product impressions", "Product clicks", "CTR",
        "CTOR (SKU orders)", "GMV/1K shows", "GMV/1K views", "Peak viewers",
    ];

    /// <summary>The share of the LIVE's revenue bought straight from its product cards.</summary>
    private const decimal DirectShare = 0.92m;

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.TikTokLiveList2023(simulation.Options, shop), FileContainer.Csv, "LIVE", Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
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
        var skuOrders = SimulatedLive.Scale(live.KeptOrders.Sum(o => o.Lines.Count), factor);
        var ctr = LiveTexts.PercentOf(live.ProductClicks, live.ProductImpressions, 2) / 100m;
        var ctor = LiveTexts.PercentOf(skuOrders, live.ProductClicks, 2) / 100m;
        var row = builder.Start()
            .Set("Creator Id", live.Shop.TikTokCreatorId)
            .Set("Livestream", live.Title)
            .Set("Start time", TimeTexts.TikTokLiveCenter.Format(live.Start))
            .Set("Duration", live.SecondsOnAir)
            .Set("Gross revenue", LiveTexts.CommaThousands(gmv))
            .Set("Direct GMV", LiveTexts.CommaThousands(decimal.Round(gmv * DirectShare, 0, MidpointRounding.AwayFromZero)))
            .Set("Items sold", LiveTexts.CommaThousands(items))
            .Set("Avg. price", LiveTexts.CommaThousands(items == 0 ? 0 : decimal.Round(gmv / items, 0, MidpointRounding.AwayFromZero)))
            .Set("Orders paid for", LiveTexts.CommaThousands(orders))
            .Set("New followers", LiveTexts.CommaThousands(live.NewFollowers))
            .Set("Avg. view duration", live.AverageWatchSeconds)
            .Set("Product impressions", LiveTexts.CommaThousands(live.ProductImpressions))
            .Set("Product clicks", LiveTexts.CommaThousands(live.ProductClicks))
            .Set("CTR", ctr.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture))
            .Set("CTOR (SKU orders)", ctor.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture))
            .Set("GMV/1K shows", LiveTexts.CommaThousands(decimal.Round(gmv * 1000 / live.LiveImpressions, 0, MidpointRounding.AwayFromZero)))
            .Set("GMV/1K views", LiveTexts.CommaThousands(decimal.Round(gmv * 1000 / live.Views, 0, MidpointRounding.AwayFromZero)))
            .Set("Peak viewers", LiveTexts.CommaThousands(live.PeakViewers));
        var session = new LiveSession
        {
            Platform = Platform.TikTok,
            Shop = live.Shop.Name,
            Host = live.Shop.TikTokCreatorId,
            Title = live.Title,
            Start = simulation.InZone(live.Start),
            End = simulation.InZone(live.EndOnAir),
            SourceKind = KnownSessionLayouts.TikTokLiveList2023.Kind,
            Metrics = new LiveMetrics
            {
                Gmv = Money.FromDecimal(gmv),
                Orders = orders,
                Items = items,
                PeakConcurrentViewers = live.PeakViewers,
                AverageViewingDuration = Duration.FromSeconds(live.AverageWatchSeconds),
                NewFollowers = live.NewFollowers,
                ProductImpressions = live.ProductImpressions,
                ProductClicks = live.ProductClicks,
                Ctr = ctr,
                Ctor = ctor,
            },
        };
        return new ExportRow(row.Cells, null, session);
    }
}
