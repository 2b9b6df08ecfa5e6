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

    public static string Format(this LocalDateTimePattern pattern, LocalDateTime? value) =>
        value is { } v ? pattern.Format(v) : string.Empty;

    /// <summary>The time as a layout without seconds stores it, and an importer reads it back.</summary>
    public static LocalDateTime ToMinute(LocalDateTime value) => value.Date.At(new LocalTime(value.Hour, value.Minute));
}
