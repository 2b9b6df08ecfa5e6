using NUnit.Framework;
using LivePeak.Analytics.Domain;
using NodaTime;
using static LivePeak.Tests.Import.Sessions.Vn;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>
/// Golden tests for the Shopee Live session export (formats.md §4), English and Indonesian headers,
/// each with the group-header row above the real header. Confirmed-order columns are the ones read.
/// </summary>
[TestFixture]
public sealed class ShopeeLiveTests
{
    [Test]
    public void English_csv_reads_day_first_dates_clock_durations_and_rupiah()
    {
        var import = SessionImport.Of("shopee-live-en.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("shopee-live"));
        Assert.That(import.Report.RowsSkippedAboveData, Is.EqualTo(1), "the group-header row is above the header");
        Assert.That(import.Report.TimeFormat, Is.EqualTo("dd-MM-yyyy HH:mm"));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.Shopee,
                Shop = "default",
                Host = "123456789",
                RoomId = null,
                Title = "Sale 7.7 tối nay",
                Start = At(2026, 7, 7, 20, 0),
                End = At(2026, 7, 7, 21, 30),
                SourceKind = "shopee-live",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(1_234_567m), // Sales(Confirmed Order), not Placed
                    Orders = 40,
                    Items = 52,
                    Viewers = 5678,
                    Views = null,
                    PeakConcurrentViewers = null,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(135),
                    ProductImpressions = null,
                    ProductClicks = null,
                    Ctr = null,
                    Ctor = null,
                    Comments = 567,
                    Likes = null,
                    Shares = null,
                    NewFollowers = null,
                },
            },
            new LiveSession
            {
                Platform = Platform.Shopee,
                Shop = "default",
                Host = "123456789",
                Title = "Livestream sáng",
                Start = At(2026, 7, 8, 9, 15), // 08-07 is the 8th of July: Shopee writes day first
                End = At(2026, 7, 8, 10, 0, 30),
                SourceKind = "shopee-live",
                Metrics = new LiveMetrics(),
            },
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }

    [Test]
    public void Indonesian_xlsx_reads_text_times_numeric_counts_and_a_numeric_sales_cell()
    {
        var import = SessionImport.Of("shopee-live-id.xlsx");

        Assert.That(import.Report.Kind, Is.EqualTo("shopee-live"));
        Assert.That(import.Report.RowsSkippedAboveData, Is.EqualTo(1));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.Shopee,
                Shop = "default",
                Host = "987654321",
                Title = "Live Gajian",
                Start = At(2026, 7, 25, 19, 45),
                End = At(2026, 7, 25, 21, 55),
                SourceKind = "shopee-live",
                Metrics = new LiveMetrics
                {
                    Gmv = Vnd(2_345_678m),
                    Orders = 120,
                    Items = 170,
                    Viewers = 9876,
                    Views = null,
                    PeakConcurrentViewers = null,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(185),
                    ProductImpressions = null,
                    ProductClicks = null,
                    Ctr = null,
                    Ctor = null,
                    Comments = 1500,
                    Likes = null,
                    Shares = null,
                    NewFollowers = null,
                },
            },
            new LiveSession
            {
                Platform = Platform.Shopee,
                Shop = "default",
                Host = "987654321",
                Title = "Live Siang",
                Start = At(2026, 7, 26, 12, 0),
                End = At(2026, 7, 26, 12, 30),
                SourceKind = "shopee-live",
                Metrics = new LiveMetrics { Gmv = Vnd(750_000m) },
            },
        }));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
    }
}
