using MathNet.Numerics.Statistics;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>
/// How well a ranking of windows matches what they really earned. Tied scores are treated
/// fairly: as if every order of the tied windows were equally likely (McSherry and Najork,
/// 2008), so a method that cannot tell windows apart gets the average, not a lucky order.
/// </summary>
public static class RankingMetrics
{
    /// <summary>
    /// Normalised discounted cumulative gain of the first <paramref name="k"/> places: the gains
    /// (realised GMV per live hour) in the order of the scores, each discounted by log2(place + 1),
    /// over the same for the best possible order. 1 is a perfect top k. Null without any gain.
    /// </summary>
    public static double? NdcgAt(int k, IReadOnlyList<double> scores, IReadOnlyList<double> gains)
    {
        if (scores.Count != gains.Count)
        {
            throw new ArgumentException("one score per gain", nameof(scores));
        }

        if (gains.Any(g => g < 0))
        {
            throw new ArgumentException("gains must not be negative", nameof(gains));
        }

        var ideal = Dcg(k, gains.OrderByDescending(g => g).Select(g => new[] { g }).ToList());
        if (ideal <= 0)
        {
            return null;
        }

        // Groups of tied scores, best first; each place in a group earns the group's mean gain.
        var groups = Enumerable.Range(0, scores.Count)
            .GroupBy(i => scores[i])
            .OrderByDescending(g => g.Key)
            .Select(g => g.Select(i => gains[i]).ToArray())
            .ToList();
        return Dcg(k, groups) / ideal;
    }

    private static double Dcg(int k, IReadOnlyList<double[]> groups)
    {
        var total = 0.0;
        var place = 0;
        foreach (var group in groups)
        {
            var mean = group.Average();
            foreach (var _ in group)
            {
                place++;
                if (place > k)
                {
                    return total;
                }

                total += mean / Math.Log2(place + 1);
            }
        }

        return total;
    }

    /// <summary>Spearman's rank correlation (ties get their average rank); null when either side is constant or there are fewer than three.</summary>
    public static double? Spearman(IReadOnlyList<double> scores, IReadOnlyList<double> realised)
    {
        if (scores.Count != realised.Count)
        {
            throw new ArgumentException("one score per realised value", nameof(scores));
        }

        if (scores.Count < 3 || scores.Distinct().Count() < 2 || realised.Distinct().Count() < 2)
        {
            return null;
        }

        return Correlation.Spearman(scores, realised);
    }

    /// <summary>The mean realised value of the top <paramref name="k"/> by score, ties shared out
    /// as in <see cref="NdcgAt"/>: the expected mean if tied windows were picked at random.</summary>
    public static double TopMean(int k, IReadOnlyList<double> scores, IReadOnlyList<double> realised)
    {
        var take = Math.Min(k, scores.Count);
        if (take == 0)
        {
            return double.NaN;
        }

        var total = 0.0;
        var left = (double)take;
        foreach (var group in Enumerable.Range(0, scores.Count).GroupBy(i => scores[i]).OrderByDescending(g => g.Key))
        {
            var values = group.Select(i => realised[i]).ToArray();
            var used = Math.Min(left, values.Length);
            total += used * values.Average();
            left -= used;
            if (left <= 0)
            {
                break;
            }
        }

        return total / take;
    }
}
