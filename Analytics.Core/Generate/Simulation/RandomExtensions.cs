namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// Draws used by the simulation. Only +, * and comparisons on <see cref="Random.NextDouble"/>:
/// no Log, Exp or Cos, whose last bit may differ between CPUs and C libraries and would then
/// flip a rounding, so a seed gives the same data on every machine.
/// </summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An index drawn with the given relative weights.</summary>
    public static int PickWeighted(this Random random, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        // Rounding can leave a sliver past the last weight; never fall onto an excluded (zero) item.
        for (var i = weights.Count - 1; i > 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        return 0;
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A bell-shaped factor in [1 - spread, 1 + spread] with mean 1 (sum of three uniforms).</summary>
    public static double Around1(this Random random, double spread) =>
        1 - spread + 2 * spread * (random.NextDouble() + random.NextDouble() + random.NextDouble()) / 3;
}
