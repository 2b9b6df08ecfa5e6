using LivePeak.Analytics.Generate;

namespace LivePeak.Benchmarks;

/// <summary>
/// Input files for benchmarks, written once per layout and size to a fixed place, so the host
/// process (which computes the MB/s column) and the benchmark process see the same file.
/// </summary>
public static class BenchmarkFiles
{
    public static string Folder => Path.Combine(Path.GetTempPath(), "livepeak-bench");

    /// <summary>The file a benchmark class reads for a row count: wide TikTok rows or narrow canonical ones.</summary>
    public static string PathFor(Type benchmark, int rows) =>
        benchmark == typeof(WideLayoutBenchmarks) ? Path.Combine(Folder, $"tiktok-{rows}", "orders.csv") : Path.Combine(Folder, CanonicalStream.FileName(rows));

    /// <summary>A canonical log: ~50-byte rows, 1-5 lines per order, in time order.</summary>
    public static string EnsureCanonical(int rows)
    {
        var path = Path.Combine(Folder, CanonicalStream.FileName(rows));
        return File.Exists(path) ? path : CanonicalStream.WriteFile(Folder, rows, seed: 1);
    }

    /// <summary>
    /// The canonical log of <paramref name="rows"/> split into one file per day (header repeated),
    /// as a shop's daily exports are; returns their folder.
    /// </summary>
    public static string EnsureDailyFiles(int rows)
    {
        var folder = Path.Combine(Folder, $"canonical-orders-{rows}-days");
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done))
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        using (var reader = new StreamReader(EnsureCanonical(rows)))
        {
            var header = reader.ReadLine() ?? throw new InvalidDataException("the canonical log is empty");
            StreamWriter? writer = null;
            var day = string.Empty;
            while (reader.ReadLine() is { } line)
            {
                // created_at is the second column, yyyy-MM-dd first; the log is in time order.
                var created = line.AsSpan(line.IndexOf(',') + 1, 10);
                if (!created.SequenceEqual(day))
                {
                    writer?.Dispose();
                    day = created.ToString();
                    writer = new StreamWriter(Path.Combine(folder, $"orders-{day}.csv"));
                    writer.WriteLine(header);
                }

                writer!.WriteLine(line);
            }

            writer?.Dispose();
        }

        File.WriteAllText(done, string.Empty);
        return folder;
    }

    /// <summary>A TikTok 56-column export (~670-byte rows) of about the given number of rows.</summary>
    public static string EnsureTikTok(int rows)
    {
        var path = PathFor(typeof(WideLayoutBenchmarks), rows);
        if (File.Exists(path))
        {
            return path;
        }

        // One shop's export over 8 weeks (about 2.5 lines per order), in time order like a real
        // export: several shops' files joined would not be, and the fast path would rightly decline.
        var perDay = Math.Min(GenerateOptions.MaxOrdersPerDay, rows / (56 * 2.5));
        var written = ExportGenerator.Write(new GenerateOptions { Format = ExportFormat.TikTok, Shops = 1, Weeks = 8, OrdersPerDay = perDay, LiveList = false }, Path.GetDirectoryName(path)!);
        File.Move(written.Single(), path);
        return path;
    }
}
