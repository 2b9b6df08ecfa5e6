using NUnit.Framework;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>
/// The import stage end to end on a folder: LIVE reports are read before order files, whatever
/// the files are called, because the engine decides each order line's LIVE as the line arrives.
/// </summary>
[TestFixture]
public sealed class LiveReportsFirstTests
{
    // One TikTok LIVE, Friday 2026-07-31 20:00-21:00 (window to 21:30 with the default grace).
    private const string LiveReport =
        "Phân tích LIVE\n" +
        "Nhà sáng tạo,Thời gian bắt đầu,Thời lượng,GMV LIVE (₫),Người xem\n" +
        "bepnhalan,2026/07/31/ 20:00,1h 0min,300.000₫,1.200\n";

    private const string Orders =
        "order_id,created_at,platform,channel,product_id,quantity,amount,status\n" +
        "1,2026-07-31 20:30:00,tiktok,LIVE,BANH,1,200000,completed\n" +
        "2,2026-07-31 20:45:00,tiktok,Videos,BANH,1,50000,completed\n" +
        "3,2026-07-31 21:20:00,tiktok,LIVE,BANH,2,100000,completed\n" +
        "4,2026-07-31 22:00:00,tiktok,LIVE,BANH,1,70000,completed\n";

    [TestCase("2026-08-01-orders.csv", "z-live.csv", TestName = "The LIVE report is read first though the order file's name sorts first")]
    [TestCase("z-orders.csv", "a-live.csv", TestName = "The LIVE report is read first when its name sorts first too")]
    public void Live_reports_are_read_before_order_files_whatever_their_names(string orderName, string liveName)
    {
        using var temp = new TempFolder();
        var orderFile = temp.Write(orderName, Orders);
        var liveFile = temp.Write(liveName, LiveReport, bom: true);
        var events = new List<string>();
        var builder = new CubeBuilder(new CubeOptions());
        var sink = new ImportSink
        {
            OnSession = s =>
            {
                events.Add("LIVE " + s.Host);
                builder.AddSession(s); // throws once a line has arrived
            },
            OnOrderLine = l =>
            {
                events.Add("order " + l.OrderId);
                builder.AddLine(l);
            },
        };

        var summary = InputImport.Run([temp.Path], new ImportOptions(), sink);

        Assert.That(summary.Files.Select(f => (f.Path, f.Kind)), Is.EqualTo(new[] { (liveFile, "tiktok-live-analysis"), (orderFile, "canonical-orders") }));
        Assert.That(events, Is.EqualTo(new[] { "LIVE bepnhalan", "order 1", "order 2", "order 3", "order 4" }));
        Assert.That(summary.Files.All(f => f.IsBalanced), Is.True);

        var friday20 = builder.Cube.Stats(4 * 24 + 20);
        var friday21 = builder.Cube.Stats(4 * 24 + 21);
        var friday22 = builder.Cube.Stats(4 * 24 + 22);
        Assert.That((friday20.Sessions, friday20.LiveMinutes, friday20.Viewers), Is.EqualTo((1L, 60m, 1200m)));
        Assert.That((friday20.LiveOrders, friday20.LiveGmv, friday20.OffLiveOrders), Is.EqualTo((1L, Money.FromDecimal(200_000), 1L)),
            "order 1 is the LIVE's; order 2 came from a video");
        Assert.That((friday21.LiveOrders, friday21.LiveGmv), Is.EqualTo((1L, Money.FromDecimal(100_000))), "order 3 is in the grace");
        Assert.That((friday22.LiveOrders, friday22.OffLiveOrders), Is.EqualTo((0L, 1L)));
        Assert.That(builder.LiveChannelLinesWithoutLive, Is.EqualTo(1), "order 4 says LIVE at 22:00, after the window");
    }

    [Test]
    public void Without_the_LIVE_first_rule_the_dated_order_file_would_be_read_first()
    {
        // The premise of the first case above: files are otherwise ordered newest date in the name first.
        using var temp = new TempFolder();
        var orderFile = temp.Write("2026-08-01-orders.csv", Orders);
        var liveFile = temp.Write("z-live.csv", LiveReport);

        Assert.That(InputFiles.Expand([temp.Path]), Is.EqualTo(new[] { orderFile, liveFile }));
    }
}
