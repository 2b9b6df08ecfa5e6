namespace LivePeak.Analytics.Render.Charts;

/// <summary>The axes of a plot: grid lines across the value (left) axis only, unless asked; the right
/// axis is drawn only when a series is put on it.</summary>
public sealed class PlotAxes
{
    public Axis Bottom { get; } = new() { Grid = false };

    public Axis Left { get; } = new();

    public Axis Right { get; } = new() { Grid = false };
}
