using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Analytics.Models.Windows;

/// <summary>A window with what the model expects of a LIVE in it.</summary>
public sealed record RankedWindow(Window Window, SlotPrediction Prediction);
