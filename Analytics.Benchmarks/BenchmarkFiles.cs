using System.Globalization;
using System.Text;

namespace LivePeak.Benchmarks;

/// <summary>
/// Input files for benchmarks, written once per size to a fixed place so that the host process
/// (which computes the MB/s column) and the benchmark process see the same file.
/// </summary>
public static class BenchmarkFiles
{
    public static string Folder => Path.Combine(Path.GetTempPath(), "livepeak-bench");

    public static string CanonicalPath(int rows) => Path.Combine(Folder, $"canonical-{rows}.csv");

    /// <summary>A canonical order log of the given size: ~50-byte rows, 3 lines per order on average.</summary>
    public static string EnsureCanonical(int rows)
    {
        var path = CanonicalPath(rows);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Folder);
        var random = new Random(rows);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("order_id,created_at,shop,product_id,quantity,amount\n");
            var order = 100_000_000L;
            var time = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            var linesLeft = 0;
            for (var i = 0; i < rows; i++)
            {
                if (linesLeft == 0)
                {
                    order++;
                    linesLeft = 1 + random.Next(5);
                    time = time.AddSeconds(random.Next(1, 40));
                }

                linesLeft--;
                var quantity = 1 + random.Next(4);
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{order},{time:yyyy-MM-dd HH:mm:ss},S{random.Next(500):D4},P{random.Next(5000):D5},{quantity},{quantity * (20 + random.Next(500)) * 1000}\n"));
            }
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }
}
