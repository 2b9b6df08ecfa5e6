using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Tests.Models;

/// <summary>The planted data the model tests share, and the windows a seller would be shown.</summary>
internal static class PlantedScenarios
{
    /// <summary>Eight weeks of one shop with a realistic daily shape and its own best two hours,
    /// twice as good as the same hours on other days.</summary>
    public static PlantedLiveOptions Realistic(int seed) => new()
    {
        Seed = seed,
        Weeks = 8,
        TypicalGmvPerHour = 3_000_000,
        Effects = PlantedLiveOptions.RealisticShape,
        BestWindowMultiplier = 2.0,
    };

    /// <summary>The same shop with no slot effect at all: every hour of the week sells alike.</summary>
    public static PlantedLiveOptions Null(int seed) => new()
    {
        Seed = seed,
        Weeks = 8,
        TypicalGmvPerHour = 3_000_000,
    };

    /// <summary>Every two-hour window of the week starting on the hour.</summary>
    public static IReadOnlyList<Window> TwoHourWindows() =>
        Enumerable.Range(0, SlotLength.Hour.SlotsPerWeek).Select(i => new Window(SlotLength.Hour.SlotAt(i), 2)).ToList();

    public static SlotModel Fit(PlantedLives data, SlotModelOptions? options = null) =>
        new SlotModelTrainer(options ?? new SlotModelOptions()).Fit(data.Outcomes);
}
