using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Tests.Render;
using NodaTime;

namespace LivePeak.Tests.Engine.Evidence;

/// <summary>
/// The stand-in ranker on planted effects: a window made to sell more must come first, its mean
/// must be the plain mean a reader could work out by hand, and its interval must hold it.
/// </summary>
public sealed class MeanBootstrapRankerTests
{
    private static readonly LocalDate Monday = new(2026, 6, 1);

    [Test]
    public void The_planted_window_ranks_first_with_the_plain_mean_inside_its_interval()
    {
        var lines = ChartInputs.Planted();
        var evidence = ChartInputs.FromLines(lines).All;

        var ranking = new MeanBootstrapRanker().Rank(evidence, new WindowRankingOptions());

        var best = ranking.Windows[0];
        Assert.That(ranking.Measure, Is.EqualTo(WindowMeasure.GmvPerDay), "no LIVE reports: GMV per day");
        Assert.That((best.Rank, best.Day, best.Start, best.End), Is.EqualTo((1, (IsoDayOfWeek?)IsoDayOfWeek.Saturday, new LocalTime(20, 0), new LocalTime(22, 0))));
        // The oracle: total GMV of Saturday 20:00-21:59 lines over the six Saturdays, divided by six.
        var oracle = lines.Where(l => l.CreatedLocal.DayOfWeek == IsoDayOfWeek.Saturday && l.CreatedLocal.Hour is 20 or 21)
            .Sum(l => l.Revenue.ToDecimal()) / 6;
        Assert.That(best.Expected, Is.EqualTo(oracle));
        Assert.That(best.Samples, Is.EqualTo(6), "one observation per Saturday");
        Assert.That(best.Low, Is.LessThan(best.Expected));
        Assert.That(best.High, Is.GreaterThan(best.Expected));
        Assert.That(best.Evidence, Is.EqualTo(EvidenceLevel.Moderate), "six days with a tight interval: not yet the eight strong evidence needs");
    }

    [Test]
    public void Chosen_windows_never_overlap_and_ranks_count_up()
    {
        var evidence = ChartInputs.FromLines(ChartInputs.Planted()).All;

        var windows = new MeanBootstrapRanker().Rank(evidence, new WindowRankingOptions { Count = 8 }).Windows;

        Assert.That(windows.Select(w => w.Rank), Is.EqualTo(Enumerable.Range(1, windows.Count)));
        Assert.That(windows.Select(w => w.Expected), Is.Ordered.Descending);
        for (var i = 0; i < windows.Count; i++)
        {
            for (var j = i + 1; j < windows.Count; j++)
            {
                Assert.That(windows[i].Overlaps(windows[j]), Is.False, $"{windows[i]} and {windows[j]}");
            }
        }
    }

    [Test]
    public void Every_day_windows_find_both_daily_peaks()
    {
        var lines = ChartInputs.Planted(dailyMorning: true);
        var evidence = ChartInputs.FromLines(lines).All;

        var windows = new MeanBootstrapRanker().Rank(evidence, new WindowRankingOptions { EveryDay = true, Count = 2 }).Windows;

        Assert.That(windows.Select(w => (w.Day, w.Start)), Is.EquivalentTo(new (IsoDayOfWeek?, LocalTime)[] { (null, new LocalTime(10, 0)), (null, new LocalTime(20, 0)) }));
        Assert.That(windows.Select(w => w.Samples), Is.All.EqualTo(42), "every day of six weeks");
        Assert.That(windows.Single(w => w.Start.Hour == 10).Evidence, Is.EqualTo(EvidenceLevel.Strong), "the same peak every day");
        Assert.That(windows.Single(w => w.Start.Hour == 20).Evidence, Is.EqualTo(EvidenceLevel.Moderate),
            "the evening peak is mostly Saturdays: days differ, so the every-day claim is weaker");
    }

    [Test]
    public void With_LIVE_reports_windows_are_measured_by_GMV_per_LIVE_hour_of_the_LIVEs_started_there()
    {
        var lives = new List<LiveSession>();
        for (var week = 0; week < 4; week++)
        {
            var saturday = Monday.PlusDays(week * 7 + 5);
            var tuesday = Monday.PlusDays(week * 7 + 1);
            lives.Add(ChartInputs.Live(saturday.At(new LocalTime(20, 5)), 120, 10_000_000 + week * 1_000_000));
            lives.Add(ChartInputs.Live(tuesday.At(new LocalTime(14, 0)), 60, 1_000_000));
        }

        var evidence = ChartInputs.FromLines([], lives).All;

        var ranking = new MeanBootstrapRanker().Rank(evidence, new WindowRankingOptions());

        Assert.That(ranking.Measure, Is.EqualTo(WindowMeasure.GmvPerLiveHour));
        var best = ranking.Windows[0];
        Assert.That((best.Day, best.Start), Is.EqualTo(((IsoDayOfWeek?)IsoDayOfWeek.Saturday, new LocalTime(20, 0))),
            "a LIVE started at 20:05 speaks for 20:00-22:00, not 19:00-21:00");
        Assert.That(best.Expected, Is.EqualTo((5_000_000m + 5_500_000m + 6_000_000m + 6_500_000m) / 4), "mean of GMV / hours over the four LIVEs");
        Assert.That((best.Samples, best.Sessions), Is.EqualTo((4, 4)));
        Assert.That(ranking.Windows[1].Expected, Is.EqualTo(1_000_000m));
    }

