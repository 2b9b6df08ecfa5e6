using System.Globalization;
using System.Text;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Models;

/// <summary>
/// Writes planted LIVEs as the files a seller would have: a TikTok Creator-Live-Performance
/// report (one row per LIVE, its GMV) and a canonical order log of the LIVEs' orders.
/// </summary>
internal sealed class PlantedFiles : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>Simulates and writes the files into a temporary folder, deleted on dispose.</summary>
    public PlantedFiles(PlantedLiveOptions options)
    {
        Data = PlantedLiveSimulation.Run(options);
        Folder = _temp.File("exports");
        Write(Data, Folder);
    }

    public PlantedLives Data { get; }

    /// <summary>The folder holding the LIVE report and the order log.</summary>
    public string Folder { get; }

    public string File(string name) => _temp.File(name);

    public void Dispose() => _temp.Dispose();

    public static (string Lives, string Orders) Write(PlantedLives data, string folder, bool reportGmv = true)
    {
        Directory.CreateDirectory(folder);
        var lives = new StringBuilder("Room ID,Room Title,Start Time,End Time,Duration,Attributed GMV,Attributed orders\n");
        foreach (var s in data.Sessions)
        {
            var gmv = reportGmv && s.Metrics.Gmv is { } g ? g.ToString() : string.Empty;
            var minutes = (int)s.Length.TotalMinutes;
            lives.Append(CultureInfo.InvariantCulture,
                $"{s.RoomId},LIVE {s.RoomId},{s.StartLocal:yyyy-MM-dd HH:mm:ss},{s.EndLocal:yyyy-MM-dd HH:mm:ss},{minutes / 60}h{minutes % 60:00}m,{gmv},{s.Metrics.Orders}\n");
        }

        var orders = new StringBuilder("order_id,created_at,platform,product_id,product_name,quantity,amount,status\n");
        foreach (var l in data.Lines)
        {
            orders.Append(CultureInfo.InvariantCulture,
                $"{l.OrderId},{l.CreatedLocal:yyyy-MM-dd HH:mm:ss},tiktok,{l.ProductId},\"{l.ProductName.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{l.Quantity},{l.Revenue},completed\n");
        }

        var livesPath = Path.Combine(folder, "Creator-Live-Performance-20260601-20260726.csv");
        var ordersPath = Path.Combine(folder, "orders.csv");
        System.IO.File.WriteAllText(livesPath, lives.ToString(), new UTF8Encoding(false));
        System.IO.File.WriteAllText(ordersPath, orders.ToString(), new UTF8Encoding(false));
        return (livesPath, ordersPath);
    }
}
