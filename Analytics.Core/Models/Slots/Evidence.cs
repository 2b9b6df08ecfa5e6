namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// How sure a claim about a window is: that it earns more (or less) per live hour than the
/// shop's typical live hour. A window many LIVEs stand behind but that earns about the average
/// is <see cref="Thin"/>: there is no sure difference to claim.
/// </summary>
public enum Evidence
{
    /// <summary>The shop has not gone LIVE in this window: the prediction is the group's pattern.</summary>
    None = 0,

    /// <summary>One or two LIVEs, or no clear difference from the shop's average yet.</summary>
    Thin = 1,

    /// <summary>At least 3 LIVEs and at least an 80% chance the difference has the sign shown.</summary>
    Moderate = 2,

    /// <summary>At least 6 LIVEs and at least a 95% chance the difference has the sign shown.</summary>
    Strong = 3,
}

public static class EvidenceRules
{
    public const int ModerateLives = 3;
    public const double ModerateProbability = 0.8;
    public const int StrongLives = 6;
    public const double StrongProbability = 0.95;

    /// <param name="sessions">LIVEs of the shop behind the window.</param>
    /// <param name="probabilityBetter">The chance the window beats the shop's typical live hour.</param>
    public static Evidence Of(int sessions, double probabilityBetter)
    {
        var sure = Math.Max(probabilityBetter, 1 - probabilityBetter);
        return sessions switch
        {
            0 => Evidence.None,
            >= StrongLives when sure >= StrongProbability => Evidence.Strong,
            >= ModerateLives when sure >= ModerateProbability => Evidence.Moderate,
            _ => Evidence.Thin,
        };
    }

    public static string ToSlug(this Evidence evidence) => evidence switch
    {
        Evidence.Strong => "strong",
        Evidence.Moderate => "moderate",
        Evidence.Thin => "thin",
        _ => "none",
    };
}
