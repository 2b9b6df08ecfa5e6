using NodaTime;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// When orders come in. Buyers shop over lunch and in the evening, and these sellers go LIVE
/// around 10:00 and 20:00, when most of their sales happen, so orders peak at 10:00-12:00 and
/// 20:00-22:00. Weekends are busier. These shapes are the effects the analytics must find.
/// </summary>
internal static class DailyRhythm
{
    /// <summary>Relative order rate by hour of day without any LIVE running.</summary>
    private static readonly double[] HourWeights =
    [
        0.30, 0.15, 0.08, 0.05, 0.05, 0.10, 0.30, 0.50, 0.70, 0.85, 1.00, 1.00,
        0.90, 0.75, 0.60, 0.60, 0.70, 0.80, 0.90, 1.00, 1.20, 1.20, 0.90, 0.60,
    ];

    /// <summary>Added to the hourly weight while a LIVE runs.</summary>
    private const double LiveBoost = 3.0;

    private static readonly double[] WeekdayFactors = [0.90, 0.90, 0.95, 0.95, 1.05, 1.25, 1.30];

    /// <summary>Orders on a day relative to the average day, Monday to Sunday averaging 1.</summary>
    public static double DayFactor(IsoDayOfWeek day) => WeekdayFactors[(int)day - 1] * 7 / WeekdayFactors.Sum();

    public static bool IsWeekend(IsoDayOfWeek day) => day is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>The LIVEs of one day: a morning one most days, an evening one nearly every day.</summary>
    public static IReadOnlyList<LiveWindow> Lives(Random random, IsoDayOfWeek day)
    {
        var weekend = IsWeekend(day);
        var lives = new List<LiveWindow>(2);
        if (random.Chance(weekend ? 0.80 : 0.55))
        {
            // 09:45-10:15 start, 1.5-2.5 h.
            lives.Add(new LiveWindow(585 + 5 * random.Next(7), 90 + 10 * random.Next(7)));
        }

        if (random.Chance(weekend ? 0.95 : 0.85))
        {
            // 19:45-20:15 start, 2-3 h.
            lives.Add(new LiveWindow(1185 + 5 * random.Next(7), 120 + 10 * random.Next(7)));
        }

        return lives;
    }

    /// <summary>The relative order rate for each minute of a day with these LIVEs.</summary>
    public static double[] MinuteWeights(IReadOnlyList<LiveWindow> lives)
    {
        var weights = new double[1440];
        for (var m = 0; m < weights.Length; m++)
        {
            weights[m] = HourWeights[m / 60];
        }

        foreach (var live in lives)
        {
            for (var m = live.StartMinute; m < Math.Min(live.EndMinute, weights.Length); m++)
            {
                weights[m] += LiveBoost;
            }
        }

        return weights;
    }
}
