using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Engine;

/// <summary>How to run the aggregation.</summary>
public sealed record CubeRunOptions
{
    /// <summary>Threads for the fast path; all cores by default.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Off forces the general path everywhere (for checking and benchmarking).</summary>
    public bool FastPath { get; init; } = true;

    /// <summary>
    /// With several threads, files smaller than this are read one per thread, several at a time;
    /// larger ones in turn, each split between the threads. Tests lower it to take both ways in one run.
    /// </summary>
    internal long ReadBesideOthersBelowBytes { get; init; } = FastOrderReader.ReadBesideOthersBelowBytes;
}

/// <summary>What a run read and built, and how many files took the fast path.</summary>
public sealed record CubeRunResult(ImportSummary Summary, CubeBuilder Builder, int FastFiles);

/// <summary>
/// Imports the inputs into a cube, choosing per file between the general path and the fast path
/// (<see cref="FastOrderReader"/>) wherever the fast one is provably exact: only order exports (no
/// LIVE reports to attribute to), no platform or shop filter, and no two exports whose dates
/// overlap (only overlapping exports can share a line, and the fast path keeps no line ids to
/// drop duplicates with). When a run turns out not to qualify, it is read again on the general
/// path, so the result never depends on which path ran.
/// </summary>
public static class CubeRun
{
    public static CubeRunResult Run(
        IReadOnlyList<string> inputs,
        ImportOptions import,
        CubeOptions cube,
        CubeRunOptions run,
        Action<RejectedRow>? reject = null,
        IProgress<ImportProgress>? progress = null)
    {
        var files = InputFiles.Expand(inputs);
        if (run.FastPath && cube.Platforms.Count == 0 && cube.Shops.Count == 0 && files.Count > 0 && InputImport.AllOrderFiles(files, import, run.Threads))
        {
            if (TryFast(files, import, cube, run, progress) is { } fast)
            {
                foreach (var row in fast.Rejects)
                {
                    reject?.Invoke(row);
                }

                return fast.Result;
            }
        }

        var builder = new CubeBuilder(cube);
        var summary = InputImport.Run(files, import,
            new ImportSink { OnOrderLine = builder.AddLine, OnSession = builder.AddSession, OnLiveDetail = builder.AddDetail, OnReject = reject },
            progress);
        return new CubeRunResult(summary, builder, 0);
    }

    private static (CubeRunResult Result, List<RejectedRow> Rejects)? TryFast(
        IReadOnlyList<string> files, ImportOptions import, CubeOptions cube, CubeRunOptions run, IProgress<ImportProgress>? progress)
    {
        var builder = new CubeBuilder(cube);
        var general = new OrderImporter(import);
        var reports = new List<FileReport>();
        var rejects = new List<RejectedRow>();
        var fastFiles = 0;
        var pool = new FastTotalsPool(cube.SlotLength);
        var products = new RunProductCells(builder.Products);
        var lengths = files.Select(f => new FileInfo(f).Length).ToArray();
        var total = lengths.Sum();
        long done = 0;
        using var ahead = new FileReadAhead(files, lengths, run, path => FastOrderReader.ReadFile(path, import, cube.SlotLength, 1, null, pool, out _));
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i];
            progress?.Report(new ImportProgress(i, files.Count, path, done, total));
            // Files are added to the run in order: the file's products go into the run's cells,
            // which name each new product in the run's table at once (a file the fast path declines
            // leaves them untouched; the general reader then reads it here, straight into the
            // table), and every file reuses the same worker totals.
            if (!ahead.TryTake(i, out var read))
            {
                read = InputImport.Guard(path, () => FastOrderReader.ReadFile(path, import, cube.SlotLength, run.Threads, null, pool, out _));
            }

            if (read is not null)
            {
                var fast = read.AddProductsTo(products);
                builder.Cube.Merge(fast.Cube);
                reports.Add(fast.Report);
                rejects.AddRange(fast.Rejects);
                fastFiles++;
            }
            else
            {
                reports.Add(InputImport.Guard(path, () => general.Import(path, builder.AddLine, rejects.Add, laterFilesFollow: i < files.Count - 1)));
            }

            done += lengths[i];
        }

        products.Complete();
        progress?.Report(new ImportProgress(files.Count, files.Count, string.Empty, total, total));
        if (fastFiles > 0 && AnyOverlap(reports))
        {
            return null;
        }

        return (new CubeRunResult(new ImportSummary(reports), builder, fastFiles), rejects);
    }

    /// <summary>True when two files' date ranges share a day.</summary>
    private static bool AnyOverlap(List<FileReport> reports)
    {
        var ranges = reports.Where(r => r.FirstDate is not null).OrderBy(r => r.FirstDate).ToList();
        for (var i = 1; i < ranges.Count; i++)
        {
            if (ranges[i].FirstDate <= ranges.Take(i).Max(r => r.LastDate))
            {
                return true;
            }
        }

        return false;
    }
}
