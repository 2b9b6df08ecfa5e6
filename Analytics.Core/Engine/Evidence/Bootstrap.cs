namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>
/// The percentile bootstrap of a mean: resample the observations with replacement many times and
/// take the middle share of the resampled means. No assumption about how sales are spread, which
/// matters for LIVE sales (a few big days, many quiet ones). Seeded, so reports repeat exactly.
/// </summary>
public static class Bootstrap
{
    public static (decimal Mean, decimal Low, decimal High) MeanInterval(IReadOnlyList<decimal> values, double confidence, int resamples, int seed)
    {
        if (values.Count == 0)
        {
            return (0, 0, 0);
        }

        var mean = values.Sum() / values.Count;
        if (values.Count == 1)
        {
            return (mean, mean, mean);
        }

        var random = new Random(seed);
        var means = new decimal[resamples];
        for (var b = 0; b < resamples; b++)
        {
            decimal sum = 0;
            for (var i = 0; i < values.Count; i++)
            {
                sum += values[random.Next(values.Count)];
            }

            means[b] = sum / values.Count;
        }

        Array.Sort(means);
        var tail = (1 - confidence) / 2;
        return (mean, Quantile(means, tail), Quantile(means, 1 - tail));
    }

    /// <summary>Linear interpolation between order statistics (type 7, as R and NumPy default).</summary>
    internal static decimal Quantile(decimal[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (decimal)(h - lo);
    }
}
