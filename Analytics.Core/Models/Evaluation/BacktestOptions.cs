using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>How to backtest: fit on <see cref="TrainWeeks"/> weeks, score the next
/// <see cref="TestWeeks"/>, then move on by <see cref="TestWeeks"/> and repeat.</summary>
public sealed record BacktestOptions
{
    public int TrainWeeks { get; init; } = 6;

    public int TestWeeks { get; init; } = 2;

    /// <summary>The length of the windows ranked.</summary>
    public int WindowMinutes { get; init; } = 120;

    /// <summary>NDCG and the top windows' GMV look at this many places.</summary>
    public int TopK { get; init; } = 3;

    public SlotModelOptions Model { get; init; } = new();

    public void Validate()
    {
        if (TrainWeeks < 1 || TestWeeks < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TrainWeeks), "train and test weeks must be at least 1");
        }

        if (WindowMinutes % 60 != 0 || WindowMinutes is < 60 or > 720 || TopK < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowMinutes), WindowMinutes, "windows are whole hours, 1 to 12");
        }
    }
}
