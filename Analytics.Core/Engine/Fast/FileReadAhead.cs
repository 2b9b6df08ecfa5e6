using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Reads small files ahead of the run, one per thread, each on one worker: a year of daily
/// exports is mostly per-file work (recognising each file, choosing its time format), which
/// one file's chunks cannot spread over the cores. Larger files are read in turn, each split
/// between all the threads. The run still takes every file in order.
/// </summary>
internal sealed class FileReadAhead(IReadOnlyList<string> files, long[] lengths, CubeRunOptions run, Func<string, FastFileRead?> read) : IDisposable
{
    private readonly Queue<(int File, Task<FastFileRead?> Read)> _reading = new();
    private int _next;

    /// <summary>
    /// False for a file not read ahead (the caller reads it); else true, once the file's read
    /// (started now if need be) is done: null when the fast path declined it. Files are taken in order.
    /// </summary>
    public bool TryTake(int index, out FastFileRead? read)
    {
        _next = Math.Max(_next, index);
        Start();
        if (_reading.Count == 0 || _reading.Peek().File != index)
        {
            _next = index + 1;
            read = null;
            return false;
        }

        read = _reading.Dequeue().Read.GetAwaiter().GetResult();
        // The next file starts while the run adds this one, so the workers stay busy.
        Start();
        return true;
    }

    private void Start()
    {
        while (run.Threads > 1 && _reading.Count < run.Threads && _next < files.Count && lengths[_next] < run.ReadBesideOthersBelowBytes)
        {
            var path = files[_next++];
            _reading.Enqueue((_next - 1, Task.Run(() => InputImport.Guard(path, () => read(path)))));
        }
    }

    /// <summary>Waits for reads the run did not take (it stopped on an error) and gives back their totals.</summary>
    public void Dispose()
    {
        foreach (var (_, task) in _reading)
        {
            try
            {
                task.GetAwaiter().GetResult()?.Dispose();
            }
            catch (Exception)
            {
                // The run is already failing with the error of an earlier file.
            }
        }
    }
}
