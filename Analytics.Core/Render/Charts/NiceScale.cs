namespace LivePeak.Analytics.Render.Charts;

/// <summary>Round-number axis ranges and ticks (steps of 1, 2, 2.5 or 5 times a power of ten).</summary>
public static class NiceScale
{
    private static readonly double[] Steps = [1, 2, 2.5, 5, 10];

    /// <summary>A tick step giving about <paramref name="target"/> intervals over the range.</summary>
    public static double Step(double min, double max, int target = 5)
    {
        var span = max - min;
        if (!(span > 0))
        {
            return 1;
        }

        var raw = span / target;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var step in Steps)
        {
            if (raw <= step * power * (1 + 1e-9))
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    /// <summary>The data range widened outwards to whole steps; a flat range becomes [v-1, v+1] or [0, 1].</summary>
    public static (double Min, double Max) Extend(double min, double max, int target = 5)
    {
        if (double.IsNaN(min) || double.IsNaN(max))
        {
            return (0, 1);
        }

        if (max - min < 1e-12)
        {
            return min == 0 ? (0, 1) : Extend(Math.Min(0, min), Math.Max(0, max), target);
        }

        var step = Step(min, max, target);
        return (Math.Round(Math.Floor(min / step + 1e-9) * step, 10) + 0.0, Math.Round(Math.Ceiling(max / step - 1e-9) * step, 10) + 0.0);
    }

    public static IReadOnlyList<double> Ticks(double min, double max, int target = 5)
    {
        var step = Step(min, max, target);
        var ticks = new List<double>();
        var first = Math.Ceiling(min / step - 1e-9);
        for (var k = first; k * step <= max + step * 1e-9; k++)
        {
            // Rounding keeps 0.30000000000000004 out of the labels; adding 0 turns -0 into 0.
            ticks.Add(Math.Round(k * step, 10) + 0.0);
        }

        return ticks;
    }
}
