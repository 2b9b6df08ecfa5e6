using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Models.Evaluation;
using LivePeak.Analytics.Models.Slots;
using NodaTime;

namespace LivePeak.Tests.Models;

/// <summary>The rolling backtest: its folds, its metrics, and what it says on planted data.</summary>
[TestFixture]
public sealed class BacktestEvaluatorTests
{
    [Test]
    public void Folds_roll_by_the_test_weeks_from_the_Monday_of_the_first_LIVE()
    {
        // One LIVE a day for ten weeks from Wednesday 2026-06-03: weeks count from Monday 06-01.
        var lives = Enumerable.Range(0, 70)
            .Select(d => new LiveOutcome(Platform.TikTok, "S", new LocalDate(2026, 6, 3).PlusDays(d).At(new LocalTime(20, 0)), 120, 1_000_000 + d, 5))
            .ToList();

        var report = new BacktestEvaluator(new BacktestOptions { TrainWeeks = 4, TestWeeks = 2 }).Evaluate(lives);

        // Ten LIVE days starting mid-week reach into an eleventh week: tests at weeks 4-5, 6-7, 8-9.
        Assert.That(report.Folds.Select(f => (f.TrainFrom, f.TestFrom, f.TestTo)), Is.EqualTo(new[]
        {
            (new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 29), new LocalDate(2026, 7, 13)),
            (new LocalDate(2026, 6, 15), new LocalDate(2026, 7, 13), new LocalDate(2026, 7, 27)),
            (new LocalDate(2026, 6, 29), new LocalDate(2026, 7, 27), new LocalDate(2026, 8, 10)),
        }));
        Assert.That(report.Folds[0].TrainLives, Is.EqualTo(26), "Wednesday 06-03 to Sunday 06-28");
        Assert.That(report.Folds[0].TestLives, Is.EqualTo(14));
        Assert.That(report.TestLives, Is.EqualTo(14 + 14 + 14));
    }

    [Test]
    public void Too_few_weeks_are_refused_with_the_span()
    {
        var lives = new[] { new LiveOutcome(Platform.TikTok, "S", new LocalDateTime(2026, 6, 1, 20, 0), 60, 1, 1) };

        Assert.That(() => new BacktestEvaluator(new BacktestOptions { TrainWeeks = 6, TestWeeks = 2 }).Evaluate(lives),
            Throws.ArgumentException.With.Message.Contains("span 1 week(s)").And.Message.Contains("needs 8"));
    }

    [Test]
    public void On_planted_data_the_model_ranks_better_than_the_baselines_and_its_80_percent_ranges_hold_75_to_85_percent()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions
        {
            Shops = 20, Weeks = 12, Seed = 1, WithOrders = false, TypicalGmvPerHour = 3_000_000,
            Effects = PlantedLiveOptions.RealisticShape, BestWindowMultiplier = 2.0,
        });

        var report = new BacktestEvaluator(new BacktestOptions { TrainWeeks = 6, TestWeeks = 2 }).Evaluate(data.Outcomes, new PlantedTruthScorer(data));

        var model = report.Method("model");
        Assert.Multiple(() =>
        {
            Assert.That(report.Coverage, Is.InRange(0.75, 0.85));
            Assert.That(model.Spearman, Is.GreaterThan(report.Method("per-slot mean").Spearman!.Value));
            Assert.That(model.Spearman, Is.GreaterThan(report.Method("10-12 / 20-22 rule").Spearman!.Value));
            Assert.That(model.Spearman, Is.GreaterThan(report.Method("habitual slots").Spearman!.Value));
            Assert.That(model.Ndcg, Is.GreaterThan(report.Method("habitual slots").Ndcg));
            Assert.That(report.Method("planted truth").Ndcg, Is.GreaterThan(model.Ndcg), "nothing beats the truth");
            Assert.That(report.Methods.Select(m => m.ShopFolds), Has.All.EqualTo(model.ShopFolds), "every method ranks the same windows");
        });
    }
}
