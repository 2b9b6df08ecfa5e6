namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// What the slot model expects of a LIVE in a window, per live hour (GMV or orders, per the
/// model's target).
/// </summary>
/// <param name="Expected">The expected rate of a LIVE there: the mean, not the median.</param>
/// <param name="Low">The lower end of the range the next LIVE's rate falls in with the model's interval level (80% by default).</param>
/// <param name="High">The upper end of that range.</param>
/// <param name="Sessions">LIVEs of this shop and platform behind the window: those that ran through at least half of it (or it through half of them).</param>
/// <param name="Uplift">Expected rate over the shop's typical live hour, minus one (0.25 is 25% more).</param>
/// <param name="ProbabilityBetter">The chance the window beats the shop's typical live hour.</param>
/// <param name="ExpectedUpper">How good the window could turn out: the expected rate if the window's
/// level is at the top of what the data allows (the interval level's upper end, 90% for 80%).</param>
/// <param name="LogMean">The mean of the log rate's expected value (for sampling).</param>
/// <param name="LogMeanSd">Its standard deviation: how unsure the model is of the window's level, not of one LIVE.</param>
public sealed record SlotPrediction(
    double Expected,
    double Low,
    double High,
    int Sessions,
    Evidence Evidence,
    double Uplift,
    double ProbabilityBetter,
    double ExpectedUpper,
    double LogMean,
    double LogMeanSd);
