using NUnit.Framework;
using LivePeak.Analytics.Domain;
using NodaTime;
using static LivePeak.Tests.Import.Sessions.Vn;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>
/// Golden tests for TikTok's one-row-per-LIVE lists (formats.md §2a): the Vietnamese "Live Analysis"
/// list, the older English and Indonesian list, and the 2023-24 English list. Each expected session
/// is written out whole; record equality compares every field, so a metric the fixture lacks must
/// come out null, never 0.
/// </summary>
[TestFixture]
public sealed class TikTokLiveListTests
{
    [Test]
    public void Live_analysis_VN_list_reads_the_stray_slash_dates_dot_thousands_and_comma_percents()
    {
        var import = SessionImport.Of("tiktok-live-analysis-vn.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("tiktok-live-analysis"));
        Assert.That(import.Report.RowsSkippedAboveData, Is.EqualTo(2), "two preamble rows sit above the header");
        Assert.That(import.Report.TimeFormat, Is.EqualTo("yyyy/MM/dd/ HH:mm"));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "bepnhalan",
                Start = At(2026, 7, 31, 21, 3),
                End = At(2026, 8, 1, 0, 0), // 21:03 + 2h 57min ends exactly at midnight
                SourceKind = "tiktok-live-analysis",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(627_840_078m),
                    Orders = 1234,
                    Items = 1567,
                    Viewers = 45_678,
                    Views = 98_765,
                    PeakConcurrentViewers = null,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(65),
                    ProductImpressions = 250_000,
                    ProductClicks = 12_345,
                    Ctr = 0.0177m,
                    Ctor = 0.035m,
                    Comments = null,
                    Likes = null,
                    Shares = null,
                    NewFollowers = 321,
                },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "bepnhalan",
                Start = At(2026, 7, 30, 12, 0),
                End = At(2026, 7, 30, 12, 9),
                SourceKind = "tiktok-live-analysis",
                // A reported zero stays zero; "-" and empty cells are absent.
                Metrics = new LiveMetrics { Gmv = Money.Zero, Orders = 0 },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "bepnhalan",
                Start = At(2026, 7, 29, 20, 0),
                End = At(2026, 7, 29, 20, 0),
                HasDuration = false,
                SourceKind = "tiktok-live-analysis",
                Metrics = new LiveMetrics(),
            },
        }));
        Assert.That(import.Rejects.Select(r => (r.Line, r.Column)), Is.EqualTo(new (long, string?)[]
        {
            (8, "Thời gian bắt đầu"), (9, "Thời lượng"), (10, "Người xem"),
        }));
        Assert.That(import.Report.RejectsByReason, Is.EquivalentTo(new Dictionary<string, long>
        {
            ["unreadable start time (Thời gian bắt đầu)"] = 1,
            ["unreadable duration (Thời lượng)"] = 1,
            ["unreadable Viewers (Người xem)"] = 1,
        }));
        Assert.That(import.Report.BlankRows, Is.EqualTo(1));
        Assert.That(import.Accounting, Is.EqualTo((6L, 3L, 3L, 0L)));
        Assert.That(import.Report.IsBalanced, Is.True);
        Assert.That((import.Report.FirstDate, import.Report.LastDate), Is.EqualTo(((LocalDate?)new LocalDate(2026, 7, 29), (LocalDate?)new LocalDate(2026, 7, 31))));
    }

    [Test]
    public void Legacy_English_list_reads_launched_time_PCU_ACU_and_the_nickname_as_host()
    {
        var import = SessionImport.Of("tiktok-live-legacy-en.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("tiktok-live-list-legacy"));
        Assert.That(import.Report.RowsSkippedAboveData, Is.EqualTo(2));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "Toko Baju Ani",
                Start = At(2023, 5, 12, 20, 0),
                End = At(2023, 5, 12, 21, 30),
                SourceKind = "tiktok-live-list-legacy",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(12_345_678m),
                    Orders = 120,
                    Items = 150,
                    Viewers = 5432,
                    Views = 8765,
                    PeakConcurrentViewers = 456,
                    AverageConcurrentViewers = 123.5m,
                    AverageViewingDuration = Duration.FromSeconds(45),
                    ProductImpressions = 20_000,
                    ProductClicks = 1500,
                    Ctr = 0.075m,
                    Ctor = null,
                    Comments = 789,
                    Likes = 3456,
                    Shares = 12,
                    NewFollowers = 67,
                },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "Toko Baju Ani",
                Start = At(2023, 5, 13, 9, 0),
                End = At(2023, 5, 13, 9, 45),
                SourceKind = "tiktok-live-list-legacy",
                Metrics = new LiveMetrics(), // every metric is "-"
            },
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }

    [Test]
    public void Legacy_Indonesian_list_reads_waktu_live_and_jam_menit_durations()
    {
        var import = SessionImport.Of("tiktok-live-legacy-id.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("tiktok-live-list-legacy"));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "Warung Kopi Bu Sri",
                Start = At(2023, 6, 1, 19, 30),
                End = At(2023, 6, 1, 21, 35), // 2 jam 5 menit
                SourceKind = "tiktok-live-list-legacy",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(3_250_000m),
                    Orders = 45,
                    Items = 60,
                    Viewers = 2100,
                    Views = 3900,
                    PeakConcurrentViewers = 310,
                    AverageConcurrentViewers = 80.25m,
                    AverageViewingDuration = Duration.FromSeconds(70),
                    ProductImpressions = 9800,
                    ProductClicks = 640,
                    Ctr = 0.0653m,
                    Ctor = null,
                    Comments = 420,
                    Likes = 1875,
                    Shares = 9,
                    NewFollowers = 33,
                },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "Warung Kopi Bu Sri",
                Start = At(2023, 6, 2, 20, 0),
                End = At(2023, 6, 2, 20, 0),
                HasDuration = false,
                SourceKind = "tiktok-live-list-legacy",
                Metrics = new LiveMetrics(),
            },
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }

    [Test]
    public void List_2023_reads_durations_in_seconds_and_CTR_as_a_fraction()
    {
        var import = SessionImport.Of("tiktok-live-list-2023-en.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("tiktok-live-list-2023"));
        Assert.That(import.Report.RowsSkippedAboveData, Is.EqualTo(0));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "7012345678",
                Title = "Flash sale tối thứ 6",
                Start = At(2024, 3, 15, 19, 0),
                End = At(2024, 3, 15, 21, 57), // 10620 s = 2h 57min
                SourceKind = "tiktok-live-list-2023",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(1_234_567m), // Gross revenue, not Direct GMV
                    Orders = 300,
                    Items = 321,
                    Viewers = null,
                    Views = null,
                    PeakConcurrentViewers = 1050,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(38),
                    ProductImpressions = 25_000,
                    ProductClicks = 2100,
                    Ctr = 0.0123m,
                    Ctor = 0.085m,
                    Comments = null,
                    Likes = null,
                    Shares = null,
                    NewFollowers = 45,
                },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "7012345678",
                Title = "Livestream sáng",
                Start = At(2024, 3, 16, 8, 30),
                End = At(2024, 3, 16, 8, 39),
                SourceKind = "tiktok-live-list-2023",
                Metrics = new LiveMetrics { Gmv = Money.Zero, Orders = 0, Items = 0 },
            },
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }
}
