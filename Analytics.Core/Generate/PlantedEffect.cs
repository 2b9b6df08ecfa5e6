namespace LivePeak.Analytics.Generate;

/// <summary>
/// What <c>livepeak generate --planted</c> plants in the shops' LIVEs, so that anyone can check
/// the models against a known answer (the truth goes into <c>planted-truth.json</c>).
/// </summary>
public enum PlantedEffect
{
    /// <summary>A realistic week (evenings and lunchtime sell better, nights worse, weekends a
    /// little better) and each shop's own best two hours, at one of its habitual LIVE times, twice
    /// as good as the same hours on other days.</summary>
    Best,

    /// <summary>No slot effect at all: every hour of the week sells alike, so no window is truly
    /// better and none should be called strong.</summary>
    None,
}
