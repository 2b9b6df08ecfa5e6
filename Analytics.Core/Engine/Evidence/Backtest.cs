using NodaTime;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>
/// A ranking made on the earlier days only, checked on the later days it never saw: did its top
/// windows earn more there than an average window?
/// </summary>
/// <param name="TopWindows">How many top windows were checked.</param>
/// <param name="TopMean">Mean of the measure in those windows over the held-out days.</param>
/// <param name="AllMean">Mean of the measure over every window in the held-out days.</param>
/// <param name="Samples">Observations of the top windows in the held-out days.</param>
public sealed record Backtest(
    LocalDate TrainFrom,
    LocalDate TrainTo,
    LocalDate TestFrom,
    LocalDate TestTo,
    int TopWindows,
    decimal TopMean,
    decimal AllMean,
    int Samples)
{
    /// <summary>How many times an average window the top windows earned; null when the average is zero.</summary>
    public decimal? Lift => AllMean > 0 ? TopMean / AllMean : null;
}
