using LivePeak.Analytics.Generate;

namespace LivePeak.Tests.Generate;

/// <summary>
/// The committed files under <c>data-samples/</c> and the options that made them. One seller,
/// "Nông sản Tây Bắc" (shop 1), on each channel; each channel has its own seed so the sales differ
/// as they would. Volumes are set so every file stays well under 200 KB.
/// </summary>
internal static class DataSamples
{
    public sealed record Sample(string Folder, GenerateOptions Options);

    public const string MapFile = "generic/pos.map";

    public static readonly IReadOnlyList<Sample> All =
    [
        new("tiktok", new GenerateOptions { Format = ExportFormat.TikTok, Shops = 1, Weeks = 4, OrdersPerDay = 5, Seed = 101, LiveList = false }),
        // The month before, in the older layout: the seller's previous TikTok export.
        new("tiktok-xlsx", new GenerateOptions { Format = ExportFormat.TikTokXlsx, Shops = 1, Weeks = 4, OrdersPerDay = 8, Seed = 102, StartDate = new(2026, 5, 4), LiveList = false }),
        new("shopee", new GenerateOptions { Format = ExportFormat.Shopee, Shops = 1, Weeks = 4, OrdersPerDay = 8, Seed = 201, LiveList = false }),
        new("generic", new GenerateOptions { Format = ExportFormat.Generic, Shops = 1, Weeks = 4, OrdersPerDay = 12, Seed = 301, LiveList = false }),
    ];

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
