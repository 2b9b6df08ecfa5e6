using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>
/// LIVEs and their orders with known slot effects, for tests and benchmarks of the models: the
/// true best window of every shop is known, so a model can be checked against it. Each shop has
/// habits (an evening LIVE on most of its evening days, a morning LIVE on some days, at its own
/// hours) and tries other times: a few trial slots it comes back to, and the odd one-off LIVE;
/// LIVE results vary a lot from one to the next.
/// </summary>
public sealed record PlantedLiveOptions
{
    public int Shops { get; init; } = 1;

    public int Weeks { get; init; } = 8;

    public int Seed { get; init; } = 1;

    /// <summary>A Monday by default.</summary>
    public LocalDate StartDate { get; init; } = new(2026, 6, 1);

    public Platform Platform { get; init; } = Platform.TikTok;

    /// <summary>Effects for every shop, multiplied together where they overlap.</summary>
    public IReadOnlyList<SlotEffect> Effects { get; init; } = [];

    /// <summary>When set, each shop also gets its own best window: two hours starting at one of its
    /// habitual LIVE times, on one of its habitual days, with this multiplier.</summary>
    public double? BestWindowMultiplier { get; init; }

    /// <summary>The chance a shop goes LIVE at a habitual time on a habitual day.</summary>
    public double HabitChance { get; init; } = 0.85;

    /// <summary>LIVEs a week at other times (trying something new).</summary>
    public double ExtraLivesPerWeek { get; init; } = 2;

    /// <summary>Times outside its habits a shop is trying out (a day and a start hour each). A
    /// seller testing a new time comes back to it a few times before judging it, rather than
    /// going LIVE at a new random hour every time; that leaves slots with two or three LIVEs
    /// behind them, the thin evidence a recommender must not over-trust.</summary>
    public int TrialSlots { get; init; } = 3;

    /// <summary>The share of the other LIVEs that go to the trial slots; the rest are one-offs at random times.</summary>
    public double TrialShare { get; init; } = 0.5;

    /// <summary>Typical GMV per live hour of a shop, VND; shops spread around it.</summary>
    public double TypicalGmvPerHour { get; init; } = 1_500_000;

    /// <summary>Spread of shop levels (standard deviation of the log).</summary>
    public double ShopSpread { get; init; } = 0.6;

    /// <summary>LIVE-to-LIVE luck (standard deviation of the log rate), before order counting.
    /// Real LIVE revenue at one slot of one shop is heavy-tailed, log-normal with a standard
    /// deviation of the log of about 0.5 to 0.9 (a guest, a lucky product, a quiet feed). With
    /// the order counting and the odd viral LIVE (<see cref="ViralChance"/>) on top, 0.45 gives
    /// about 0.5 between LIVEs of one shop in one slot: the quiet end of that range. (0.6 gives
    /// about 0.7, the middle; the model then finds a planted best window less often: see the
    /// README's benchmark section.)</summary>
    public double LiveNoise { get; init; } = 0.45;

    /// <summary>The chance a LIVE goes viral and sells three times its usual.</summary>
    public double ViralChance { get; init; } = 0.03;

    /// <summary>Draw orders with products for each LIVE (needed for product mix; slower).</summary>
    public bool WithOrders { get; init; } = true;

    /// <summary>Put the LIVE's GMV in its report (as a LIVE export does); otherwise only the
    /// orders tell it, through attribution.</summary>
    public bool ReportGmv { get; init; } = true;

    public IReadOnlyList<ProductSlotEffect> ProductEffects { get; init; } =
    [
        new("LGB-500", 18, 24, 3.0),
        new("SR-RI6-1KG", 8, 13, 2.5),
    ];

    public IReadOnlyList<PlantedBundle> Bundles { get; init; } = [new("THACH-DEN-1KG", "NA-CL-1KG", 0.6)];

    /// <summary>A daily shape like real ones: evenings and lunchtime sell better, nights worse,
    /// weekends a little better. Use with <see cref="BestWindowMultiplier"/> for a realistic week.</summary>
    public static IReadOnlyList<SlotEffect> RealisticShape { get; } =
    [
        SlotEffect.Every(new LocalTime(19, 0), 240, 1.25),
        SlotEffect.Every(new LocalTime(11, 0), 120, 1.1),
        SlotEffect.Every(new LocalTime(0, 0), 420, 0.6),
        new([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], new LocalTime(0, 0), 1440, 1.1),
    ];

    public void Validate()
    {
        if (Shops < 1 || Weeks < 1 || HabitChance is < 0 or > 1 || ExtraLivesPerWeek < 0 || TrialSlots < 0 || TrialShare is < 0 or > 1 || TypicalGmvPerHour <= 0 || LiveNoise < 0 ||
            ViralChance is < 0 or > 1 || BestWindowMultiplier is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PlantedLiveOptions), "planted-effect options out of range");
        }
    }
}
