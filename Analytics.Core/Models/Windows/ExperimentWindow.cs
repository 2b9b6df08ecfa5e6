using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Analytics.Models.Windows;

/// <summary>
/// A window worth trying: the shop has gone LIVE there too seldom to know it, but it could beat
/// the shop's best window. An experiment, not a recommendation.
/// </summary>
/// <param name="ChanceBest">How often, drawing every window's level from what the model knows,
/// this window came out best of all (Thompson sampling).</param>
public sealed record ExperimentWindow(Window Window, SlotPrediction Prediction, double ChanceBest);
