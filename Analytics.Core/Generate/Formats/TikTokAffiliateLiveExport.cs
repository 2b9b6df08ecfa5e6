using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// TikTok's affiliate / creator-LIVE report, Vietnamese (formats.md §2c): XLSX with two title rows
/// above the header, one row per LIVE oldest first, start and end as text <c>d/M/yyyy H:mm:ss</c>
/// (day first, which only the <c>YYYYMMDD-YYYYMMDD</c> range in the file name proves when every
/// day is 12 or less), money as text <c>1.234.567₫</c>, counts as number cells, CTR <c>2,35%</c>.
/// </summary>
internal static class TikTokAffiliateLiveExport
{
    public const string SheetName = "LIVE";

    /// <summary>The creator's commission on the LIVE's GMV.</summary>
    private const decimal CommissionRate = 0.10m;

    public static readonly IReadOnlyList<string> Headers =
    [
        "ID buổi LIVE", "Tiêu đề buổi LIVE", "Thời gian bắt đầu LIVE", "Thời gian kết thúc LIVE", "Tên nhà sáng tạo",
        "GMV nhờ buổi LIVE của nhà sáng tạo", "Hoàn tiền", "Đơn hàng nhờ buổi LIVE", "Số món bán ra", "AOV",
        "Thời lượng xem trung bình", "Lượt thích", "Bình luận", "Chia sẻ", "Lượt hiển thị sản phẩm", "Lượt nhấp vào sản phẩm",
        "Lượt hiển thị", "CTR", "Hoa hồng ước tính",
    ];

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.TikTokAffiliateLive(simulation.Options, shop), FileContainer.Xlsx, SheetName, Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var options = simulation.Options;
        var salt = OrderIds.Salt(options.Seed);
        yield return new ExportRow(["Dữ liệu LIVE của nhà sáng tạo liên kết"], null);
        yield return new ExportRow([$"Thời gian: {TimeTexts.PosDate.Format(options.StartDate)} - {TimeTexts.PosDate.Format(options.EndDate)}"], null);
        yield return new ExportRow(builder.HeaderRow(), null);
        foreach (var live in simulation.Lives(shop))
        {
            yield return Row(simulation, builder, live, salt);
        }
    }

    private static ExportRow Row(SalesSimulation simulation, RowBuilder builder, SimulatedLive live, long salt)
    {
        var factor = live.RoomFactor;
        var gmv = SimulatedLive.Scale(live.Gmv, factor);
        var orders = SimulatedLive.Scale(live.KeptOrders.Count, factor);
        var items = SimulatedLive.Scale(live.Items, factor);
        var ctr = LiveTexts.PercentOf(live.ProductClicks, live.ProductImpressions, 2);
        var room = LiveIds.TikTokRoom(live.Shop.Index, live.Start, salt);
        var row = builder.Start()
            .Set("ID buổi LIVE", room)
            .Set("Tiêu đề buổi LIVE", live.Title)
            .Set("Thời gian bắt đầu LIVE", TimeTexts.TikTokAffiliate.Format(live.Start))
            .Set("Thời gian kết thúc LIVE", TimeTexts.TikTokAffiliate.Format(live.EndOnAir))
            .Set("Tên nhà sáng tạo", live.Shop.Handle)
            .Set("GMV nhờ buổi LIVE của nhà sáng tạo", Money(gmv))
            .Set("Hoàn tiền", Money(SimulatedLive.Scale(live.RefundedGmv, factor)))
            .Set("Đơn hàng nhờ buổi LIVE", orders)
            .Set("Số món bán ra", items)
            .Set("AOV", Money(orders == 0 ? 0 : gmv / orders))
            .Set("Thời lượng xem trung bình", LiveTexts.MinutesSeconds(live.AverageWatchSeconds))
            .Set("Lượt thích", live.Likes)
            .Set("Bình luận", live.Comments)
            .Set("Chia sẻ", live.Shares)
            .Set("Lượt hiển thị sản phẩm", live.ProductImpressions)
            .Set("Lượt nhấp vào sản phẩm", live.ProductClicks)
            .Set("Lượt hiển thị", live.Views)
            .Set("CTR", LiveTexts.Percent(ctr, 2, decimalComma: true))
            .Set("Hoa hồng ước tính", Money(gmv * CommissionRate));
        var session = new LiveSession
        {
            Platform = Platform.TikTok,
            Shop = live.Shop.Name,
            Host = live.Shop.Handle,
            RoomId = room,
            Title = live.Title,
            Start = simulation.InZone(live.Start),
            End = simulation.InZone(live.EndOnAir),
            SourceKind = KnownSessionLayouts.TikTokAffiliateLive.Kind,
            Metrics = new LiveMetrics
            {
                Gmv = Domain.Money.FromDecimal(gmv),
                Orders = orders,
                Items = items,
                AverageViewingDuration = Duration.FromSeconds(live.AverageWatchSeconds),
                Likes = live.Likes,
                Comments = live.Comments,
                Shares = live.Shares,
                ProductImpressions = live.ProductImpressions,
                ProductClicks = live.ProductClicks,
                Views = live.Views,
                Ctr = ctr / 100m,
            },
        };
        return new ExportRow(row.Cells, null, session);
    }

    private static string Money(decimal amount) => LiveTexts.DotThousands(amount) + "₫";
}
