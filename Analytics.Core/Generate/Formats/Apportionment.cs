namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Splits a whole total into whole parts proportional to weights (largest remainder, ties to the
/// earlier part), so that per-bucket and per-product figures add up exactly to the LIVE's totals.
/// Integer arithmetic only: the same inputs give the same parts on every machine.
/// </summary>
internal static class Apportionment
{
    public static long[] Split(long total, IReadOnlyList<long> weights)
    {
        var parts = new long[weights.Count];
        var sum = weights.Sum();
        if (sum <= 0 || total <= 0)
        {
            return parts;
        }

        var remainders = new long[weights.Count];
        var given = 0L;
        for (var i = 0; i < weights.Count; i++)
        {
            parts[i] = total * weights[i] / sum;
            remainders[i] = total * weights[i] % sum;
            given += parts[i];
        }

        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)(total - given)))
        {
            parts[i]++;
        }

        return parts;
    }
}
