using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary>
/// <c>livepeak bench</c>: how fast the hot path builds the day x hour cube on this machine, for
/// analysts without BenchmarkDotNet. Cold is the first run in the process (JIT, page cache as
/// found), warm the best of the later ones. Where <c>node</c> is installed, DuckDB (from npm)
/// computes the same cube and product x hour table on the same file, side by side, and the cube
/// alone (a lighter query, shown so the two ratios can be told apart).
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var rows = new Option<long>("--rows") { Description = "Rows of the generated canonical log", DefaultValueFactory = _ => 10_000_000 };
        var file = new Option<string?>("--file") { Description = "Benchmark this CSV order log instead of a generated one" };
        var threads = new Option<int>("--threads") { Description = "Threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var runs = new Option<int>("--runs") { Description = "Warm runs after the cold one", DefaultValueFactory = _ => 3 };
        var noPeer = new Option<bool>("--no-duckdb") { Description = "Skip the DuckDB comparison" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var command = new Command("bench", "Measure the hot path (rows/s, MB/s, peak memory), 1 thread vs all, and DuckDB on the same file")
        {
            rows, file, threads, runs, noPeer, json,
        };
        command.SetAction(result =>
        {
            var words = context.WordsOf(result);
            var threadCount = result.GetValue(threads);
            var warmRuns = result.GetValue(runs);
            if (threadCount < 1 || warmRuns < 1 || result.GetValue(rows) < 1)
            {
                throw new UserInputException(new LocalText("error.bench.counts"), ExitCodes.BadOption);
            }

            string path;
            string? temp = null;
            if (result.GetValue(file) is { } given)
            {
                path = given;
                if (!File.Exists(path))
                {
                    throw new UserInputException(new LocalText("error.input.nofile", ("path", path)), ExitCodes.InputNotFound);
                }
            }
            else
            {
                temp = Path.Combine(Path.GetTempPath(), "livepeak-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
                context.Note(words, "cli.bench.writing", ("rows", words.Numbers.Integer(result.GetValue(rows))), ("path", temp));
                path = CanonicalStream.WriteFile(temp, result.GetValue(rows), seed: 1);
            }

            try
            {
                var measured = Measure(path, threadCount, warmRuns);
                var single = threadCount > 1 ? Measure(path, 1, 1) : null;
                var peer = result.GetValue(noPeer) ? null : DuckDb(path, threadCount, context, words);
                if (result.GetValue(json))
                {
                    PrintJson(context.Output, path, threadCount, measured, single, peer);
                }
                else
                {
                    Print(context.Console, words, path, threadCount, measured, single, peer);
                }

                return ExitCodes.Ok;
            }
            finally
            {
                if (temp is not null)
                {
                    Directory.Delete(temp, recursive: true);
                }
            }
        });
        return command;
    }

    private sealed record Timing(double ColdSeconds, double WarmSeconds, long Rows, long Bytes, bool FastPath);

    private static Timing Measure(string path, int threads, int warmRuns)
    {
        var options = new ImportOptions();
        var cube = new CubeOptions { SlotLength = SlotLength.Hour };
        var run = new CubeRunOptions { Threads = threads };
        var clock = Stopwatch.StartNew();
        var first = CubeRun.Run([path], options, cube, run);
        var cold = clock.Elapsed.TotalSeconds;
        var (rows, fast) = (first.Summary.RowsRead, first.FastFiles == 1);
        first = null;
        var warm = double.MaxValue;
        for (var i = 0; i < warmRuns; i++)
        {
            // Each run starts from a collected heap, so the peak memory reported is one run's, not
            // the garbage of all runs before it.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            clock.Restart();
            CubeRun.Run([path], options, cube, run);
            warm = Math.Min(warm, clock.Elapsed.TotalSeconds);
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return new Timing(cold, warm, rows, new FileInfo(path).Length, fast);
    }

    /// <summary>Runs the DuckDB peer script with node, installing its npm package on first use.</summary>
    private static PeerTiming? DuckDb(string path, int threads, CliContext context, Words words)
    {
        var peers = FindPeers();
        if (peers is null || !CanRun("node", "--version"))
        {
            context.Note(words, "cli.bench.duckdb.skipped");
            return null;
        }

        if (!Directory.Exists(Path.Combine(peers, "node_modules", "@duckdb")) && Run("npm", ["install", "--no-audit", "--no-fund", "--silent"], peers, out _) != 0)
        {
            context.Note(words, "cli.bench.duckdb.npm", ("path", peers));
            return null;
        }

        double? Best(params string[] flags)
        {
            double? best = null;
            for (var i = 0; i < 2; i++)
            {
                if (Run("node", ["duckdb-cube.mjs", Path.GetFullPath(path), threads.ToString(CultureInfo.InvariantCulture), .. flags], peers, out var output) != 0)
                {
                    context.Note(words, "cli.bench.duckdb.failed", ("output", output.Trim()));
                    return null;
                }

                using var doc = JsonDocument.Parse(output);
                var seconds = doc.RootElement.GetProperty("seconds").GetDouble();
                best = best is null ? seconds : Math.Min(best.Value, seconds);
            }

            return best;
        }

        return Best() is { } same && Best("--cube-only") is { } cubeOnly ? new PeerTiming(same, cubeOnly) : null;
    }

    /// <summary>DuckDB's best of two runs: the same cube and product x hour table LivePeak builds, and the cube alone.</summary>
    private sealed record PeerTiming(double SameWorkSeconds, double CubeOnlySeconds);

    /// <summary>Analytics.Benchmarks/peers of the source checkout this program runs from, if any.</summary>
    internal static string? FindPeers()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Analytics.Benchmarks", "peers");
            if (File.Exists(Path.Combine(candidate, "duckdb-cube.mjs")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool CanRun(string program, string argument)
    {
        try
        {
            return Run(program, [argument], Environment.CurrentDirectory, out _) == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Runs a program to its end; its output, and its errors too when it fails.</summary>
    internal static int Run(string program, string[] arguments, string folder, out string output)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            output += stderr.Result;
        }

        return process.ExitCode;
    }

    private static double RowsPerSecond(Timing t) => t.Rows / t.WarmSeconds;

    private static double MegabytesPerSecond(Timing t) => t.Bytes / 1e6 / t.WarmSeconds;

    private static long PeakMemory => Process.GetCurrentProcess().PeakWorkingSet64;

    private static void PrintJson(TextWriter output, string path, int threads, Timing all, Timing? single, PeerTiming? duckDb)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteNumber("rows", all.Rows);
            w.WriteNumber("bytes", all.Bytes);
            w.WriteBoolean("fastPath", all.FastPath);
            w.WriteNumber("threads", threads);
            w.WriteNumber("coldSeconds", Math.Round(all.ColdSeconds, 3));
            w.WriteNumber("warmSeconds", Math.Round(all.WarmSeconds, 3));
            w.WriteNumber("rowsPerSecond", Math.Round(RowsPerSecond(all)));
            w.WriteNumber("megabytesPerSecond", Math.Round(MegabytesPerSecond(all), 1));
            w.WriteNumber("peakMemoryMegabytes", Math.Round(PeakMemory / 1e6));
            if (single is not null)
            {
                w.WriteNumber("oneThreadWarmSeconds", Math.Round(single.WarmSeconds, 3));
                w.WriteNumber("speedupAllThreads", Math.Round(single.WarmSeconds / all.WarmSeconds, 2));
            }

            if (duckDb is { } peer)
            {
                w.WriteNumber("duckDbSeconds", Math.Round(peer.SameWorkSeconds, 3));
                w.WriteNumber("timesFasterThanDuckDb", Math.Round(peer.SameWorkSeconds / all.WarmSeconds, 2));
                w.WriteNumber("duckDbCubeOnlySeconds", Math.Round(peer.CubeOnlySeconds, 3));
                w.WriteNumber("timesFasterThanDuckDbCubeOnly", Math.Round(peer.CubeOnlySeconds / all.WarmSeconds, 2));
            }

            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Print(IAnsiConsole console, Words words, string path, int threads, Timing all, Timing? single, PeerTiming? duckDb)
    {
        var numbers = words.Numbers;
        var peak = PeakMemory;
        var title = words.Format("cli.bench.title",
            ("file", Path.GetFileName(path)), ("rows", numbers.Integer(all.Rows)), ("megabytes", numbers.Integer(all.Bytes / 1_000_000m)));
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn(Markup.Escape(words["cli.bench.run"]));
        foreach (var key in new[] { "seconds", "rowspersecond", "megabytespersecond" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(words["cli.bench." + key])).RightAligned());
        }

        void Row(string name, double seconds, long rowCount, long bytes) => table.AddRow(
            Markup.Escape(name), numbers.Decimal((decimal)seconds, 3),
            numbers.Integer((decimal)(rowCount / seconds)), numbers.Decimal((decimal)(bytes / 1e6 / seconds), 1));
        var label = words[all.FastPath ? "cli.bench.path.fast" : "cli.bench.path.general"];
        var threadCount = words.Format(threads == 1 ? "cli.bench.threads.one" : "cli.bench.threads", ("count", numbers.Integer(threads)));
        Row(words.Format("cli.bench.run.cold", ("path", label), ("threads", threadCount)), all.ColdSeconds, all.Rows, all.Bytes);
        Row(words.Format("cli.bench.run.warm", ("path", label), ("threads", threadCount)), all.WarmSeconds, all.Rows, all.Bytes);
        if (single is not null)
        {
            Row(words.Format("cli.bench.run.single", ("path", label)), single.WarmSeconds, single.Rows, single.Bytes);
        }

        if (duckDb is { } peer)
        {
            Row(words.Format("cli.bench.run.duckdb", ("threads", threadCount)), peer.SameWorkSeconds, all.Rows, all.Bytes);
            Row(words.Format("cli.bench.run.duckdb.cube", ("threads", threadCount)), peer.CubeOnlySeconds, all.Rows, all.Bytes);
        }

        console.Write(table);
        console.WriteLine(words.Format("cli.bench.memory", ("megabytes", numbers.Integer(peak / 1_000_000m))));
        if (single is not null)
        {
            console.WriteLine(words.Format("cli.bench.speedup", ("threads", threadCount), ("ratio", numbers.Decimal((decimal)(single.WarmSeconds / all.WarmSeconds), 2))));
        }

        if (duckDb is { } d)
        {
            console.WriteLine(words.Format("cli.bench.vsduckdb",
                ("ratio", numbers.Decimal((decimal)(d.SameWorkSeconds / all.WarmSeconds), 2)), ("cube", numbers.Decimal((decimal)(d.CubeOnlySeconds / all.WarmSeconds), 2))));
        }
    }
}
