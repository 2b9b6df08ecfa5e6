namespace LivePeak.Analytics.Render.Charts;

/// <summary>Which way bars grow: up from the bottom axis, or right from the left axis.</summary>
public enum Orientation
{
    Vertical,
    Horizontal,
}
