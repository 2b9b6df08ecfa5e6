using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// TikTok Seller Center "Live Analysis" list, Vietnamese (formats.md §2a): CSV with BOM, two
/// preamble rows above the header, one row per LIVE newest first, the host's nickname, starts
/// like <c>2026/06/13/ 20:05</c> (the stray slash is real), durations like <c>2h 30min</c>,
/// dot thousands and <c>1,77%</c>. GMV and orders are TikTok's attribution: the order log's
/// figures times the LIVE's list factor.
/// </summary>
internal static class TikTokLiveAnalysisExport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Nhà sáng tạo", "Thời gian bắt đầu", "Thời lượng", "GMV LIVE (₫)", "Đơn hàng đã thanh toán", "Số món bán ra từ LIVE",
        "Số khách hàng độc nhất", "Giá trung bình (₫)", "CTOR", "Người xem", "Lượt xem", "Thời lượng xem trung bình",
        "Người theo dõi mới", "Lượt hiển thị sản phẩm", "Lượt nhấp Sản phẩm", "CTR",
    ];

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.TikTokLiveAnalysis(simulation.Options, shop), FileContainer.CsvWithBom, "LIVE", Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var options = simulation.Options;
        yield return new ExportRow(["Số liệu phân tích LIVE"], null);
        yield return new ExportRow([$"Khoảng thời gian: {TimeTexts.PosDate.Format(options.StartDate)} - {TimeTexts.PosDate.Format(options.EndDate)}"], null);
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
        var ctor = LiveTexts.PercentOf(orders, live.ProductClicks, 2);
        var ctr = LiveTexts.PercentOf(live.ProductClicks, live.ProductImpressions, 2);
        var row = builder.Start()
            .Set("Nhà sáng tạo", live.Shop.Handle)
            .Set("Thời gian bắt đầu", TimeTexts.TikTokLiveList.Format(live.Start))
            .Set("Thời lượng", LiveTexts.HoursMinutes(live.Minutes))
            .Set("GMV LIVE (₫)", LiveTexts.DotThousands(gmv))
            .Set("Đơn hàng đã thanh toán", LiveTexts.DotThousands(orders))
            .Set("Số món bán ra từ LIVE", LiveTexts.DotThousands(items))
            .Set("Số khách hàng độc nhất", LiveTexts.DotThousands(SimulatedLive.CustomersOf(orders)))
            .Set("Giá trung bình (₫)", LiveTexts.DotThousands(items == 0 ? 0 : gmv / items))
            .Set("CTOR", LiveTexts.Percent(ctor, 2, decimalComma: true))
            .Set("Người xem", LiveTexts.DotThousands(live.Viewers))
            .Set("Lượt xem", LiveTexts.DotThousands(live.Views))
            .Set("Thời lượng xem trung bình", LiveTexts.MinutesSeconds(live.AverageWatchSeconds))
            .Set("Người theo dõi mới", LiveTexts.DotThousands(live.NewFollowers))
            .Set("Lượt hiển thị sản phẩm", LiveTexts.DotThousands(live.ProductImpressions))
            .Set("Lượt nhấp Sản phẩm", LiveTexts.DotThousands(live.ProductClicks))
            .Set("CTR", LiveTexts.Percent(ctr, 2, decimalComma: true));
        var session = new LiveSession
        {
            Platform = Platform.TikTok,
            Shop = live.Shop.Name,
            Host = live.Shop.Handle,
            Start = simulation.InZone(live.Start),
            End = simulation.InZone(live.End),
            SourceKind = KnownSessionLayouts.TikTokLiveAnalysis.Kind,
            Metrics = new LiveMetrics
            {
                Gmv = Money.FromDecimal(gmv),
                Orders = orders,
                Items = items,
                Viewers = live.Viewers,
                Views = live.Views,
                AverageViewingDuration = Duration.FromSeconds(live.AverageWatchSeconds),
                NewFollowers = live.NewFollowers,
                ProductImpressions = live.ProductImpressions,
                ProductClicks = live.ProductClicks,
                Ctr = ctr / 100m,
                Ctor = ctor / 100m,
            },
        };
        return new ExportRow(row.Cells, null, session);
    }
}
