using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>One stretch of available time that starts on a given day; it may run past midnight.</summary>
public readonly record struct AvailableSpan(IsoDayOfWeek Day, LocalTime Start, int Minutes)
{
    /// <summary>0 is Monday 00:00.</summary>
    public int StartMinuteOfWeek => ((int)Day - 1) * 1440 + Start.Hour * 60 + Start.Minute;

    public override string ToString()
    {
        var end = LocalTime.FromMinutesSinceMidnight((Start.Hour * 60 + Start.Minute + Minutes) % 1440);
        return $"{DayNames.Short(Day)} {Start:HH':'mm}-{end:HH':'mm}";
    }
}
