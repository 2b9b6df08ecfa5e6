namespace LivePeak.Analytics.Render.Charts;

/// <summary>
/// A shaded range across the plot, such as a recommended LIVE window 20:00-22:00. A vertical span
/// covers [Start, End] of the bottom axis from top to bottom; a horizontal one a range of the left axis.
/// </summary>
public sealed class Span : Plottable
{
    public Span(double start, double end, Color color)
    {
        Start = Math.Min(start, end);
        End = Math.Max(start, end);
        Color = color;
    }

    public double Start { get; }

    public double End { get; }

    public Color Color { get; set; }

    /// <summary>Fill opacity: light enough that bars read through it.</summary>
    public double Opacity { get; set; } = 0.16;

    public Orientation Orientation { get; set; } = Orientation.Vertical;

    /// <summary>Text written inside the top of the span, e.g. "20:00-22:00".</summary>
    public string? Caption { get; set; }

    public override AxisLimits Limits() => Orientation == Orientation.Vertical
        ? new AxisLimits(Start, End, double.NaN, double.NaN)
        : new AxisLimits(double.NaN, double.NaN, Start, End);
}
