using NUnit.Framework;
using LivePeak.Analytics.Domain;
using NodaTime;
using static LivePeak.Tests.Import.Sessions.Vn;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>
/// Golden tests for the TikTok affiliate creator-LIVE report (formats.md §2c). Its text dates are
/// d/M/yyyy or M/d/yyyy; when every date fits both, the period in the file name decides.
/// </summary>
[TestFixture]
public sealed class AffiliateLiveTests
{
    [Test]
    public void April_report_reads_3_4_as_the_3rd_of_April_and_every_field()
    {
        var import = SessionImport.Of("tiktok-affiliate-live-20260401-20260430.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("tiktok-affiliate-live"));
        Assert.That(import.Report.RowsSkippedAboveData, Is.EqualTo(1));
        Assert.That(import.Report.TimeFormat, Is.EqualTo("d/M/yyyy H:mm"));
        Assert.That(import.Report.Warnings, Is.Empty, "the file name settled the day/month order");
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "chi.review",
                RoomId = "7400000000000000001",
                Title = "Review son mới",
                Start = At(2026, 4, 3, 20, 0),
                End = At(2026, 4, 3, 22, 15),
                SourceKind = "tiktok-affiliate-live",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(12_500_000m),
                    Orders = 85,
                    Items = 120,
                    Viewers = null,
                    Views = 56_789, // "Lượt hiển thị"
                    PeakConcurrentViewers = null,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(80), // 1 phút 20 giây
                    ProductImpressions = 18_000,
                    ProductClicks = 1234,
                    Ctr = 0.0686m,
                    Ctor = null,
                    Comments = 210,
                    Likes = 4321,
                    Shares = 35,
                    NewFollowers = null,
                },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "chi.review",
                RoomId = "7400000000000000002",
                Title = "Giờ vàng trưa",
                Start = At(2026, 4, 12, 11, 5),
                End = At(2026, 4, 12, 12, 5),
                SourceKind = "tiktok-affiliate-live",
                Metrics = new LiveMetrics(),
            },
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }

    [Test]
    public void March_report_reads_the_same_text_month_first()
    {
        var import = SessionImport.Of("tiktok-affiliate-live-20260301-20260331.csv");

        Assert.That(import.Report.TimeFormat, Is.EqualTo("M/d/yyyy H:mm"));
        Assert.That(import.Report.Warnings, Is.Empty);
        Assert.That(import.Sessions.Select(s => (s.Start, s.End)), Is.EqualTo(new[]
        {
            (At(2026, 3, 4, 20, 0), At(2026, 3, 4, 22, 15)),
            (At(2026, 3, 12, 11, 5), At(2026, 3, 12, 12, 5)),
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }

    [Test]
    public void Without_a_period_in_the_name_ambiguous_dates_read_day_first_with_a_warning()
    {
        var import = SessionImport.Of("tiktok-affiliate-live.csv");

        Assert.That(import.Sessions.Single().Start, Is.EqualTo(At(2026, 4, 3, 20, 0)));
        Assert.That(import.Report.Warnings, Has.Count.EqualTo(1));
        Assert.That(import.Report.Warnings[0], Does.Contain("d/M/yyyy H:mm").And.Contain("M/d/yyyy H:mm"));
        Assert.That(import.Accounting, Is.EqualTo((1L, 1L, 0L, 0L)));
    }

    [Test]
    public void One_unreadable_start_does_not_stop_the_period_in_the_name_settling_the_rest()
    {
        var import = SessionImport.Of("tiktok-affiliate-live-garbled-20260301-20260331.csv");

        Assert.That(import.Sessions.Select(s => s.Start), Is.EqualTo(new[] { At(2026, 3, 4, 20, 0), At(2026, 3, 12, 11, 5) }),
            "March 4 and March 12, not April 3 and December 3");
        Assert.That(import.Report.TimeFormat, Is.EqualTo("M/d/yyyy H:mm"));
        Assert.That(import.Report.RejectsByReason, Is.EquivalentTo(new Dictionary<string, long> { ["unreadable start time (Thời gian bắt đầu LIVE)"] = 1 }));
        Assert.That(import.Accounting, Is.EqualTo((3L, 2L, 1L, 0L)));
    }

    [Test]
    public void Xlsx_reads_typed_date_cells_numeric_cells_and_a_percent_stored_as_a_fraction()
    {
        var import = SessionImport.Of("tiktok-affiliate-live-typed-20260401-20260430.xlsx");

        Assert.That(import.Report.Kind, Is.EqualTo("tiktok-affiliate-live"));
        Assert.That(import.Report.RowsSkippedAboveData, Is.EqualTo(1));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "chi.review",
                RoomId = "7400000000000000003",
                Title = "Ngày typed",
                Start = At(2026, 4, 5, 19, 30), // an Excel date cell: no day/month question
                End = At(2026, 4, 5, 21, 0),
                SourceKind = "tiktok-affiliate-live",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(8_500_000m),
                    Orders = 42,
                    Items = 50,
                    Viewers = null,
                    Views = 20_000,
                    PeakConcurrentViewers = null,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(95), // a numeric cell is seconds
                    ProductImpressions = 9000,
                    ProductClicks = 450,
                    Ctr = 0.0686m, // 6.86% in a %-formatted cell holds 0.0686
                    Ctor = null,
                    Comments = 80,
                    Likes = 1200,
                    Shares = 7,
                    NewFollowers = null,
                },
            },
            new LiveSession
            {
                Platform = Platform.TikTok,
                Shop = "default",
                Host = "chi.review",
                RoomId = "7400000000000000004",
                Title = "Ngày chữ",
                Start = At(2026, 4, 6, 20, 0), // text "6/4/2026", settled by the April period in the name
                End = At(2026, 4, 6, 21, 10),
                SourceKind = "tiktok-affiliate-live",
                Metrics = new LiveMetrics { Gmv = Vnd(1_000_000m) },
            },
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }
}
