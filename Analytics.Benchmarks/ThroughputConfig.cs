using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using LivePeak.Benchmarks.Columns;

namespace LivePeak.Benchmarks;

/// <summary>A few iterations are enough for second-long operations; throughput columns added.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1));
        AddColumn(ThroughputColumn.RowsPerSecond, ThroughputColumn.MegabytesPerSecond);
    }
}
