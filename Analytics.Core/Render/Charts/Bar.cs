namespace LivePeak.Analytics.Render.Charts;

/// <summary>One bar: where it stands on the category axis and how far it reaches.</summary>
public sealed record Bar(double Position, double Value)
{
    /// <summary>What the bar stands for ("10:00"), for tooltips, screen readers and terminals.</summary>
    public string? Category { get; init; }

    /// <summary>Overrides the series colour.</summary>
    public Color? Color { get; init; }

    /// <summary>Text written at the bar's end, e.g. the formatted value.</summary>
    public string? ValueLabel { get; init; }

    /// <summary>Tooltip and accessible description; defaults to the category and value label.</summary>
    public string? Description { get; init; }
}
