using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Benchmarks.Columns;

namespace LivePeak.Benchmarks;

/// <summary>
/// Question: how fast does the general (reference) import path turn a canonical order log into
/// the day x hour cube? This is the baseline every fast path is measured against.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class GeneralPathBenchmarks
{
    private string _path = string.Empty;

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkFiles.EnsureCanonical(Rows);

    [Benchmark]
    public long ImportAndCube()
    {
        var cube = new SlotCube(SlotLength.Hour, ImportOptions.DefaultTimeZoneId);
        OrderImport.Run([_path], new ImportOptions(), cube.Add);
        return cube.Lines;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.RowsPerSecond, ThroughputColumn.MegabytesPerSecond);
        }
    }
}
