using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;
using NodaTime;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>
/// What <c>livepeak generate --planted</c> plants, and the truth file it writes beside the exports
/// (<see cref="TruthFileName"/>): each shop's planted best window and the true worth of every hour
/// of its week, so anyone can check what <c>livepeak recommend</c> answers.
/// </summary>
public static class PlantedExport
{
    public const string TruthFileName = "planted-truth.json";

    /// <summary>How much better a shop's own best two hours sell than the same hours on other days.</summary>
    public const double BestWindowMultiplier = 2.0;

    /// <summary>The planted-LIVE options behind generate options with <see cref="GenerateOptions.Planted"/> set.</summary>
    public static PlantedLiveOptions Options(GenerateOptions options)
    {
        var planted = options.Planted ?? throw new ArgumentException("no planted effect chosen", nameof(options));
        return new PlantedLiveOptions
        {
            Shops = options.Shops,
            Weeks = options.Weeks,
            Seed = options.Seed,
            StartDate = options.StartDate,
            Platform = options.Format.LivePlatform(),
            TypicalGmvPerHour = 3_000_000,
            Effects = planted == PlantedEffect.Best ? PlantedLiveOptions.RealisticShape : [],
            BestWindowMultiplier = planted == PlantedEffect.Best ? BestWindowMultiplier : null,
        };
    }

    /// <summary>Writes the truth as JSON: per shop, its best window (null without one), its
    /// typical GMV per live hour, and each hour of the week's true relative worth (1 = an
    /// ordinary hour; Monday 00:00 first).</summary>
    public static string WriteTruth(PlantedLives data, PlantedEffect effect, string path)
    {
        var truth = new
        {
            planted = effect == PlantedEffect.Best ? "best" : "none",
            seed = data.Options.Seed,
            weeks = data.Options.Weeks,
            windowMinutes = 120,
            note = "worth: the true rate of GMV per live hour relative to an ordinary hour; expectedGmvPerLiveHour = the shop's level x worth, at the start of the period",
            shops = data.Shops.Select(shop => new
            {
                name = shop.Name,
                platform = data.Options.Platform.ToSlug(),
                gmvPerLiveHour = Math.Round(shop.GmvPerHour),
                bestWindow = shop.BestWindow is { } best ? new
                {
                    day = DayName(best.Days[0]),
                    start = best.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                    end = best.Start.PlusMinutes(best.Minutes).ToString("HH:mm", CultureInfo.InvariantCulture),
                    multiplier = best.Multiplier,
                } : null,
                habits = new
                {
                    evening = shop.EveningDays.Select(DayName).ToList(),
                    eveningHour = shop.EveningHour,
                    morning = shop.MorningDays.Select(DayName).ToList(),
                    morningHour = shop.MorningHour,
                    trials = shop.TrialSlots.Select(t => new { day = DayName(t.Day), hour = t.Hour }).ToList(),
                },
                slots = Enumerable.Range(0, SlotLength.Hour.SlotsPerWeek).Select(i =>
                {
                    var slot = SlotLength.Hour.SlotAt(i);
                    var worth = data.TrueRate(shop, new Window(slot, 1));
                    return new
                    {
                        day = DayName(slot.Day),
                        start = slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                        worth = Math.Round(worth, 4),
                        expectedGmvPerLiveHour = Math.Round(shop.GmvPerHour * worth),
                    };
                }).ToList(),
            }).ToList(),
        };
        var json = JsonSerializer.Serialize(truth, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(path, json + "\n", new System.Text.UTF8Encoding(false));
        return path;
    }

    private static string DayName(IsoDayOfWeek day) => day.ToString()[..3];
}
