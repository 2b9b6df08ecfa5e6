namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>What to rank: window length, day-specific or every-day windows, how sure, how many.</summary>
public sealed record WindowRankingOptions
{
    /// <summary>Window length in minutes (a whole number of hours).</summary>
    public int WindowMinutes { get; init; } = 120;

    /// <summary>Rank windows of the day (10:00-12:00 on any day) rather than of the week (Sat 20:00-22:00).</summary>
    public bool EveryDay { get; init; }

    public int Count { get; init; } = 5;

    /// <summary>Coverage of the intervals.</summary>
    public double Confidence { get; init; } = 0.9;

    public int Resamples { get; init; } = 2000;

    public int Seed { get; init; } = 42;

    /// <summary>LIVEs needed before windows are measured by GMV per LIVE hour instead of GMV per day.</summary>
    public int MinimumSessions { get; init; } = 3;
}
