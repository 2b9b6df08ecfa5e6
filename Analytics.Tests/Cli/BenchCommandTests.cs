using System.Text.Json;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Cli;

/// <summary><c>generate --rows</c> streams exactly N canonical rows; <c>bench</c> measures the cube on them.</summary>
[TestFixture]
public sealed class BenchCommandTests
{
    [Test]
    public void Generate_rows_writes_exactly_that_many_rows_in_time_order()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--format", "canonical", "--rows", "12345", "--out", temp.Path, "--seed", "5");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = File.ReadAllLines(run.Output.Trim());
        Assert.That(lines[0], Is.EqualTo("order_id,created_at,shop,product_id,quantity,amount"));
        Assert.That(lines, Has.Length.EqualTo(12345 + 1));
        var times = lines.Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.That(times, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "the log is in time order, as the fast path prefers");
    }

    [Test]
    public void Generate_rows_refuses_other_formats()
    {
        var run = CliRun.Of("generate", "--format", "tiktok", "--rows", "10", "--out", Path.GetTempPath());

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain("--format canonical"));
    }

    [Test]
    public void Bench_reports_throughput_of_the_fast_path()
    {
        var run = CliRun.Of("bench", "--rows", "50000", "--runs", "1", "--threads", "2", "--no-duckdb", "--json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("rows").GetInt64(), Is.EqualTo(50000));
        Assert.That(root.GetProperty("fastPath").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("rowsPerSecond").GetDouble(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("speedupAllThreads").GetDouble(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("peakMemoryMegabytes").GetDouble(), Is.GreaterThan(0));
    }
}
