using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Worker totals kept between the files of one run. A product x slot table is megabytes; a run
/// of a year's daily exports would otherwise allocate and zero one per worker per file, which
/// costs more than reading the day. Not shared between runs, so its memory goes with the run;
/// rented and returned by the thread that reads the run's files one after another.
/// </summary>
/// <param name="maxListedCells">Filled cells listed before a worker's merge walks every cell
/// instead (<see cref="FastTotals.DefaultMaxListedCells"/>); tests vary it to take both merges.</param>
internal sealed class FastTotalsPool(SlotLength length, int maxListedCells = FastTotals.DefaultMaxListedCells)
{
    private readonly Stack<FastTotals> _free = new();

    public SlotLength Length { get; } = length;

    /// <summary>Totals made so far: a run's workers plus one for the header, however many files.</summary>
    public int Created { get; private set; }

    public FastTotals Rent()
    {
        if (_free.TryPop(out var reused))
        {
            // Emptied here rather than on return, so a run's last file does not pay for it.
            reused.Reset();
            return reused;
        }

        Created++;
        return new FastTotals(Length, maxListedCells);
    }

    /// <summary>Keeps the totals for the next file.</summary>
    public void Return(FastTotals totals) => _free.Push(totals);
}
