using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Models.Windows;

/// <summary>The best windows for one shop on one platform, and the experiments worth trying.</summary>
/// <param name="AveragePerHour">The shop's own average: GMV (or orders) of its LIVEs over their live hours.</param>
/// <param name="TypicalPerHour">What the model expects of the shop's typical live hour (the base of the uplifts).</param>
public sealed record Recommendation(
    string Shop,
    Platform Platform,
    int Lives,
    double AveragePerHour,
    double TypicalPerHour,
    IReadOnlyList<RankedWindow> Windows,
    IReadOnlyList<ExperimentWindow> Experiments);
