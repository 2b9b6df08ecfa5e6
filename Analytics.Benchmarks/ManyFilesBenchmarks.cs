using BenchmarkDotNet.Attributes;

namespace LivePeak.Benchmarks;

/// <summary>
/// Question: what do the same rows cost as a year of daily exports, against one log? Every file
/// is recognised, has its time format chosen from a sample and is merged into the run, so a run
/// of small files pays per file what one log pays once. MB/s counts the one log's bytes (the daily
/// files hold the same rows, plus a header line each).
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ManyFilesBenchmarks
{
    private string _input = string.Empty;

    [Params(10_000_000)]
    public int Rows { get; set; }

    [Params(false, true)]
    public bool DailyFiles { get; set; }

    [GlobalSetup]
    public void Setup() => _input = DailyFiles ? BenchmarkFiles.EnsureDailyFiles(Rows) : BenchmarkFiles.EnsureCanonical(Rows);

    [Benchmark]
    public long FastPath() => CubeQuery.Run(_input, fastPath: true, Environment.ProcessorCount);
}
