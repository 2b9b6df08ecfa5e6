using System.Globalization;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Ids of LIVEs, posts and products in each platform's shape, unique by construction like
/// <see cref="OrderIds"/>: built from the shop and the LIVE's start minute, scrambled by a
/// multiplication that permutes the range, and salted by the seed so files of other seeds do
/// not share them (an importer takes a shared room id for the same LIVE seen twice).
/// </summary>
internal static class LiveIds
{
    private static readonly LocalDateTime Epoch = new(2000, 1, 1, 0, 0);

    // Prime, so coprime to 10^n: multiplying by it permutes [0, 10^n).
    private const ulong Scrambler = 2_654_435_761UL;
    private const ulong RoomRange = 100_000_000_000_000_000UL; // 10^17
    private const ulong PostRange = 10_000_000_000_000UL; // 10^13

    /// <summary>TikTok's 19-digit room id, <c>73…</c>.</summary>
    public static string TikTokRoom(int shop, LocalDateTime start, long salt)
    {
        var x = (ulong)Minutes(start) * 10_000UL + (ulong)shop;
        var low = (ulong)(((UInt128)x * Scrambler + (ulong)salt) % RoomRange);
        return (7_300_000_000_000_000_000UL + low).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A Meta post id, <c>{page id}_{post number}</c>; <paramref name="kind"/> tells posts of the same minute apart.</summary>
    public static string MetaPost(string pageId, LocalDateTime published, int kind, long salt)
    {
        var x = (ulong)Minutes(published) * 10UL + (ulong)kind;
        var low = (ulong)(((UInt128)x * Scrambler + (ulong)salt) % PostRange);
        return pageId + "_" + (1_000_000_000_000_000UL + low).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>TikTok's 19-digit product id (a listing; its SKU ids are <see cref="OrderIds.TikTokSku"/>).</summary>
    public static string TikTokProduct(int shop, int productIndex)
    {
        var value = (ulong)(((UInt128)(ulong)(shop * 1_000L + productIndex) * Scrambler + 12_345UL) % RoomRange);
        return (1_730_000_000_000_000_000UL + value).ToString(CultureInfo.InvariantCulture);
    }

    private static long Minutes(LocalDateTime time) => Period.Between(Epoch, time, PeriodUnits.Minutes).Minutes;
}
