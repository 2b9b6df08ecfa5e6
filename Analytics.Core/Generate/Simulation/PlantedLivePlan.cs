namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>One planted LIVE of a day, ready for the export simulation: when it was on air and
/// the orders placed through it, as the planted simulation drew them.</summary>
internal sealed record PlantedLivePlan(LiveWindow Window, IReadOnlyList<PlantedLiveOrder> Orders);
