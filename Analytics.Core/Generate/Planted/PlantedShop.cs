using NodaTime;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>One simulated shop: its level, its habits, and its own planted best window if any.</summary>
/// <param name="TrialSlots">Times outside its habits it keeps trying (see <see cref="PlantedLiveOptions.TrialSlots"/>).</param>
/// <param name="GrowthPerMonth">Log change of the shop's level per month (season and growth).</param>
public sealed record PlantedShop(
    int Index,
    string Name,
    double GmvPerHour,
    double GrowthPerMonth,
    int EveningHour,
    IReadOnlyList<IsoDayOfWeek> EveningDays,
    int MorningHour,
    IReadOnlyList<IsoDayOfWeek> MorningDays,
    SlotEffect? BestWindow,
    IReadOnlyList<(IsoDayOfWeek Day, int Hour)> TrialSlots);
