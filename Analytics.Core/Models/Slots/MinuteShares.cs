namespace LivePeak.Analytics.Models.Slots;

/// <summary>How a stretch of time splits over the 168 hours of the week (0 is Monday 00:00-01:00).</summary>
internal static class MinuteShares
{
    public const int HoursPerWeek = 168;

    public const int MinutesPerWeek = HoursPerWeek * 60;

    /// <summary>Adds (hour of week, share of the minutes) for each hour the stretch touches; shares sum to 1.
    /// The stretch wraps from Sunday night into Monday.</summary>
    public static void Split(double startMinuteOfWeek, double minutes, List<(int Hour, double Share)> into)
    {
        into.Clear();
        if (minutes <= 0)
        {
            return;
        }

        var position = ((startMinuteOfWeek % MinutesPerWeek) + MinutesPerWeek) % MinutesPerWeek;
        var left = minutes;
        while (left > 1e-9)
        {
            var hour = (int)(position / 60) % HoursPerWeek;
            var take = Math.Min(60 - position % 60, left);
            if (into.Count > 0 && into[^1].Hour == hour)
            {
                into[^1] = (hour, into[^1].Share + take / minutes);
            }
            else
            {
                into.Add((hour, take / minutes));
            }

            left -= take;
            position = (position + take) % MinutesPerWeek;
        }
    }
}
