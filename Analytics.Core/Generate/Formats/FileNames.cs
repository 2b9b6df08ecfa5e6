using System.Globalization;
using LivePeak.Analytics.Generate.Simulation;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>ASCII file names shaped like the platforms' own, with the shop and the date range.</summary>
internal static class FileNames
{
    /// <summary><c>20260601_20260726</c>: the form Shopee uses and <c>InputFiles</c> orders by.</summary>
    public static string Range(GenerateOptions options) =>
        options.StartDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "_" +
        options.EndDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string TikTok(GenerateOptions options, ShopInfo shop, string extension) =>
        $"tiktok-orders-{shop.Slug}-{Range(options)}.{extension}";

    public static string Shopee(GenerateOptions options, ShopInfo shop, string extension) =>
        $"Order.all.{Range(options)}-{shop.Slug}.{extension}";

    public static string Pos(ShopInfo shop) => $"pos-orders-{shop.Slug}.csv";

    public const string Canonical = "canonical-orders.csv";

    /// <summary><c>20260601-20260628</c>: the range TikTok's LIVE Center and affiliate reports carry.</summary>
    public static string DashedRange(GenerateOptions options) =>
        options.StartDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" +
        options.EndDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string TikTokLiveAnalysis(GenerateOptions options, ShopInfo shop) => $"tiktok-live-analysis-{shop.Slug}-{Range(options)}.csv";

    public static string TikTokCreatorLive(GenerateOptions options, ShopInfo shop) => $"Creator-Live-Performance-{shop.Slug}-{DashedRange(options)}.csv";

    public static string TikTokAffiliateLive(GenerateOptions options, ShopInfo shop) => $"tiktok-affiliate-live-{shop.Slug}-{DashedRange(options)}.xlsx";

    /// <summary>The LIVE's date is in the name: a detail export holds times of day only.</summary>
    public static string TikTokLiveDetail(ShopInfo shop, NodaTime.LocalDate date) =>
        $"tiktok-live-detail-{shop.Slug}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx";

    public static string TikTokLiveListLegacy(GenerateOptions options, ShopInfo shop) => $"Live-list-{shop.Slug}-{Range(options)}.xlsx";

    public static string TikTokLiveList2023(GenerateOptions options, ShopInfo shop) => $"tiktok-live-list-2023-{shop.Slug}-{Range(options)}.csv";

    public static string ShopeeLive(GenerateOptions options, ShopInfo shop) => $"shopee-live-{shop.Slug}-{Range(options)}.xlsx";

    public static string MetaContent(GenerateOptions options, ShopInfo shop) => $"meta-content-{shop.Slug}-{Range(options)}.csv";
}
