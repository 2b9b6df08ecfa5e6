namespace LivePeak.Analytics.Generate;

/// <summary>
/// The export layouts <c>livepeak generate</c> can write (see formats.md §1-§5). The order formats
/// also write their platform's main LIVE list beside the orders, from the same simulated LIVEs
/// (TikTok: <see cref="TikTokLiveAnalysis"/>; Shopee: <see cref="ShopeeLive"/>; the POS log, whose
/// LIVEs are on Facebook: <see cref="MetaContent"/>) unless <see cref="GenerateOptions.LiveList"/>
/// is off. The other LIVE layouts are formats of their own and write LIVE reports only.
/// </summary>
public enum ExportFormat
{
    /// <summary>TikTok Shop "All orders", 2026 layout: CSV, UTF-8 with BOM, 56 columns with <c>Order Channel</c>.</summary>
    TikTok,

    /// <summary>TikTok Shop "All orders", 2024-25 layout: XLSX sheet <c>OrderSKUList</c>, 54 columns, stale dimension.</summary>
    TikTokXlsx,

    /// <summary>Shopee "Order.all": XLSX, 63 Vietnamese columns.</summary>
    Shopee,

    /// <summary>Shopee "Order.all" as the CSV variant some sellers receive (UTF-8, no BOM).</summary>
    ShopeeCsv,

    /// <summary>A Vietnamese POS-style CSV that only <c>--map</c> (<see cref="ExportGenerator.GenericMap"/>) reads.
    /// Its <c>Kênh</c> column says <c>Facebook</c> for orders taken in a Facebook LIVE.</summary>
    Generic,

    /// <summary>LivePeak's own narrow CSV, all shops in one file, cancelled lines left out. No LIVE list.</summary>
    Canonical,

    /// <summary>TikTok Seller Center "Live Analysis" LIVE list, Vietnamese: CSV, 2 preamble rows,
    /// <c>2026/06/13/ 20:05</c>, <c>2h 30min</c>, dot thousands, <c>1,77%</c>.</summary>
    TikTokLiveAnalysis,

    /// <summary>TikTok LIVE Center "Creator-Live-Performance": CSV, one row per room, start and end
    /// <c>yyyy-MM-dd HH:mm:ss</c>, <c>3h01m</c>, <c>65,498,875.96₫</c>, <c>51.326504%</c>.</summary>
    TikTokCreatorLive,

    /// <summary>TikTok affiliate creator-LIVE report, Vietnamese: XLSX with text dates <c>d/M/yyyy H:mm:ss</c>
    /// and the <c>YYYYMMDD-YYYYMMDD</c> range in the file name.</summary>
    TikTokAffiliateLive,

    /// <summary>One LIVE's detail export (each shop's best LIVE of the period by order-log GMV): XLSX
    /// with <c>Product</c> and <c>Trend Stats</c> sheets, 5-minute buckets, the LIVE's date in the file name.</summary>
    TikTokLiveDetail,

    /// <summary>The older English "Live" list (Launched Time, ACU, PCU): XLSX with 2 preamble rows.</summary>
    TikTokLiveListLegacy,

    /// <summary>The 2023-24 English LIVE list: CSV, durations in seconds, CTR as a fraction.</summary>
    TikTokLiveList2023,

    /// <summary>Shopee Live livestream list: XLSX with a group-header row, <c>dd-MM-yyyy HH:mm</c>,
    /// <c>HH:mm:ss</c>, <c>₫1.234.567</c>.</summary>
    ShopeeLive,

    /// <summary>Meta Business Suite content export: CSV of the page's live videos and a few other
    /// posts, one Lifetime row each, <c>MM/dd/yyyy HH:mm</c>.</summary>
    MetaContent,
}
