using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Models.Windows;

/// <summary>What a seller asks: windows of this length, within these hours, how many, and
/// whether to suggest experiments.</summary>
public sealed record WindowQuery
{
    public const int MinimumMinutes = 30;
    public const int MaximumMinutes = 720;

    /// <summary>The length of a LIVE the seller plans, a multiple of 30 minutes.</summary>
    public int WindowMinutes { get; init; } = 120;

    public int Top { get; init; } = 3;

    public Availability Availability { get; init; } = Availability.Always;

    /// <summary>Experiments to suggest (0 for none).</summary>
    public int Explore { get; init; }

    /// <summary>Draws of the Thompson sampler that scores experiments.</summary>
    public int Draws { get; init; } = 2000;

    /// <summary>Windows start on the hour, or on the half hour too for lengths such as 90 minutes.</summary>
    public int StepMinutes => WindowMinutes % 60 == 0 ? 60 : 30;

    public void Validate()
    {
        if (WindowMinutes < MinimumMinutes || WindowMinutes > MaximumMinutes || WindowMinutes % 30 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowMinutes), WindowMinutes,
                $"a window is {MinimumMinutes} to {MaximumMinutes} minutes long, in steps of 30");
        }

        if (Top < 0 || Explore < 0 || Draws < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Top), "counts must not be negative");
        }
    }
}
