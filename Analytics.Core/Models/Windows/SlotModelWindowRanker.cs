using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Models.Evaluation;
using LivePeak.Analytics.Models.Slots;
using NodaTime;

namespace LivePeak.Analytics.Models.Windows;

/// <summary>
/// Ranks go-live windows for the charts and the report with the slot model: the shop's LIVEs
/// are fitted (with every other shop in the evidence), and the best windows come with the model's
/// expected GMV per live hour, interval and evidence. Where the model has nothing to stand on (no
/// LIVE reports, or the day-agnostic view of an average day) the transparent
/// <see cref="MeanBootstrapRanker"/> answers instead, and its ranking says so.
/// </summary>
public sealed class SlotModelWindowRanker(SlotModelOptions? modelOptions = null) : IWindowRanker
{
    public const string MethodName = "slot-model";

    private readonly MeanBootstrapRanker _fallback = new();

    public WindowRanking Rank(ShopEvidence evidence, WindowRankingOptions options)
    {
        var results = evidence.Ledger.Results();
        if (options.EveryDay || results.Count < options.MinimumSessions || options.WindowMinutes is < WindowQuery.MinimumMinutes or > WindowQuery.MaximumMinutes)
        {
            return _fallback.Rank(evidence, options);
        }

        var model = new SlotModelTrainer((modelOptions ?? new SlotModelOptions()) with { Seed = options.Seed, IntervalLevel = options.Confidence })
            .Fit(evidence.Ledger);

        // Advise the shop (and platform) with the most LIVEs in the evidence.
        var (shop, platform) = results.GroupBy(r => (r.Session.Shop, r.Session.Platform))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Shop, StringComparer.Ordinal).First().Key;
        var advice = new WindowRanker(model).Recommend(shop, platform, new WindowQuery { WindowMinutes = options.WindowMinutes, Top = options.Count });
        var windows = advice.Windows.Select((w, i) => new Domain.RankedWindow
        {
            Rank = i + 1,
            Day = w.Window.First.Day,
            Start = w.Window.First.Start,
            End = LocalTime.FromMinutesSinceMidnight((w.Window.First.StartMinute + w.Window.Minutes) % 1440),
            Measure = WindowMeasure.GmvPerLiveHour,
            Expected = (decimal)w.Prediction.Expected,
            Low = (decimal)w.Prediction.Low,
            High = (decimal)w.Prediction.High,
            Confidence = options.Confidence,
            Sessions = w.Prediction.Sessions,
            Samples = w.Prediction.Sessions,
            Evidence = w.Prediction.Evidence switch
            {
                Evidence.Strong => EvidenceLevel.Strong,
                Evidence.Moderate => EvidenceLevel.Moderate,
                Evidence.Thin => EvidenceLevel.Weak,
                _ => EvidenceLevel.TooLittle,
            },
        }).ToList();
        return new WindowRanking(windows, WindowMeasure.GmvPerLiveHour, MethodName, Backtest(results, options));
    }

    /// <summary>
    /// The model's rolling backtest (fit on earlier weeks, score the weeks after), summed up for
    /// the report: what its top windows earned per live hour against the average window tried.
    /// Six weeks to learn and two to score where the data has them, fewer where it does not.
    /// </summary>
    private Backtest? Backtest(IReadOnlyList<Engine.SessionResult> results, WindowRankingOptions options)
    {
        var lives = LiveOutcome.FromResults(results);
        var weeks = BacktestEvaluator.WeeksSpanned(lives);
        if (weeks < 3)
        {
            return null;
        }

        var (train, test) = weeks >= 8 ? (6, 2) : (weeks - 1, 1);
        try
        {
            var report = new BacktestEvaluator(new BacktestOptions
            {
                TrainWeeks = train,
                TestWeeks = test,
                WindowMinutes = options.WindowMinutes,
                Model = (modelOptions ?? new SlotModelOptions()) with { Seed = options.Seed },
            }).Evaluate(lives);
            if (report.Folds.Count == 0 || report.TestLives == 0)
            {
                return null;
            }

            var model = report.Method("model");
            var average = model.TopGmvPerHour / (1 + model.TopVsAverage);
            return new Backtest(
                report.Folds[0].TrainFrom, report.Folds[^1].TestFrom.PlusDays(-1), report.Folds[0].TestFrom, report.Folds[^1].TestTo,
                report.Options.TopK, (decimal)model.TopGmvPerHour, (decimal)average, report.TestLives);
        }
        catch (ArgumentException)
        {
            // Too little data for the folds asked: the report shows no backtest rather than a wrong one.
            return null;
        }
    }
}
