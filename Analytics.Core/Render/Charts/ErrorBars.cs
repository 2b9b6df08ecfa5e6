namespace LivePeak.Analytics.Render.Charts;

/// <summary>Whiskers with caps showing how sure each value is.</summary>
public sealed class ErrorBars : Plottable
{
    public ErrorBars(IEnumerable<ErrorRange> ranges, Color color)
    {
        Ranges = ranges.ToList();
        Color = color;
    }

    public List<ErrorRange> Ranges { get; }

    public Color Color { get; set; }

    /// <summary>Cap length in data units along the category axis.</summary>
    public double CapWidth { get; set; } = 0.3;

    public double LineWidth { get; set; } = 1.5;

    /// <summary>Vertical whiskers stand on a bottom category axis; horizontal ones on a left one.</summary>
    public Orientation Orientation { get; set; } = Orientation.Vertical;

    public override AxisLimits Limits()
    {
        if (Ranges.Count == 0)
        {
            return AxisLimits.None;
        }

        var lowPos = Ranges.Min(r => r.Position) - CapWidth / 2;
        var highPos = Ranges.Max(r => r.Position) + CapWidth / 2;
        var low = Ranges.Min(r => r.Low);
        var high = Ranges.Max(r => r.High);
        return Orientation == Orientation.Vertical
            ? new AxisLimits(lowPos, highPos, low, high)
            : new AxisLimits(low, high, lowPos, highPos);
    }
}