    [Test]
    public void The_same_seed_gives_the_same_intervals_and_another_seed_only_moves_the_intervals()
    {
        var evidence = ChartInputs.FromLines(ChartInputs.Planted()).All;
        var ranker = new MeanBootstrapRanker();

        var a = ranker.Rank(evidence, new WindowRankingOptions { Seed = 1 }).Windows;
        var b = ranker.Rank(evidence, new WindowRankingOptions { Seed = 1 }).Windows;
        var c = ranker.Rank(evidence, new WindowRankingOptions { Seed = 2 }).Windows;

        Assert.That(b, Is.EqualTo(a));
        Assert.That(c.Select(w => w.Expected), Is.EqualTo(a.Select(w => w.Expected)));
        Assert.That(c.Select(w => w.Low), Is.Not.EqualTo(a.Select(w => w.Low)));
    }

    [Test]
    public void The_backtest_ranks_on_earlier_weeks_and_checks_the_last_ones()
    {
        var evidence = ChartInputs.FromLines(ChartInputs.Planted(weeks: 4)).All;

        var backtest = new MeanBootstrapRanker().Rank(evidence, new WindowRankingOptions()).Backtest;

        Assert.That(backtest, Is.Not.Null);
        Assert.That((backtest!.TrainFrom, backtest.TrainTo, backtest.TestFrom, backtest.TestTo),
            Is.EqualTo((Monday, Monday.PlusDays(20), Monday.PlusDays(21), Monday.PlusDays(27))), "28 days: the last week is held out");
        Assert.That(backtest.Lift, Is.GreaterThan(3m), "the planted Saturday window still stands out in the week it never saw");
    }

    [Test]
    public void Two_weeks_are_too_few_for_a_backtest() =>
        Assert.That(new MeanBootstrapRanker().Rank(ChartInputs.FromLines(ChartInputs.Planted(weeks: 2)).All, new WindowRankingOptions()).Backtest, Is.Null);

    [TestCase(1, 100, 90, 110, EvidenceLevel.TooLittle, Description = "one observation never makes a recommendation")]
    [TestCase(5, 0, 0, 0, EvidenceLevel.TooLittle, Description = "nothing sold")]
    [TestCase(8, 100, 70, 130, EvidenceLevel.Strong, Description = "8 observations, ±30%")]
    [TestCase(8, 100, 60, 140, EvidenceLevel.Moderate, Description = "8 observations but ±40%")]
    [TestCase(4, 100, 30, 170, EvidenceLevel.Moderate, Description = "4 observations, ±70%")]
    [TestCase(4, 100, 10, 190, EvidenceLevel.Weak, Description = "4 observations, ±90%")]
    [TestCase(2, 100, 99, 101, EvidenceLevel.Weak, Description = "2 observations, however tight")]
    public void Evidence_grades(int samples, decimal mean, decimal low, decimal high, EvidenceLevel expected) =>
        Assert.That(MeanBootstrapRanker.Grade(samples, mean, low, high), Is.EqualTo(expected));

    [Test]
    public void The_daily_profile_is_the_mean_over_every_date_including_days_without_sales()
    {
        var first = Monday.At(new LocalTime(10, 5));
        var lines = new[] { ChartInputs.Line(first, 300), ChartInputs.Line(first.PlusDays(2), 600), ChartInputs.Line(first.PlusDays(3).PlusHours(3), 1) };
        var evidence = ChartInputs.FromLines(lines).All;

        var profile = DailyProfile.Build(evidence.Daily, orders: false);

        Assert.That(profile[10].Days, Is.EqualTo(4), "Monday to Thursday");
        Assert.That(profile[10].Mean, Is.EqualTo(225m), "(300 + 0 + 600 + 0) / 4");
        Assert.That(profile[10].Low, Is.GreaterThanOrEqualTo(0m));
        Assert.That(profile[10].High, Is.LessThanOrEqualTo(600m));
        Assert.That(DailyProfile.Build(evidence.Daily, orders: true)[10].Mean, Is.EqualTo(0.5m));
    }
}
