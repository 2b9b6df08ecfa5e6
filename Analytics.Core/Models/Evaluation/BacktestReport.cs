namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>What a backtest found: per method, and per fold.</summary>
/// <param name="TestLivesCovered">Test LIVEs whose GMV per live hour fell inside the model's interval.</param>
public sealed record BacktestReport(
    BacktestOptions Options,
    IReadOnlyList<BacktestFold> Folds,
    IReadOnlyList<MethodScores> Methods,
    int TestLives,
    int TestLivesCovered)
{
    public double? Coverage => TestLives > 0 ? (double)TestLivesCovered / TestLives : null;

    public MethodScores Method(string name) => Methods.Single(m => m.Method == name);

    /// <summary>The model's top windows' realised GMV per live hour over the per-slot mean's, minus one.</summary>
    public double? ModelVsSlotMean
    {
        get
        {
            var mean = Method("per-slot mean").TopGmvPerHour;
            return mean > 0 ? Method("model").TopGmvPerHour / mean - 1 : null;
        }
    }
}
