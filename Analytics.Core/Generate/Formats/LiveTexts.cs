using System.Globalization;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Numbers, percentages and durations as LIVE reports write them (formats.md §2, §4, §5), always
/// culture-invariant. Each percentage is rounded once, here, and the same rounded value is what
/// the oracle expects an importer to read back.
/// </summary>
internal static class LiveTexts
{
    /// <summary><c>1.234.567</c>: whole numbers with dots between thousands.</summary>
    public static string DotThousands(decimal value) =>
        decimal.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary><c>65,498,875.96</c>: commas between thousands, the given decimals after a dot.</summary>
    public static string CommaThousands(decimal value, int decimals = 0) =>
        value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> of <paramref name="whole"/> in percent, rounded to <paramref name="decimals"/> (0 when nothing to divide).</summary>
    public static decimal PercentOf(long part, long whole, int decimals) =>
        whole == 0 ? 0m : decimal.Round(part * 100m / whole, decimals, MidpointRounding.AwayFromZero);

    /// <summary><c>1,77%</c> (decimal comma) or <c>51.326504%</c>.</summary>
    public static string Percent(decimal percent, int decimals, bool decimalComma)
    {
        var text = percent.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
        return (decimalComma ? text.Replace('.', ',') : text) + "%";
    }

    /// <summary><c>2h 57min</c>, <c>0h 9min</c> (TikTok's LIVE list).</summary>
    public static string HoursMinutes(int minutes) => Invariant(minutes / 60) + "h " + Invariant(minutes % 60) + "min";

    /// <summary><c>3h01m</c> (TikTok LIVE Center); seconds are dropped.</summary>
    public static string HoursMinutesCompact(int seconds) =>
        Invariant(seconds / 3600) + "h" + (seconds / 60 % 60).ToString("D2", CultureInfo.InvariantCulture) + "m";

    /// <summary><c>1m12s</c> (TikTok LIVE Center's viewing durations).</summary>
    public static string MinutesSecondsCompact(int seconds) => Invariant(seconds / 60) + "m" + (seconds % 60).ToString("D2", CultureInfo.InvariantCulture) + "s";

    /// <summary><c>1min 12s</c>, <c>2min</c> or <c>45s</c> (TikTok's VN viewing durations).</summary>
    public static string MinutesSeconds(int seconds) =>
        seconds < 60 ? Invariant(seconds) + "s"
        : seconds % 60 == 0 ? Invariant(seconds / 60) + "min"
        : Invariant(seconds / 60) + "min " + Invariant(seconds % 60) + "s";

    /// <summary><c>02:57:09</c> (Shopee).</summary>
    public static string Clock(int seconds) =>
        (seconds / 3600).ToString("D2", CultureInfo.InvariantCulture) + ":" +
        (seconds / 60 % 60).ToString("D2", CultureInfo.InvariantCulture) + ":" +
        (seconds % 60).ToString("D2", CultureInfo.InvariantCulture);

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
