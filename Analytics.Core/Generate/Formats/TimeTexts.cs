using NodaTime;
using NodaTime.Text;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>The date and time formats each layout writes (formats.md), always culture-invariant.</summary>
internal static class TimeTexts
{
    public static readonly LocalDateTimePattern TikTok = LocalDateTimePattern.CreateWithInvariantCulture("dd/MM/yyyy HH:mm:ss");
    public static readonly LocalDateTimePattern Shopee = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");
    public static readonly LocalDateTimePattern Canonical = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");
    public static readonly LocalDatePattern PosDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");
    public static readonly LocalTimePattern PosTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>TikTok's LIVE list, with the stray slash of the real export: <c>2026/07/31/ 21:03</c>.</summary>
    public static readonly LocalDateTimePattern TikTokLiveList = LocalDateTimePattern.CreateWithInvariantCulture("yyyy/MM/dd'/' HH:mm");
    public static readonly LocalDateTimePattern TikTokLiveCenter = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");

    /// <summary>The affiliate report's text dates, day first and unpadded: <c>1/6/2026 10:05:00</c>.</summary>
    public static readonly LocalDateTimePattern TikTokAffiliate = LocalDateTimePattern.CreateWithInvariantCulture("d'/'M'/'yyyy H:mm:ss");
    public static readonly LocalTimePattern TrendTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    public static readonly LocalDateTimePattern ShopeeLive = LocalDateTimePattern.CreateWithInvariantCulture("dd-MM-yyyy HH:mm");
    public static readonly LocalDatePattern ShopeeLivePeriod = LocalDatePattern.CreateWithInvariantCulture("dd-MM-yyyy");

    /// <summary>Meta's month-first times: <c>06/13/2026 20:05</c>.</summary>
    public static readonly LocalDateTimePattern Meta = LocalDateTimePattern.CreateWithInvariantCulture("MM'/'dd'/'yyyy HH:mm");

    public static string Format(this LocalDateTimePattern pattern, LocalDateTime? value) =>
        value is { } v ? pattern.Format(v) : string.Empty;

    /// <summary>The time as a layout without seconds stores it, and an importer reads it back.</summary>
    public static LocalDateTime ToMinute(LocalDateTime value) => value.Date.At(new LocalTime(value.Hour, value.Minute));
}
