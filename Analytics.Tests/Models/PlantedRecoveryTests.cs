using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Models.Evaluation;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;

namespace LivePeak.Tests.Models;

/// <summary>
/// The model finds planted effects and does not invent them. Each seed is a different shop:
/// its level, habits (evening and morning hours, days) and its own best two hours, planted at
/// one of its habitual times, all drawn afresh. The full sweep over 200 seeds is the
/// <c>Sweep</c> category (see the README's benchmark section).
/// </summary>
[TestFixture]
public sealed class PlantedRecoveryTests
{
    private const int Seeds = 40;

    [Test]
    public void True_best_two_hour_window_is_in_the_top_three_in_at_least_90_percent_of_seeds()
    {
        var misses = Enumerable.Range(1, Seeds).Where(seed => !FindsBest(seed)).ToList();

        Assert.That(Seeds - misses.Count, Is.GreaterThanOrEqualTo(0.9 * Seeds), $"missed seeds: {string.Join(", ", misses)}");
    }

    [Test]
    public void With_no_planted_effect_no_window_is_strong_in_more_than_10_percent_of_seeds()
    {
        var falselySure = Enumerable.Range(1, Seeds).Where(seed => AnyStrong(PlantedScenarios.Null(seed))).ToList();

        Assert.That(falselySure.Count, Is.LessThanOrEqualTo(0.1 * Seeds), $"seeds with a strong window: {string.Join(", ", falselySure)}");
    }

    [Test]
    public void With_a_planted_effect_the_model_is_sure_of_it_some_of_the_time()
    {
        // The other side of the null test: "strong" is a label the model can earn.
        var sure = Enumerable.Range(1, Seeds).Count(seed => AnyStrong(PlantedScenarios.Realistic(seed)));

        Assert.That(sure, Is.GreaterThan(0.1 * Seeds));
    }

