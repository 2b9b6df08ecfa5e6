using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;

namespace LivePeak.Benchmarks;

/// <summary>
/// Question: how much faster is the hot path than the general path and than a plain
/// CsvHelper + DateTime.Parse + LINQ program, on a narrow canonical log?
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class PathComparisonBenchmarks
{
    private string _path = string.Empty;

    [Params(1_000_000, 10_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkFiles.EnsureCanonical(Rows);

    [Benchmark(Description = "Fast path, all cores")]
    public long FastPath() => CubeQuery.Run(_path, fastPath: true, Environment.ProcessorCount);

    [Benchmark(Description = "General path")]
    public long GeneralPath() => CubeQuery.Run(_path, fastPath: false, 1);

    /// <summary>What most people would write first: read every row, parse, group with LINQ.</summary>
    [Benchmark(Baseline = true, Description = "CsvHelper + LINQ")]
    public long CsvHelperAndLinq()
    {
        var rows = new List<(string Order, DateTime Created, string Product, long Quantity, long Amount)>();
        using (var reader = CsvReader.Create(File.OpenRead(_path), new CsvReaderOptions { HasHeader = true }, false))
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), DateTime.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(3),
                    long.Parse(reader.GetString(4), CultureInfo.InvariantCulture), long.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
            }
        }

        var cube = rows.GroupBy(r => (r.Created.DayOfWeek, r.Created.Hour))
            .Select(g => (g.Key, Orders: g.Select(r => r.Order).Distinct().Count(), Items: g.Sum(r => r.Quantity), Gmv: g.Sum(r => r.Amount)))
            .ToList();
        var products = rows.GroupBy(r => (r.Product, r.Created.DayOfWeek, r.Created.Hour)).Count();
        return cube.Count + products;
    }
}
