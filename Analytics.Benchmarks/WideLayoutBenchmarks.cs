using BenchmarkDotNet.Attributes;

namespace LivePeak.Benchmarks;

/// <summary>
/// Question: how fast is a wide platform export (TikTok's 56 columns, ~670 bytes a row, text
/// statuses, a description row) on each path?
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class WideLayoutBenchmarks
{
    private string _path = string.Empty;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkFiles.EnsureTikTok(Rows);

    [Benchmark(Description = "Fast path, all cores")]
    public long FastPath() => CubeQuery.Run(_path, fastPath: true, Environment.ProcessorCount);

    [Benchmark(Baseline = true, Description = "General path")]
    public long GeneralPath() => CubeQuery.Run(_path, fastPath: false, 1);
}
