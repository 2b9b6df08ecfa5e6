using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;

namespace LivePeak.Benchmarks;

/// <summary>The query every benchmark times: the day x hour cube (distinct orders, items, GMV) and the product x slot table.</summary>
public static class CubeQuery
{
    /// <param name="path">A log, or a folder of logs read as one run.</param>
    public static long Run(string path, bool fastPath, int threads)
    {
        var run = CubeRun.Run([path], new ImportOptions(), new CubeOptions { SlotLength = SlotLength.Hour },
            new CubeRunOptions { FastPath = fastPath, Threads = threads });
        if (fastPath && run.FastFiles != InputFiles.Expand([path]).Count)
        {
            throw new InvalidOperationException("the fast path did not take every file");
        }

        return run.Builder.Cube.Lines + run.Builder.Products.ProductCount;
    }
}
