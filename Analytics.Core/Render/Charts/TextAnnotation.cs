namespace LivePeak.Analytics.Render.Charts;

/// <summary>A text at a data position, nudged by a pixel offset (e.g. an evidence label beside a whisker).</summary>
public sealed class TextAnnotation(double x, double y, string text) : Plottable
{
    public double X { get; } = x;

    public double Y { get; } = y;

    public string Text { get; } = text;

    public TextAnchor Anchor { get; set; } = TextAnchor.Start;

    public double OffsetX { get; set; }

    public double OffsetY { get; set; }

    public Color? Color { get; set; }

    public bool Bold { get; set; }

    public override AxisLimits Limits() => AxisLimits.None;
}
