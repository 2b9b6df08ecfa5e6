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
}
