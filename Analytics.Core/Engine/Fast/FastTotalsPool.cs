using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Worker totals kept between the files of one run. A product x slot table is megabytes; a run
/// of a year's daily exports would otherwise allocate and zero one per worker per file, which
/// costs more than reading the day. Not shared between runs, so its memory goes with the run.
/// </summary>
/// <param name="maxListedCells">Filled cells listed before a worker's merge walks every cell
/// instead (<see cref="FastTotals.DefaultMaxListedCells"/>); tests vary it to take both merges.</param>
internal sealed class FastTotalsPool(int maxListedCells = FastTotals.DefaultMaxListedCells)
{
    private readonly Stack<FastTotals> _free = new();
    private readonly object _gate = new();
    private int _created;

    public FastTotals Rent(SlotLength length)
    {
        FastTotals? reused = null;
        lock (_gate)
        {
            while (reused is null && _free.TryPop(out var totals))
            {
                reused = totals.Length == length ? totals : null;
            }
        }

        if (reused is not null)
        {
            // Emptied here rather than on return, so a run's last file does not pay for it.
            reused.Reset();
            return reused;
        }

        Interlocked.Increment(ref _created);
        return new FastTotals(length, maxListedCells);
    }

    /// <summary>Totals made so far: a run's workers plus one for the header, however many files.</summary>
    public int Created => _created;

    /// <summary>Keeps the totals for the next file.</summary>
    public void Return(FastTotals totals)
    {
        lock (_gate)
        {
            _free.Push(totals);
        }
    }
}
