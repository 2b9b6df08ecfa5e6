using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Cli.Commands;

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

    [Test]
    public void The_DuckDB_peer_computes_the_cube_and_product_table_LivePeak_computes()
    {
        // bench's ratio is only fair if DuckDB does the same work: its results must be LivePeak's.
        var peers = BenchCommand.FindPeers();
        Assert.That(peers, Is.Not.Null, "the peer script sits in Analytics.Benchmarks/peers above the tests");
        if (!Directory.Exists(Path.Combine(peers!, "node_modules", "@duckdb")))
        {
            const string why = "needs node and `npm ci` in Analytics.Benchmarks/peers";
            if (Environment.GetEnvironmentVariable("LIVEPEAK_REQUIRE_DUCKDB") == "1")
            {
                Assert.Fail(why);
            }

            Assert.Ignore(why);
        }

        using var temp = new TempFolder();
        var path = CanonicalStream.WriteFile(temp.Path, 20_000, seed: 3);
        var run = CubeRun.Run([path], new ImportOptions(), new CubeOptions { SlotLength = SlotLength.Hour }, new CubeRunOptions { Threads = 2 });
        var cube = run.Builder.Cube.AllSlots().Where(s => s.Orders > 0)
            .Select(s => $"{s.Slot.Index} {s.Orders} {s.Items} {s.Gmv.TenThousandths / 10_000}").Order(StringComparer.Ordinal).ToList();
        var products = run.Builder.Products.Rows()
            .Select(p => $"{p.ProductId} {p.Slot.Index} {p.Items} {p.Gmv.TenThousandths / 10_000} {p.Lines}").Order(StringComparer.Ordinal).ToList();

        var exit = BenchCommand.Run("node", ["duckdb-cube.mjs", path, "2", "--print"], peers!, out var output);
        Assert.That(exit, Is.Zero, output);
        using var peer = JsonDocument.Parse(output);
        var root = peer.RootElement;
        static string Row(JsonElement row) => string.Join(' ', row.EnumerateArray().Select(v => v.ToString()));

        Assert.That(run.FastFiles, Is.EqualTo(1), "the fast path read it, as in bench");
        Assert.That(root.GetProperty("cube").EnumerateArray().Select(Row).Order(StringComparer.Ordinal), Is.EqualTo(cube));
        Assert.That(root.GetProperty("products").EnumerateArray().Select(Row).Order(StringComparer.Ordinal), Is.EqualTo(products));
        Assert.That(products, Has.Count.GreaterThan(1000), "enough product cells to mean something");
    }
}
