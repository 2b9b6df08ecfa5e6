using NUnit.Framework;
using LivePeak.Analytics.Domain;
using NodaTime;
using static LivePeak.Tests.Import.Sessions.Vn;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>Golden test for TikTok "Creator-Live-Performance" (formats.md §2b): one row per room.</summary>
[TestFixture]
public sealed class CreatorLivePerformanceTests
{
    [Test]
    public void Reads_room_ids_exactly_comma_thousands_money_precise_percents_and_the_end_column()
    {
        var import = SessionImport.Of("Creator-Live-Performance-20260701-20260731.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("tiktok-creator-live-performance"));
        Assert.That(import.Report.TimeFormat, Is.EqualTo("yyyy-MM-dd HH:mm:ss"));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = null, // the report has no host column
                RoomId = "7391234567890123456", // 19 digits, kept as text: a double would round it
                Title = "Xả kho cuối tháng",
                Start = At(2026, 7, 1, 10, 59, 9),
                End = At(2026, 7, 1, 14, 0, 9), // from End Time; agrees with 3h01m
                SourceKind = "tiktok-creator-live-performance",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(65_498_875.96m),
                    Orders = 987,
                    Items = 1234,
                    Viewers = null,
                    Views = 150_000,
                    PeakConcurrentViewers = null,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(72),
                    ProductImpressions = 300_000,
                    ProductClicks = 15_000,
                    Ctr = 0.51326504m, // the CTR column, not LIVE CTR
                    Ctor = 0.0658m,
                    Comments = 5678,
                    Likes = 45_678,
                    Shares = 234,
                    NewFollowers = 1234,
                },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                RoomId = "7391234567890123458",
                Title = "Tối thứ 6",
                Start = At(2026, 7, 3, 20, 30),
                End = At(2026, 7, 3, 21, 15), // no End Time: start + 0h45m
                SourceKind = "tiktok-creator-live-performance",
                Metrics = new LiveMetrics { Gmv = Vnd(1_500_000m), Orders = 12 },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                RoomId = "7391234567890123459",
                Title = null,
                Start = At(2026, 7, 4, 21, 0),
                End = At(2026, 7, 4, 21, 0),
                HasDuration = false,
                SourceKind = "tiktok-creator-live-performance",
                Metrics = new LiveMetrics(), // GMV "--" is absent
            },
        }));
        Assert.That(import.Report.RejectsByReason, Is.EquivalentTo(new Dictionary<string, long> { ["ends before it starts (End Time)"] = 1 }),
            "room ...457 ends at 19:00, before its 20:00 start");
        Assert.That(import.Rejects.Single().Line, Is.EqualTo(3));
        Assert.That(import.Accounting, Is.EqualTo((4L, 3L, 1L, 0L)));
        Assert.That(import.Report.IsBalanced, Is.True);
    }
}
