namespace LivePeak.Analytics.Render.Charts;

/// <summary>A labelled mark on an axis at a data position.</summary>
public readonly record struct Tick(double Position, string Label);
