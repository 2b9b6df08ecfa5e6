using System.Globalization;
using System.Text;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Order ids in each platform's shape, unique by construction (no lookup table, so any volume
/// streams): each is built from the shop, the time and the order's position in its day, scrambled
/// by a multiplication that is a bijection on its range so they look as random as real ones. A
/// salt from the seed, and absolute rather than relative time, keep files of other seeds or
/// periods from sharing ids, which an importer would take for overlapping exports.
/// </summary>
internal static class OrderIds
{
    private static readonly LocalDateTime Epoch = new(2000, 1, 1, 0, 0);

    // Prime, so coprime to both 10^n and 36^n: multiplying by it permutes those ranges.
    private const long Scrambler = 2_654_435_761L;
    private const long TikTokLowRange = 100_000_000L;
    private const string Base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const long ShopeeRange = 2_821_109_907_456L; // 36^8

    /// <summary>The per-seed salt the id functions take.</summary>
    public static long Salt(int seed) => Simulation.SeedMixer.Mix(seed, 0, -2);

    /// <summary>
    /// 18 digits, rising with time like TikTok's: <c>576</c>, then minutes since 2000, then 8 digits
    /// that tell a shop's orders of the same minute apart.
    /// </summary>
    public static string TikTok(int shop, int sequenceInDay, LocalDateTime created, long salt)
    {
        var minutes = Period.Between(Epoch, created, PeriodUnits.Minutes).Minutes;
        var low = ((shop * 10_000L + sequenceInDay % 10_000) * Scrambler + salt) % TikTokLowRange;
        var id = 576_000_000_000_000_000L + minutes * TikTokLowRange + low;
        return id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>14 characters like Shopee's <c>2606015ABCDEF1</c>: <c>yyMMdd</c> then 8 of 0-9A-Z.</summary>
    public static string Shopee(int shop, int sequenceInDay, LocalDate date, long salt)
    {
        var value = ((shop * 100_000L + sequenceInDay) * Scrambler + salt) % ShopeeRange;
        var builder = new StringBuilder(14).Append(date.ToString("yyMMdd", CultureInfo.InvariantCulture));
        Span<char> tail = stackalloc char[8];
        for (var i = tail.Length - 1; i >= 0; i--)
        {
            tail[i] = Base36[(int)(value % 36)];
            value /= 36;
        }

        return builder.Append(tail).ToString();
    }

    /// <summary>A POS invoice number, <c>HD000123</c>, counting up per shop.</summary>
    public static string Invoice(long number) => "HD" + number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>TikTok's 19-digit platform SKU id for a product of a shop.</summary>
    public static string TikTokSku(int shop, int productIndex)
    {
        var value = (shop * 1_000L + productIndex) * Scrambler % 1_000_000_000_000_000L;
        return "17" + value.ToString("D17", CultureInfo.InvariantCulture);
    }
}
