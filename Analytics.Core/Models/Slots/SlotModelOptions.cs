namespace LivePeak.Analytics.Models.Slots;

/// <summary>How to fit a <see cref="SlotModel"/>. The defaults suit a few weeks to a few years of LIVEs.</summary>
public sealed record SlotModelOptions
{
    /// <summary>GMV or orders per live hour.</summary>
    public SlotTarget Target { get; init; } = SlotTarget.Gmv;

    /// <summary>The width of the prediction interval (0.8: an 80% range for the next LIVE).</summary>
    public double IntervalLevel { get; init; } = 0.8;

    /// <summary>Fit a separate effect for each day x hour (and per shop) on top of the hour and day
    /// effects. Its strength is estimated from the data, so with little data it shrinks to nothing.</summary>
    public bool DayHourInteraction { get; init; } = true;

    /// <summary>LIVEs shorter than this (test broadcasts) or longer than <see cref="MaximumMinutes"/>
    /// (a stream left running) say little about a slot and are left out.</summary>
    public double MinimumMinutes { get; init; } = 10;

    public double MaximumMinutes { get; init; } = 12 * 60;

    /// <summary>A LIVE's rate is floored at this share of its shop's median rate before taking logs,
    /// so a LIVE that sold nothing counts as a very poor LIVE rather than minus infinity.</summary>
    public double ZeroFloorShare { get; init; } = 0.1;

    /// <summary>Rounds of re-estimating how strongly each effect is shrunk.</summary>
    public int MaxIterations { get; init; } = 60;

    /// <summary>Stop when no shrinkage strength changes by more than this fraction.</summary>
    public double Tolerance { get; init; } = 1e-2;

    /// <summary>The seed of every random draw the model makes (exploration); the fit itself is exact.</summary>
    public int Seed { get; init; } = 42;

    public void Validate()
    {
        if (!(IntervalLevel is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(IntervalLevel), IntervalLevel, "the interval level lies strictly between 0 and 1");
        }

        if (!(MinimumMinutes >= 0 && MaximumMinutes > MinimumMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumMinutes), "the maximum length must exceed the minimum");
        }

        if (!(ZeroFloorShare > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(ZeroFloorShare), ZeroFloorShare, "the floor share must be above 0");
        }

        if (MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "at least one iteration");
        }
    }
}
