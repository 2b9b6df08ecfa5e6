using LivePeak.Analytics.Generate;

namespace LivePeak.Tests.Generate;

/// <summary>
/// The committed files under <c>data-samples/</c> and the options that made them. One seller,
/// "Nông sản Tây Bắc" (shop 1), on each channel; each channel has its own seed so the sales differ
/// as they would. A folder's LIVE reports come from the same options as its orders, so they tell
/// of the same LIVEs. Each kind of TikTok LIVE list covers its own period (a LIVE listed by two
/// reports would be two LIVEs to an importer). Volumes are set so every file stays well under
/// 200 KB, and every LIVE report under 100 KB.
/// </summary>
internal static class DataSamples
{
    public sealed record Sample(string Folder, GenerateOptions Options);

    public const string MapFile = "generic/pos.map";

    private static readonly GenerateOptions TikTokJune = new() { Format = ExportFormat.TikTok, Shops = 1, Weeks = 4, OrdersPerDay = 5, Seed = 101 };

    // The month before, in the older layout: the seller's previous TikTok export, with that month's
    // LIVEs from LIVE Center instead of the Live Analysis list.
    private static readonly GenerateOptions TikTokMay = new() { Format = ExportFormat.TikTokXlsx, Shops = 1, Weeks = 4, OrdersPerDay = 8, Seed = 102, StartDate = new(2026, 5, 4), LiveList = false };

    public static readonly IReadOnlyList<Sample> All =
    [
        new("tiktok", TikTokJune),
        new("tiktok", TikTokJune with { Format = ExportFormat.TikTokLiveDetail }),
        new("tiktok-xlsx", TikTokMay),
        new("tiktok-xlsx", TikTokMay with { Format = ExportFormat.TikTokCreatorLive }),
        // LIVE reports of months whose orders are not among the samples.
        new("tiktok-affiliate", new GenerateOptions { Format = ExportFormat.TikTokAffiliateLive, Shops = 1, Weeks = 4, OrdersPerDay = 8, Seed = 103, StartDate = new(2026, 4, 6) }),
        new("tiktok-live-legacy", new GenerateOptions { Format = ExportFormat.TikTokLiveListLegacy, Shops = 1, Weeks = 4, OrdersPerDay = 8, Seed = 104, StartDate = new(2025, 6, 2) }),
        new("tiktok-live-2023", new GenerateOptions { Format = ExportFormat.TikTokLiveList2023, Shops = 1, Weeks = 4, OrdersPerDay = 8, Seed = 105, StartDate = new(2024, 6, 3) }),
        new("shopee", new GenerateOptions { Format = ExportFormat.Shopee, Shops = 1, Weeks = 4, OrdersPerDay = 8, Seed = 201 }),
        new("generic", new GenerateOptions { Format = ExportFormat.Generic, Shops = 1, Weeks = 4, OrdersPerDay = 12, Seed = 301 }),
    ];

    public static IEnumerable<IGrouping<string, Sample>> Folders => All.GroupBy(s => s.Folder);

    /// <summary>
    /// The repository's <c>data-samples</c> folder, found by walking up to the solution file. Tests
    /// read it there rather than from the build output, where a renamed sample would linger.
    /// </summary>
    public static string RepositoryFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LivePeak.sln")))
            {
                return Path.Combine(dir.FullName, "data-samples");
            }
        }

        throw new DirectoryNotFoundException("LivePeak.sln not found above " + AppContext.BaseDirectory);
    }
}
