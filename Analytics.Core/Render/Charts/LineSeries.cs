namespace LivePeak.Analytics.Render.Charts;

/// <summary>Points joined by straight lines; NaN values break the line.</summary>
public sealed class LineSeries : Plottable
{
    public LineSeries(IReadOnlyList<double> xs, IReadOnlyList<double> ys, Color color)
    {
        if (xs.Count != ys.Count)
        {
            throw new ArgumentException($"{xs.Count} x values but {ys.Count} y values");
        }

        Xs = xs.ToArray();
        Ys = ys.ToArray();
        Color = color;
    }

    public double[] Xs { get; }

    public double[] Ys { get; }

    public Color Color { get; set; }

    public double LineWidth { get; set; } = 2;

    /// <summary>Radius of a dot at each point; 0 for none.</summary>
    public double MarkerRadius { get; set; }

    /// <summary>Start the value axis at zero, as for counts.</summary>
    public bool FromZero { get; set; } = true;

    public override AxisLimits Limits()
    {
        var points = Xs.Zip(Ys).Where(p => !double.IsNaN(p.First) && !double.IsNaN(p.Second)).ToList();
        if (points.Count == 0)
        {
            return AxisLimits.None;
        }

        var low = points.Min(p => p.Second);
        var high = points.Max(p => p.Second);
        return new AxisLimits(points.Min(p => p.First), points.Max(p => p.First), FromZero ? Math.Min(0, low) : low, FromZero ? Math.Max(0, high) : high);
    }
}
