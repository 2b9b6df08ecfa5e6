using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>
/// The transparent stand-in ranker. Each candidate window (every whole hour, of each day of the
/// week or of every day) is scored by a plain mean:
/// <list type="bullet">
/// <item>with LIVE reports (at least <see cref="WindowRankingOptions.MinimumSessions"/> LIVEs):
/// the mean GMV per LIVE hour of the LIVEs that started in the window's first hour (a LIVE
/// started at 20:10 speaks for 20:00-22:00, not for 19:00-21:00);</item>
/// <item>with orders only: the mean GMV taken in the window per day of that kind, days without
/// sales counting as zero.</item>
/// </list>
/// The interval is a seeded percentile bootstrap over those LIVEs or days. Windows are taken best
/// mean first, skipping any that overlaps a better one and any resting on one observation.
/// </summary>
public sealed class MeanBootstrapRanker : IWindowRanker
{
    public const string MethodName = "mean-bootstrap";

    public WindowRanking Rank(ShopEvidence evidence, WindowRankingOptions options)
    {
        var step = Math.Max(60, evidence.Cube.Length.Minutes);
        if (options.WindowMinutes <= 0 || options.WindowMinutes % step != 0 || options.WindowMinutes > 720)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WindowMinutes, $"a window is a whole number of {step}-minute steps, at most 12 hours");
        }

        var lives = UsableLives(evidence);
        var measure = lives.Count >= options.MinimumSessions ? WindowMeasure.GmvPerLiveHour : WindowMeasure.GmvPerDay;
        var dates = evidence.Daily.Dates().ToList();
        var windows = Choose(Estimate(evidence, options, measure, lives, dates, step), options.Count);
        return new WindowRanking(windows, measure, MethodName, Backtest(evidence, options, measure, lives, dates, step));
    }

    /// <summary>LIVEs with a length and a GMV (reported, or from the orders linked to them).</summary>
    private static List<SessionResult> UsableLives(ShopEvidence evidence) =>
        evidence.Sessions.Where(s => s.Session.HasDuration && s.Hours > 0 && s.GmvPerHour is not null).ToList();

    private static List<RankedWindow> Estimate(
        ShopEvidence evidence, WindowRankingOptions options, WindowMeasure measure, IReadOnlyList<SessionResult> lives, IReadOnlyList<LocalDate> dates, int step)
    {
        var estimates = new List<RankedWindow>();
        foreach (var day in Days(options.EveryDay))
        {
            for (var start = 0; start < 1440; start += step)
            {
                var values = Values(evidence, measure, lives, dates, day, start, options.WindowMinutes);
                // Each window has its own stream of random numbers, so adding a window never moves another's interval.
                var seed = unchecked(options.Seed * 7919 + ((int)(day ?? 0) * 1440 + start));
                var (mean, low, high) = Bootstrap.MeanInterval(values, options.Confidence, options.Resamples, seed);
                var started = evidence.Sessions.Count(s => InWindow(s.Session.StartLocal, day, start, options.WindowMinutes));
                estimates.Add(new RankedWindow
                {
                    Rank = 0,
                    Day = day,
                    Start = LocalTime.FromMinutesSinceMidnight(start),
                    End = LocalTime.FromMinutesSinceMidnight((start + options.WindowMinutes) % 1440),
                    Measure = measure,
                    Expected = mean,
                    Low = low,
                    High = high,
                    Confidence = options.Confidence,
                    Sessions = started,
                    Samples = values.Count,
                    Evidence = Grade(values.Count, mean, low, high),
                    FirstDate = evidence.FirstDate,
                    LastDate = evidence.LastDate,
                });
            }
        }

        return estimates;
    }

    /// <summary>Every day of the week, Monday first; or the single "every day".</summary>
    private static IsoDayOfWeek?[] Days(bool everyDay) => everyDay
        ? [null]
        : [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>The observations behind one window: one per LIVE, or one per matching day.</summary>
    private static List<decimal> Values(
        ShopEvidence evidence, WindowMeasure measure, IReadOnlyList<SessionResult> lives, IReadOnlyList<LocalDate> dates, IsoDayOfWeek? day, int start, int minutes) =>
        measure == WindowMeasure.GmvPerLiveHour
            ? lives.Where(s => InWindow(s.Session.StartLocal, day, start, Math.Max(60, evidence.Cube.Length.Minutes))).Select(s => s.GmvPerHour!.Value).ToList()
            : dates.Where(d => day is null || d.DayOfWeek == day).Select(d => evidence.Daily.GmvInWindow(d, start, minutes).ToDecimal()).ToList();

    /// <summary>Whether a time starts inside a window (windows past midnight count from the start day).</summary>
    internal static bool InWindow(LocalDateTime time, IsoDayOfWeek? day, int start, int minutes)
    {
        var minute = time.Hour * 60 + time.Minute;
        var offset = minute - start;
        var onDay = time.DayOfWeek;
        if (offset < 0)
        {
            offset += 1440;
            onDay = time.PlusDays(-1).DayOfWeek;
        }

        return offset < minutes && (day is null || onDay == day);
    }

    /// <summary>
    /// Strong: 8+ observations and an interval within ±35% of the mean; moderate: 4+ and ±75%;
    /// weak: 2+; one or none is too little to recommend.
    /// </summary>
    public static EvidenceLevel Grade(int samples, decimal mean, decimal low, decimal high)
    {
        if (samples < 2 || mean <= 0)
        {
            return EvidenceLevel.TooLittle;
        }

        var relative = (high - low) / (2 * mean);
        return samples >= 8 && relative <= 0.35m ? EvidenceLevel.Strong
            : samples >= 4 && relative <= 0.75m ? EvidenceLevel.Moderate
            : EvidenceLevel.Weak;
    }

    private static List<RankedWindow> Choose(IEnumerable<RankedWindow> estimates, int count)
    {
        var chosen = new List<RankedWindow>();
        var ordered = estimates
            .Where(w => w.Evidence != EvidenceLevel.TooLittle && w.Expected > 0)
            .OrderByDescending(w => w.Expected)
            .ThenByDescending(w => w.Low)
            .ThenBy(w => (int)(w.Day ?? 0))
            .ThenBy(w => w.StartMinute);
        foreach (var window in ordered)
        {
            if (chosen.Count >= count)
            {
                break;
            }

            if (!chosen.Any(c => c.Overlaps(window)))
            {
                chosen.Add(window with { Rank = chosen.Count + 1 });
            }
        }

        return chosen;
    }

    /// <summary>
    /// Ranks on the earlier days and checks on the last quarter (whole weeks, at least one) the
    /// ranking never saw. Needs three weeks of data; null otherwise or when the held-out days
    /// hold no observation of the top windows.
    /// </summary>
    private static Backtest? Backtest(
        ShopEvidence evidence, WindowRankingOptions options, WindowMeasure measure, IReadOnlyList<SessionResult> lives, IReadOnlyList<LocalDate> dates, int step)
    {
        var first = measure == WindowMeasure.GmvPerDay ? dates.FirstOrDefault() : lives.Min(s => s.Session.StartLocal.Date);
        var last = measure == WindowMeasure.GmvPerDay ? dates.LastOrDefault() : lives.Max(s => s.Session.StartLocal.Date);
        var span = Period.Between(first, last, PeriodUnits.Days).Days + 1;
        if (dates.Count == 0 && measure == WindowMeasure.GmvPerDay || span < 21)
        {
            return null;
        }

        var testDays = Math.Max(7, span / 4 / 7 * 7);
        var testFrom = last.PlusDays(-testDays + 1);
        var trainDates = dates.Where(d => d < testFrom).ToList();
        var testDates = dates.Where(d => d >= testFrom).ToList();
        var trainLives = lives.Where(s => s.Session.StartLocal.Date < testFrom).ToList();
        var testLives = lives.Where(s => s.Session.StartLocal.Date >= testFrom).ToList();
        var top = Choose(Estimate(evidence, options with { Resamples = 200 }, measure, trainLives, trainDates, step), Math.Min(3, options.Count));
        if (top.Count == 0)
        {
            return null;
        }

        var topValues = top.SelectMany(w => Values(evidence, measure, testLives, testDates, w.Day, w.StartMinute, options.WindowMinutes)).ToList();
        var allValues = measure == WindowMeasure.GmvPerLiveHour
            ? testLives.Select(s => s.GmvPerHour!.Value).ToList()
            : Days(options.EveryDay)
                .SelectMany(day => Enumerable.Range(0, 1440 / step)
                    .SelectMany(i => Values(evidence, measure, testLives, testDates, day, i * step, options.WindowMinutes)))
                .ToList();
        if (topValues.Count == 0 || allValues.Count == 0)
        {
            return null;
        }

        return new Backtest(first, testFrom.PlusDays(-1), testFrom, last, top.Count, topValues.Average(), allValues.Average(), topValues.Count);
    }
}
