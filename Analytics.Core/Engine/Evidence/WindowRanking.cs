using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>The ranked windows and how they were found.</summary>
/// <param name="Method">Which ranker made them, e.g. <c>mean-bootstrap</c>; the report explains each.</param>
/// <param name="Backtest">How the ranking did on days it did not see, where there were enough.</param>
public sealed record WindowRanking(
    IReadOnlyList<RankedWindow> Windows,
    WindowMeasure Measure,
    string Method,
    Backtest? Backtest);
