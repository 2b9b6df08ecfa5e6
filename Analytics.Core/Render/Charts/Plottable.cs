namespace LivePeak.Analytics.Render.Charts;

/// <summary>Anything drawn inside the plot area, in data coordinates.</summary>
public abstract class Plottable
{
    /// <summary>The legend text; null keeps the item out of the legend.</summary>
    public string? Label { get; set; }

    /// <summary>Measured against the right axis instead of the left.</summary>
    public bool OnRightAxis { get; set; }

    /// <summary>The data rectangle this item needs to be seen whole.</summary>
    public abstract AxisLimits Limits();
}
