using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>
/// A time window recommended for going LIVE, with how much it is expected to earn, how sure that
/// is, and what stands behind it. Whatever ranks windows (the stand-in in
/// <c>Engine/Evidence</c> or a fitted model) hands these to the charts and the report.
/// </summary>
public sealed record RankedWindow
{
    /// <summary>1 for the best window.</summary>
    public required int Rank { get; init; }

    /// <summary>The day of week, or null for a window recommended on every day.</summary>
    public IsoDayOfWeek? Day { get; init; }

    public required LocalTime Start { get; init; }

    /// <summary>The end as a time of day (00:00 for a window ending at midnight).</summary>
    public required LocalTime End { get; init; }

    /// <summary>What <see cref="Expected"/>, <see cref="Low"/> and <see cref="High"/> measure.</summary>
    public required WindowMeasure Measure { get; init; }

    /// <summary>The expected value (a mean, or a model's prediction).</summary>
    public required decimal Expected { get; init; }

    /// <summary>Lower end of the interval (see <see cref="Confidence"/>).</summary>
    public required decimal Low { get; init; }

    public required decimal High { get; init; }

    /// <summary>The interval's coverage, e.g. 0.9 for a 90% interval.</summary>
    public double Confidence { get; init; } = 0.9;

    /// <summary>LIVEs that started in the window.</summary>
    public int Sessions { get; init; }

    /// <summary>Observations behind the estimate: LIVEs, or days, as the measure says.</summary>
    public int Samples { get; init; }

    public required EvidenceLevel Evidence { get; init; }

    public LocalDate? FirstDate { get; init; }

    public LocalDate? LastDate { get; init; }

    public int StartMinute => Start.Hour * 60 + Start.Minute;

    /// <summary>Length in minutes; a window ending at midnight (or past it) is measured across it.</summary>
    public int Minutes
    {
        get
        {
            var minutes = ((End.Hour * 60 + End.Minute - StartMinute) % 1440 + 1440) % 1440;
            return minutes == 0 ? 1440 : minutes;
        }
    }

    /// <summary>True when the two windows share some minute of some day.</summary>
    public bool Overlaps(RankedWindow other)
    {
        if (Day is { } a && other.Day is { } b && a != b)
        {
            return false;
        }

        var s1 = StartMinute;
        var s2 = other.StartMinute;
        return s1 < s2 + other.Minutes && s2 < s1 + Minutes;
    }
}
