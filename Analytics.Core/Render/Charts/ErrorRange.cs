namespace LivePeak.Analytics.Render.Charts;

/// <summary>An interval at a position, such as a 90% interval around an estimate.</summary>
public readonly record struct ErrorRange(double Position, double Low, double High)
{
    public string? Description { get; init; }
}
