using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;
using NodaTime;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>
/// A rolling time-split backtest: fit on earlier weeks, score the weeks after, as a seller would
/// have used the advice. Weeks count from the Monday of the first LIVE. In each fold and for each
/// shop, the windows compared are those the shop really went LIVE in during the test weeks (a
/// LIVE belongs to the window of the given length starting at its start, rounded to the hour);
/// what a window really earned is the mean GMV per live hour of its test LIVEs. Every method
/// ranks the same windows, so none is judged on windows nobody tried. Intervals are checked on
/// every test LIVE: does its GMV per live hour fall in the model's range?
/// <para>
/// A method's top windows are therefore its best k among the windows with held-out LIVEs: the
/// same as going down its whole ranking of the week and passing over every window the shop did
/// not go LIVE in during the test weeks. What such a window would have earned is unknown;
/// counting it as zero, or as the shop's average, would judge a method by what the seller
/// happened to try next rather than by its advice, and filling it in from a model would let a
/// model grade itself. The price: methods differ only in how they order the windows the seller
/// kept using, so the gap between them is at most what the best order of those windows earns
/// (on planted data, <c>planted truth</c> as the reference shows that ceiling).
/// </para>
/// </summary>
public sealed class BacktestEvaluator(BacktestOptions options)
{
    public BacktestOptions Options { get; } = options;

    /// <param name="reference">An extra method scored beside the others, such as the planted truth of
    /// generated data: the ceiling any method could reach on these test weeks.</param>
    public BacktestReport Evaluate(IReadOnlyList<LiveOutcome> lives, IWindowScorer? reference = null)
    {
        Options.Validate();
        if (lives.Count == 0)
        {
            throw new ArgumentException("no LIVEs to backtest on", nameof(lives));
        }

        var monday = FirstMonday(lives);
        var weeks = WeeksSpanned(lives);
        if (weeks < Options.TrainWeeks + Options.TestWeeks)
        {
            throw new ArgumentException(
                $"the LIVEs span {weeks} week(s); a backtest with {Options.TrainWeeks} train and {Options.TestWeeks} test weeks needs {Options.TrainWeeks + Options.TestWeeks}",
                nameof(lives));
        }

        var folds = new List<BacktestFold>();
        var tallies = new Dictionary<string, Tally>();
        int tested = 0, covered = 0;
        for (var start = Options.TrainWeeks; start + Options.TestWeeks <= weeks; start += Options.TestWeeks)
        {
            var train = lives.Where(l => Week(monday, l) >= start - Options.TrainWeeks && Week(monday, l) < start).ToList();
            var test = lives.Where(l => Week(monday, l) >= start && Week(monday, l) < start + Options.TestWeeks).ToList();
            if (train.Count == 0 || test.Count == 0)
            {
                continue;
            }

            var model = new SlotModelTrainer(Options.Model).Fit(train);
            foreach (var live in test.Where(l => l.Minutes >= Options.Model.MinimumMinutes && l.Minutes <= Options.Model.MaximumMinutes))
            {
                var p = model.Predict(live);
                tested++;
                covered += live.GmvPerHour >= p.Low && live.GmvPerHour <= p.High ? 1 : 0;
            }

            IWindowScorer[] scorers = [new ModelScorer(model), new SlotMeanScorer(train), new FixedRuleScorer(), new HabitScorer(model), .. reference is null ? Array.Empty<IWindowScorer>() : [reference]];
            var shops = 0;
            foreach (var account in test.GroupBy(l => (l.Shop, l.Platform)))
            {
                if (model.Account(account.Key.Shop, account.Key.Platform) is null)
                {
                    continue;
                }

                var menu = account.GroupBy(MenuWindow).Select(g => (Window: g.Key, Realised: g.Average(l => l.GmvPerHour))).ToList();
                if (menu.Count < 2)
                {
                    continue;
                }

                shops++;
                var realised = menu.Select(m => m.Realised).ToList();
                var average = realised.Average();
                foreach (var scorer in scorers)
                {
                    var scores = menu.Select(m => scorer.Score(account.Key.Shop, account.Key.Platform, m.Window)).ToList();
                    var tally = tallies.TryGetValue(scorer.Name, out var t) ? t : tallies[scorer.Name] = new Tally();
                    tally.Add(
                        RankingMetrics.NdcgAt(Options.TopK, scores, realised), RankingMetrics.Spearman(scores, realised),
                        RankingMetrics.TopMean(Options.TopK, scores, realised), average);
                }
            }

            folds.Add(new BacktestFold(monday.PlusWeeks(start - Options.TrainWeeks), monday.PlusWeeks(start), monday.PlusWeeks(start + Options.TestWeeks), train.Count, test.Count, shops));
        }

        var coverage = tested > 0 ? (double?)covered / tested : null;
        var methods = new[] { "model", "per-slot mean", "10-12 / 20-22 rule", "habitual slots" }.Concat(reference is null ? [] : [reference.Name])
            .Select(name => (tallies.TryGetValue(name, out var t) ? t : new Tally()).Scores(name, name == "model" ? coverage : null))
            .ToList();
        return new BacktestReport(Options, folds, methods, tested, covered);
    }

    /// <summary>The window a test LIVE stands for: the given length from its start, rounded to the hour.</summary>
    private Window MenuWindow(LiveOutcome live)
    {
        var hourOfWeek = (int)Math.Round(live.StartMinuteOfWeek / 60.0, MidpointRounding.AwayFromZero) % MinuteShares.HoursPerWeek;
        return new Window(SlotLength.Hour.SlotAt(hourOfWeek), Options.WindowMinutes / 60);
    }

    /// <summary>Weeks from the Monday of the first LIVE to the end of the week of the last.</summary>
    public static int WeeksSpanned(IReadOnlyList<LiveOutcome> lives)
    {
        var monday = FirstMonday(lives);
        return lives.Max(l => Week(monday, l)) + 1;
    }

    private static LocalDate FirstMonday(IReadOnlyList<LiveOutcome> lives)
    {
        var first = lives.Min(l => l.Start.Date);
        return first.PlusDays(1 - (int)first.DayOfWeek);
    }

    private static int Week(LocalDate monday, LiveOutcome live) => Period.Between(monday, live.Start.Date, PeriodUnits.Days).Days / 7;

    private sealed class Tally
    {
        private readonly List<double> _ndcg = [];
        private readonly List<double> _spearman = [];
        private readonly List<double> _top = [];
        private readonly List<double> _vsAverage = [];

        public void Add(double? ndcg, double? spearman, double top, double average)
        {
            if (ndcg is { } n)
            {
                _ndcg.Add(n);
            }

            if (spearman is { } s)
            {
                _spearman.Add(s);
            }

            _top.Add(top);
            _vsAverage.Add(average > 0 ? top / average - 1 : 0);
        }

        public MethodScores Scores(string name, double? coverage) => new(
            name, Mean(_ndcg), _spearman.Count > 0 ? _spearman.Average() : null, _spearman.Count, Mean(_top), Mean(_vsAverage), coverage, _top.Count);

        private static double Mean(List<double> values) => values.Count > 0 ? values.Average() : double.NaN;
    }
}
