using NodaTime;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>One split: fitted on [TrainFrom, TestFrom), scored on [TestFrom, TestTo).</summary>
public sealed record BacktestFold(LocalDate TrainFrom, LocalDate TestFrom, LocalDate TestTo, int TrainLives, int TestLives, int ShopsScored);
