using System.Globalization;
using LivePeak.Analytics.Import;
using NodaTime;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// How the store writes times: integers, so that nothing depends on the server's time zone.
/// An instant is nanoseconds since 1970 UTC; a wall-clock time is nanoseconds since 1970-01-01
/// 00:00 on the same clock (the local time read as if it were UTC), so that slot arithmetic on it
/// is what the embedded engine does on <see cref="LocalDateTime"/>.
/// </summary>
public static class StoreTime
{
    public const long NanosPerSecond = 1_000_000_000;
    public const long NanosPerMinute = 60 * NanosPerSecond;
    public const long NanosPerDay = 1440 * NanosPerMinute;

    // ClickHouse's Date holds days 1970-01-01 to 2149, and 18.16's date functions stop at 2105.
    private static readonly LocalDate FirstDate = new(1970, 1, 1);
    private static readonly LocalDate LastDate = new(2105, 12, 31);

    public static long Nanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static long Nanos(LocalDateTime local) => Nanos(local.InUtc().ToInstant());

    public static Instant Instant(long nanos) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanos);

    public static LocalDateTime Local(long nanos) => Instant(nanos).InUtc().LocalDateTime;

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static LocalDate ParseDate(string text) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    /// <summary>Refuses a time the store's Date column cannot hold, naming what it belongs to.</summary>
    public static void CheckStorable(LocalDateTime local, string what)
    {
        if (local.Date < FirstDate || local.Date > LastDate)
        {
            throw new UserInputException(
                $"{what} is dated {Date(local.Date)}; the ClickHouse store holds dates from 1970 to 2105",
                ExitCodes.BadOption);
        }
    }
}
