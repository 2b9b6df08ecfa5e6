using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Shopee Live livestream list (formats.md §4) with the English headers three parsers agree on
/// plus the newer columns: XLSX, a group-header row above the header, one row per LIVE oldest
/// first, <c>dd-MM-yyyy HH:mm</c>, <c>HH:mm:ss</c> durations, sales as text <c>₫1.234.567</c>,
/// counts as number cells. "Placed" counts every order placed through the LIVE, "Confirmed" only
/// those not cancelled; both use the LIVE's room factor (Shopee's own attribution).
/// </summary>
internal static class ShopeeLiveExport
{
    public const string SheetName = "Livestream";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Data Period", "User Id", "No.", "Livestream Name", "Start Time", "Duration", "Engaged Viewers", "Comments", "ATC",
        "Avg. Viewing Duration", "Viewers", "Orders(Placed Order)", "Orders(Confirmed Order)", "Items Sold(Placed Order)",
        "Items Sold(Confirmed Order)", "Sales(Placed Order)", "Sales(Confirmed Order)", "Likes", "Shares", "New Followers",
        "Viewers(Max Concurrent)",
    ];

    /// <summary>The group each header starts (the real sheet merges the group cell across its columns).</summary>
    private static readonly IReadOnlyDictionary<string, string> Groups = new Dictionary<string, string>
    {
        ["Data Period"] = "Key Metrics",
        ["Engaged Viewers"] = "Engagement",
        ["Orders(Placed Order)"] = "Conversion",
        ["Likes"] = "Interaction",
    };

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.ShopeeLive(simulation.Options, shop), FileContainer.Xlsx, SheetName, Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var options = simulation.Options;
        var period = TimeTexts.ShopeeLivePeriod.Format(options.StartDate) + " - " + TimeTexts.ShopeeLivePeriod.Format(options.EndDate);
        var groups = builder.Start();
        foreach (var (header, group) in Groups)
        {
            groups.Set(header, group);
        }

        yield return new ExportRow(groups.Cells, null);
        yield return new ExportRow(builder.HeaderRow(), null);
        var number = 0;
        foreach (var live in simulation.Lives(shop))
        {
            yield return Row(simulation, builder, live, period, ++number);
        }
    }

    private static ExportRow Row(SalesSimulation simulation, RowBuilder builder, SimulatedLive live, string period, int number)
    {
        var factor = live.RoomFactor;
        var orders = SimulatedLive.Scale(live.KeptOrders.Count, factor);
        var items = SimulatedLive.Scale(live.Items, factor);
        var sales = SimulatedLive.Scale(live.Gmv, factor);
        var row = builder.Start()
            .Set("Data Period", period)
            .Set("User Id", live.Shop.ShopeeUserId)
            .Set("No.", number)
            .Set("Livestream Name", live.Title)
            .Set("Start Time", TimeTexts.ShopeeLive.Format(live.Start))
            .Set("Duration", LiveTexts.Clock(live.SecondsOnAir))
            .Set("Engaged Viewers", live.EngagedViewers)
            .Set("Comments", live.Comments)
            .Set("ATC", live.AddedToCart)
            .Set("Avg. Viewing Duration", LiveTexts.Clock(live.AverageWatchSeconds))
            .Set("Viewers", live.Viewers)
            .Set("Orders(Placed Order)", SimulatedLive.Scale(live.Orders.Count, factor))
            .Set("Orders(Confirmed Order)", orders)
            .Set("Items Sold(Placed Order)", SimulatedLive.Scale(live.PlacedItems, factor))
            .Set("Items Sold(Confirmed Order)", items)
            .Set("Sales(Placed Order)", Money(SimulatedLive.Scale(live.PlacedGmv, factor)))
            .Set("Sales(Confirmed Order)", Money(sales))
            .Set("Likes", live.Likes)
            .Set("Shares", live.Shares)
            .Set("New Followers", live.NewFollowers)
            .Set("Viewers(Max Concurrent)", live.PeakViewers);
        var session = new LiveSession
        {
            Platform = Platform.Shopee,
            Shop = live.Shop.Name,
            Host = live.Shop.ShopeeUserId,
            Title = live.Title,
            Start = simulation.InZone(live.Start),
            End = simulation.InZone(live.EndOnAir),
            SourceKind = KnownSessionLayouts.ShopeeLive.Kind,
            Metrics = new LiveMetrics
            {
                Comments = live.Comments,
                AverageViewingDuration = Duration.FromSeconds(live.AverageWatchSeconds),
                Viewers = live.Viewers,
                Orders = orders,
                Items = items,
                Gmv = Domain.Money.FromDecimal(sales),
                Likes = live.Likes,
                Shares = live.Shares,
                NewFollowers = live.NewFollowers,
                PeakConcurrentViewers = live.PeakViewers,
            },
        };
        return new ExportRow(row.Cells, null, session);
    }

    private static string Money(decimal amount) => "₫" + LiveTexts.DotThousands(amount);
}
