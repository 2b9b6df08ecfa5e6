using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>
/// The plain per-slot mean: each hour of the week gets the mean GMV per live hour of the shop's
/// LIVEs that ran in it (weighted by their minutes there); a window, the mean of its hours that
/// have any. No shrinkage, no controls: the baseline every seller can compute. A window with no
/// LIVE behind it gets the shop's overall mean.
/// </summary>
public sealed class SlotMeanScorer : IWindowScorer
{
    private readonly Dictionary<(string, Platform), (double[] Sum, double[] Weight, double Mean)> _slots = [];

    public SlotMeanScorer(IEnumerable<LiveOutcome> lives)
    {
        var shares = new List<(int Hour, double Share)>();
        foreach (var group in lives.GroupBy(l => (l.Shop, l.Platform)))
        {
            var sum = new double[MinuteShares.HoursPerWeek];
            var weight = new double[MinuteShares.HoursPerWeek];
            foreach (var live in group)
            {
                MinuteShares.Split(live.StartMinuteOfWeek, live.Minutes, shares);
                foreach (var (hour, share) in shares)
                {
                    sum[hour] += share * live.GmvPerHour;
                    weight[hour] += share;
                }
            }

            _slots[group.Key] = (sum, weight, group.Average(l => l.GmvPerHour));
        }
    }

    public string Name => "per-slot mean";

    public double Score(string shop, Platform platform, Window window)
    {
        if (!_slots.TryGetValue((shop, platform), out var slots))
        {
            return 0;
        }

        var shares = new List<(int Hour, double Share)>();
        MinuteShares.Split(WindowRanker.StartOf(window), window.Minutes, shares);
        var known = shares.Where(s => slots.Weight[s.Hour] > 0).Select(s => slots.Sum[s.Hour] / slots.Weight[s.Hour]).ToList();
        return known.Count > 0 ? known.Average() : slots.Mean;
    }
}
