using System.Text;
using LivePeak.Analytics.Render.Charts;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>A series as one line of block characters ▁▂▃▄▅▆▇█, squeezed to the room there is.</summary>
public static class Sparkline
{
    private const string Levels = "▁▂▃▄▅▆▇█";

    /// <summary>The values as blocks, at most <paramref name="width"/> of them (neighbours averaged); NaN is a space.</summary>
    public static string Of(IReadOnlyList<double> values, int width)
    {
        if (values.Count == 0 || width <= 0)
        {
            return string.Empty;
        }

        var buckets = Math.Min(width, values.Count);
        var means = new double[buckets];
        for (var b = 0; b < buckets; b++)
        {
            var from = b * values.Count / buckets;
            var to = Math.Max(from + 1, (b + 1) * values.Count / buckets);
            var finite = values.Skip(from).Take(to - from).Where(double.IsFinite).ToList();
            means[b] = finite.Count == 0 ? double.NaN : finite.Average();
        }

        var present = means.Where(double.IsFinite).ToList();
        var min = present.Count == 0 ? 0 : Math.Min(0, present.Min());
        var max = present.Count == 0 ? 0 : present.Max();
        var sb = new StringBuilder(buckets);
        foreach (var m in means)
        {
            sb.Append(double.IsNaN(m) ? ' ' : Levels[max > min ? (int)Math.Round((m - min) / (max - min) * (Levels.Length - 1)) : 0]);
        }

        return sb.ToString();
    }

    /// <summary>"Viewers ▁▂▅█▆▃ max 1.2k".</summary>
    public static string Labelled(LineSeries line, Func<double, string> format, int width)
    {
        var label = line.Label ?? string.Empty;
        var finite = line.Ys.Where(double.IsFinite).ToList();
        var max = finite.Count == 0 ? string.Empty : " max " + format(finite.Max());
        return $"{label} {Of(line.Ys, Math.Max(8, width - label.Length - max.Length - 2))}{max}";
    }
}
