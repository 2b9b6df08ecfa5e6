using BenchmarkDotNet.Attributes;

namespace LivePeak.Benchmarks;

/// <summary>Question: how much faster is the hot path with every core than with one?</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ThreadScalingBenchmarks
{
    private string _path = string.Empty;

    [Params(10_000_000)]
    public int Rows { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkFiles.EnsureCanonical(Rows);

    [Benchmark]
    public long FastPath() => CubeQuery.Run(_path, fastPath: true, Threads);
}