    [Explicit("The full sweep: dotnet test Analytics.Tests -c Release --filter TestCategory=Sweep")]
    [Category("Sweep")]
    [TestCase(200)]
    public void Full_sweep(int seeds)
    {
        var found = Enumerable.Range(1, seeds).Count(FindsBest);
        var nullStrong = Enumerable.Range(1, seeds).Count(seed => AnyStrong(PlantedScenarios.Null(seed)));
        var (lift, _) = TrueWorthLift(Enumerable.Range(1, seeds / 10).Select(seed => PlantedScenarios.Realistic(seed) with { Shops = 20 }));
        var (singleLift, singleTruth) = TrueWorthLift(Enumerable.Range(1, seeds).Select(seed => PlantedScenarios.Realistic(seed) with { WithOrders = false }));
        var single = Backtest(Enumerable.Range(1, seeds).Select(seed => PlantedScenarios.Realistic(seed) with { WithOrders = false }));
        var classes = Backtest(Enumerable.Range(1, seeds / 10).Select(seed => PlantedScenarios.Realistic(seed) with { Shops = 20, Weeks = 12, WithOrders = false }));
        var uplift = Enumerable.Range(1, seeds).Select(BestWindowUplift).Order().ToList();
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"true best in top 3: {found}/{seeds}; null data with a strong window: {nullStrong}/{seeds}; model's top windows vs the per-slot mean's by true worth: {seeds / 10} classes of 20 shops {lift:+0.0%;-0.0%}, {seeds} single shops {singleLift:+0.0%;-0.0%} (the planted truth's top windows: {singleTruth:+0.0%;-0.0%})"));
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"backtest, realised GMV per live hour of the top 3 in held-out weeks vs the per-slot mean's: {seeds} single shops (8 weeks, 6+2): model {single.Model:+0.0%;-0.0%}, planted truth {single.Truth:+0.0%;-0.0%}, coverage {single.Coverage:0.0%}; {seeds / 10} classes of 20 shops (12 weeks): model {classes.Model:+0.0%;-0.0%}, planted truth {classes.Truth:+0.0%;-0.0%}, coverage {classes.Coverage:0.0%}"));
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"model's uplift of the true best window (truly twice the same hours on other days): median {uplift[seeds / 2]:+0%}, quartiles {uplift[seeds / 4]:+0%} to {uplift[3 * seeds / 4]:+0%}"));

        Assert.That(found, Is.GreaterThanOrEqualTo(0.9 * seeds));
        Assert.That(nullStrong, Is.LessThanOrEqualTo(0.1 * seeds));
        Assert.That(lift, Is.GreaterThanOrEqualTo(0.15));
        Assert.That(singleLift, Is.GreaterThanOrEqualTo(0.15), "a shop fitted alone too");
        Assert.That(singleTruth, Is.GreaterThanOrEqualTo(singleLift), "nothing beats the truth");
        Assert.That(classes.Coverage, Is.InRange(0.75, 0.85));
        Assert.That(single.Truth, Is.GreaterThanOrEqualTo(single.Model), "nothing beats the truth");
    }

    /// <summary>What following the model's top windows truly earns over following the per-slot mean's
    /// (<see cref="PlantedAdviceCheck"/>), totals over every data set; and the planted truth's, the ceiling.</summary>
    private static (double Model, double Truth) TrueWorthLift(IEnumerable<PlantedLiveOptions> runs)
    {
        var advice = runs.SelectMany(options => PlantedAdviceCheck.Run(PlantedLiveSimulation.Run(options)))
            .GroupBy(v => v.Method)
            .ToDictionary(g => g.Key, g => g.Sum(v => v.TrueGmvPerHour));
        return (advice["model"] / advice["per-slot mean"] - 1, advice["planted truth"] / advice["per-slot mean"] - 1);
    }

    /// <summary>The rolling backtest (6 weeks to learn, 2 to score) over many planted data sets: the
    /// model's and the planted truth's top windows' realised GMV per live hour over the per-slot
    /// mean's (totals over every data set), and the model's interval coverage.</summary>
    private static (double Model, double Truth, double Coverage) Backtest(IEnumerable<PlantedLiveOptions> runs)
    {
        double model = 0, mean = 0, truth = 0;
        int tested = 0, covered = 0;
        foreach (var options in runs)
        {
            var data = PlantedLiveSimulation.Run(options);
            var report = new BacktestEvaluator(new BacktestOptions()).Evaluate(data.Outcomes, new PlantedTruthScorer(data));
            model += report.Method("model").TopGmvPerHour;
            mean += report.Method("per-slot mean").TopGmvPerHour;
            truth += report.Method("planted truth").TopGmvPerHour;
            tested += report.TestLives;
            covered += report.TestLivesCovered;
        }

        return (model / mean - 1, truth / mean - 1, (double)covered / tested);
    }

    /// <summary>
    /// How much any ranking could gain over the per-slot mean in the held-out backtest, across
    /// effect sizes, noise and data: the planted truth ranks the test weeks' windows by what they
    /// truly earn, so its gain is the ceiling. The backtest scores only windows the seller went
    /// LIVE in during the test weeks (mostly her habits, which the per-slot mean already knows
    /// well) by what their few test LIVEs realised, so the ceiling stays far below the true-worth
    /// gap (+21.7% for single shops in <see cref="Full_sweep"/>).
    /// </summary>
    [Explicit("Part of the sweep: dotnet test Analytics.Tests -c Release --filter TestCategory=Sweep")]
    [Category("Sweep")]
    [TestCase(200, 2.0, 0.45, 1, 8, 3, 0.5, 2.0, 0.85, TestName = "{m}: the realistic single shop")]
    [TestCase(200, 3.0, 0.45, 1, 8, 3, 0.5, 2.0, 0.85, TestName = "{m}: a best window three times the same hours elsewhere")]
    [TestCase(200, 1.5, 0.45, 1, 8, 3, 0.5, 2.0, 0.85, TestName = "{m}: a best window only 1.5 times")]
    [TestCase(200, 2.0, 0.2, 1, 8, 3, 0.5, 2.0, 0.85, TestName = "{m}: quiet LIVEs (noise 0.2)")]
    [TestCase(200, 2.0, 0.6, 1, 8, 3, 0.5, 2.0, 0.85, TestName = "{m}: noisy LIVEs (noise 0.6)")]
    [TestCase(200, 2.0, 0.45, 1, 8, 6, 0.8, 4.0, 0.85, TestName = "{m}: a seller trying six other slots, four extra LIVEs a week")]
    [TestCase(200, 2.0, 0.45, 1, 12, 10, 0.9, 6.0, 0.6, TestName = "{m}: a restless seller, twelve weeks")]
    [TestCase(20, 2.0, 0.45, 20, 12, 3, 0.5, 2.0, 0.85, TestName = "{m}: classes of 20 shops, twelve weeks")]
    [TestCase(20, 3.0, 0.45, 20, 12, 3, 0.5, 2.0, 0.85, TestName = "{m}: classes of 20 shops, best window three times")]
    public void Backtest_ceiling(int seeds, double best, double noise, int shops, int weeks, int trialSlots, double trialShare, double extraLives, double habit)
    {
        PlantedLiveOptions Options(int seed) => PlantedScenarios.Realistic(seed) with
        {
            WithOrders = false, BestWindowMultiplier = best, LiveNoise = noise, Shops = shops, Weeks = weeks,
            TrialSlots = trialSlots, TrialShare = trialShare, ExtraLivesPerWeek = extraLives, HabitChance = habit,
        };

        var backtest = Backtest(Enumerable.Range(1, seeds).Select(Options));
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"backtest ceiling, {seeds} data sets: model {backtest.Model:+0.0%;-0.0%}, planted truth {backtest.Truth:+0.0%;-0.0%}, coverage {backtest.Coverage:0.0%}"));

        Assert.That(backtest.Truth, Is.GreaterThanOrEqualTo(backtest.Model), "nothing beats the truth");
    }

    /// <summary>The best window found with noisier LIVEs than the realistic default (0.45 gives a
    /// spread of about 0.5 between LIVEs of one slot, 0.7 about 0.8, the middle of real LIVEs).</summary>
    [Explicit("Part of the sweep: dotnet test Analytics.Tests -c Release --filter TestCategory=Sweep")]
    [Category("Sweep")]
    [TestCase(0.6)]
    [TestCase(0.7)]
    public void True_best_window_with_noisier_LIVEs(double noise)
    {
        const int seeds = 100;
        var found = Enumerable.Range(1, seeds).Count(seed => FindsBest(PlantedScenarios.Realistic(seed) with { LiveNoise = noise }));
        TestContext.Out.WriteLine(FormattableString.Invariant($"input noise {noise}: true best in top 3 in {found}/{seeds} seeds"));

        Assert.That(found, Is.GreaterThanOrEqualTo(0.8 * seeds), "noisier LIVEs cost some seeds, not most");
    }

    /// <summary>What following each method's top 3 truly earns for single shops that go LIVE
    /// differently from the realistic default: the model beats the per-slot mean, the truth beats both.</summary>
    [Explicit("Part of the sweep: dotnet test Analytics.Tests -c Release --filter TestCategory=Sweep")]
    [Category("Sweep")]
    [TestCase(8, 6, 0.8, 4.0, 0.85, TestName = "{m}: a seller trying six other slots, four extra LIVEs a week")]
    [TestCase(8, 10, 0.9, 6.0, 0.6, TestName = "{m}: a restless seller, eight weeks")]
    [TestCase(12, 10, 0.9, 6.0, 0.6, TestName = "{m}: a restless seller, twelve weeks")]
    [TestCase(4, 3, 0.5, 2.0, 0.85, TestName = "{m}: four weeks of LIVEs")]
    [TestCase(16, 3, 0.5, 2.0, 0.85, TestName = "{m}: sixteen weeks of LIVEs")]
    public void True_worth_for_other_sellers(int weeks, int trialSlots, double trialShare, double extraLives, double habit)
    {
        var (lift, truth) = TrueWorthLift(Enumerable.Range(1, 200).Select(seed => PlantedScenarios.Realistic(seed) with
        {
            WithOrders = false, Weeks = weeks, TrialSlots = trialSlots, TrialShare = trialShare, ExtraLivesPerWeek = extraLives, HabitChance = habit,
        }));
        TestContext.Out.WriteLine(FormattableString.Invariant($"by true worth, 200 single shops: model {lift:+0.0%;-0.0%}, planted truth {truth:+0.0%;-0.0%}"));

        Assert.That(lift, Is.GreaterThan(0), "the model's advice is worth more than the per-slot mean's");
        Assert.That(truth, Is.GreaterThanOrEqualTo(lift), "nothing beats the truth");
    }

    private static double BestWindowUplift(int seed)
    {
        var data = PlantedLiveSimulation.Run(PlantedScenarios.Realistic(seed));
        var shop = data.Shops[0];
        return PlantedScenarios.Fit(data).Predict(shop.Name, Platform.TikTok, data.TrueRanking(shop, 120)[0]).Uplift;
    }

    private static bool FindsBest(int seed) => FindsBest(PlantedScenarios.Realistic(seed));

    private static bool FindsBest(PlantedLiveOptions options)
    {
        var data = PlantedLiveSimulation.Run(options);
        var shop = data.Shops[0];
        var truth = data.TrueRanking(shop, 120);
        Assert.That(data.TrueRate(shop, truth[0]), Is.GreaterThan(data.TrueRate(shop, truth[1])), "the planted best window is unique");
        var top = new WindowRanker(PlantedScenarios.Fit(data)).Recommend(shop.Name, Platform.TikTok, new WindowQuery { WindowMinutes = 120, Top = 3 });
        return top.Windows.Any(w => w.Window == truth[0]);
    }

    private static bool AnyStrong(PlantedLiveOptions options)
    {
        var data = PlantedLiveSimulation.Run(options);
        var windows = new WindowRanker(PlantedScenarios.Fit(data)).All(data.Shops[0].Name, Platform.TikTok, new WindowQuery());
        return windows.Any(w => w.Prediction.Evidence == Evidence.Strong);
    }
}
