namespace LivePeak.Analytics.Render.Charts;

/// <summary>Bars from a zero baseline, vertical or horizontal.</summary>
public sealed class BarSeries : Plottable
{
    public BarSeries(IEnumerable<Bar> bars, Color color)
    {
        Bars = bars.ToList();
        Color = color;
    }

    public List<Bar> Bars { get; }

    public Color Color { get; set; }

    /// <summary>Bar thickness in data units (1 = touching neighbours).</summary>
    public double Width { get; set; } = 0.8;

    public Orientation Orientation { get; set; } = Orientation.Vertical;

    public override AxisLimits Limits()
    {
        if (Bars.Count == 0)
        {
            return AxisLimits.None;
        }

        var lowPos = Bars.Min(b => b.Position) - Width / 2;
        var highPos = Bars.Max(b => b.Position) + Width / 2;
        var lowValue = Math.Min(0, Bars.Min(b => b.Value));
        var highValue = Math.Max(0, Bars.Max(b => b.Value));
        return Orientation == Orientation.Vertical
            ? new AxisLimits(lowPos, highPos, lowValue, highValue)
            : new AxisLimits(lowValue, highValue, lowPos, highPos);
    }
}
