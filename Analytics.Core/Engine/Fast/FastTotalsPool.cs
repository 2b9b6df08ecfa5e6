using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Worker totals kept between the files of one run. A product x slot table is megabytes; a run
/// of a year's daily exports would otherwise allocate and zero one per worker per file, which
/// costs more than reading the day. Not shared between runs, so its memory goes with the run.
/// A run reads several small files at once, so renting and returning take a lock (once per file
/// and worker, nothing per row).
/// </summary>
/// <param name="maxListedCells">Filled cells listed before a worker's merge walks every cell
/// instead (<see cref="FastTotals.DefaultMaxListedCells"/>); tests vary it to take both merges.</param>
internal sealed class FastTotalsPool(SlotLength length, int maxListedCells = FastTotals.DefaultMaxListedCells)
{
    private readonly Stack<FastTotals> _free = new();
    private readonly Lock _gate = new();

    public SlotLength Length { get; } = length;

    /// <summary>Totals made so far: at most as many as were ever in use at once, however many files.</summary>
    public int Created { get; private set; }

    public FastTotals Rent()
    {
        FastTotals? reused;
        lock (_gate)
        {
            if (!_free.TryPop(out reused))
            {
                Created++;
            }
        }

        // Emptied here rather than on return, so a run's last file does not pay for it; outside
        // the lock, as no one else holds these totals now.
        reused?.Reset();
        return reused ?? new FastTotals(Length, maxListedCells);
    }

    /// <summary>Keeps the totals for the next file.</summary>
    public void Return(FastTotals totals)
    {
        lock (_gate)
        {
            _free.Push(totals);
        }
    }
}
