using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;

namespace LivePeak.Tests.Models.Windows;

/// <summary>The charts and the report rank windows with the slot model wherever it has LIVEs to stand on.</summary>
[TestFixture]
public sealed class SlotModelWindowRankerTests
{
    private static EvidenceBuilder EvidenceOf(PlantedLives data, bool withLives)
    {
        var evidence = new EvidenceBuilder(new CubeOptions());
        if (withLives)
        {
            foreach (var session in data.Sessions)
            {
                evidence.AddSession(session);
            }
        }

        foreach (var line in data.Lines)
        {
            evidence.AddLine(line);
        }

        return evidence;
    }

    [Test]
    public void With_LIVEs_the_windows_are_the_models_and_match_recommend()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions { Weeks = 8, Seed = 5 });
        var evidence = EvidenceOf(data, withLives: true);
        var options = new WindowRankingOptions { WindowMinutes = 120, Count = 3, Confidence = 0.8 };

        var ranking = new SlotModelWindowRanker().Rank(evidence.All, options);

        var model = new SlotModelTrainer(new SlotModelOptions { Seed = options.Seed, IntervalLevel = 0.8 }).Fit(evidence.All.Ledger);
        var shop = data.Sessions[0];
        var advice = new WindowRanker(model).Recommend(shop.Shop, shop.Platform, new WindowQuery { WindowMinutes = 120, Top = 3 });
        Assert.That(ranking.Method, Is.EqualTo(SlotModelWindowRanker.MethodName));
        Assert.That(ranking.Windows.Select(w => (w.Day, w.Start)), Is.EqualTo(advice.Windows.Select(w => ((NodaTime.IsoDayOfWeek?)w.Window.First.Day, w.Window.First.Start))));
        Assert.That(ranking.Windows.Select(w => w.Expected), Is.EqualTo(advice.Windows.Select(w => (decimal)w.Prediction.Expected)));
        Assert.That(ranking.Windows.All(w => w.Low <= w.Expected && w.Expected <= w.High), Is.True);
        Assert.That(ranking.Backtest, Is.Not.Null, "8 weeks of LIVEs: 6 to learn, 2 to check");
        Assert.That((ranking.Backtest!.TopWindows, ranking.Backtest.TestFrom > ranking.Backtest.TrainFrom, ranking.Backtest.Samples > 0), Is.EqualTo((3, true, true)));
    }

    [Test]
    public void With_orders_only_the_transparent_stand_in_answers_and_says_so()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions { Weeks = 8, Seed = 5 });

        var ranking = new SlotModelWindowRanker().Rank(EvidenceOf(data, withLives: false).All, new WindowRankingOptions());

        Assert.That(ranking.Method, Is.EqualTo(MeanBootstrapRanker.MethodName));
        Assert.That(ranking.Measure, Is.EqualTo(WindowMeasure.GmvPerDay));
    }
}
