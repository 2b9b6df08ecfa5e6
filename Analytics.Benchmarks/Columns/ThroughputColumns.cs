using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LivePeak.Benchmarks.Columns;

/// <summary>Rows per second and megabytes per second of input, from a benchmark's Rows parameter.</summary>
public sealed class ThroughputColumn(string name, bool bytes) : IColumn
{
    public static readonly IColumn RowsPerSecond = new ThroughputColumn("Rows/s", bytes: false);
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", bytes: true);

    public string Id => nameof(ThroughputColumn) + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => bytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => bytes ? "Input megabytes (10^6 bytes) read per second" : "Input rows read per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || benchmarkCase.Parameters["Rows"] is not int rows)
        {
            return "-";
        }

        var seconds = stats.Mean / 1e9;
        if (!bytes)
        {
            return (rows / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        var path = BenchmarkFiles.PathFor(benchmarkCase.Descriptor.Type, rows);
        return File.Exists(path)
            ? (new FileInfo(path).Length / 1e6 / seconds).ToString("N1", System.Globalization.CultureInfo.InvariantCulture)
            : "-";
    }
}
