using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine;

/// <summary>
/// Cuts a stretch of wall-clock time into the slots of the week it covers. Exposure follows the
/// shop's wall clock: a LIVE that spans a DST change is measured by what the clock showed.
/// </summary>
public static class ExposureSlices
{
    public static long SecondsBetween(LocalDateTime from, LocalDateTime to) =>
        to <= from ? 0 : Period.Between(from, to, PeriodUnits.Seconds).Seconds;

    /// <summary>(slot index, seconds in it) for each slot the stretch touches, in time order.
    /// A stretch longer than a week touches a slot more than once.</summary>
    public static IEnumerable<(int Index, long Seconds)> Split(LocalDateTime from, LocalDateTime to, SlotLength length)
    {
        var cursor = from;
        while (cursor < to)
        {
            var minuteOfDay = cursor.Hour * 60 + cursor.Minute;
            var slotStart = cursor.Date.AtMidnight().PlusMinutes(minuteOfDay / length.Minutes * length.Minutes);
            var slotEnd = slotStart.PlusMinutes(length.Minutes);
            var end = slotEnd < to ? slotEnd : to;
            yield return (length.IndexOf(cursor), SecondsBetween(cursor, end));
            cursor = end;
        }
    }
}
