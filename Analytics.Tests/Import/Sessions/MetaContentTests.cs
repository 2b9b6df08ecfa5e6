using NUnit.Framework;
using LivePeak.Analytics.Domain;
using NodaTime;
using static LivePeak.Tests.Import.Sessions.Vn;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>
/// Golden test for the Meta Business Suite content export (formats.md §5): only live videos become
/// sessions, a post's Lifetime row stands for it (its daily rows are set aside), dates are month first.
/// </summary>
[TestFixture]
public sealed class MetaContentTests
{
    [Test]
    public void Live_posts_become_one_session_each_and_every_other_post_row_is_set_aside()
    {
        var import = SessionImport.Of("meta-content-export.csv");

        Assert.That(import.Report.Kind, Is.EqualTo("facebook-content"), "'Publish Time' with a capital T still anchors the layout");
        Assert.That(import.Report.TimeFormat, Is.EqualTo("MM/dd/yyyy HH:mm"));
        Assert.That(import.Sessions, Is.EqualTo(new[]
        {
            new LiveSession
            {
                Platform = Platform.Facebook,
                Shop = "Bếp Nhà Lan", // Page name
                Host = null,
                RoomId = "102938475610293_84756",
                Title = "Live bán bánh trung thu",
                Start = At(2026, 7, 5, 20, 0), // 07/05 is the 5th of July
                End = At(2026, 7, 5, 21, 30), // Duration (sec) 5400
                SourceKind = "facebook-content",
                Metrics = new LiveMetrics
                {
                    Gmv = null, // Meta has no sales columns
                    Orders = null,
                    Items = null,
                    Viewers = 8765, // Reach
                    Views = 12_345,
                    PeakConcurrentViewers = null,
                    AverageConcurrentViewers = null,
                    AverageViewingDuration = Duration.FromSeconds(45),
                    ProductImpressions = null,
                    ProductClicks = null,
                    Ctr = null,
                    Ctor = null,
                    Comments = 300,
                    Likes = 900, // Reactions, not "Reactions, comments and shares"
                    Shares = 34,
                    NewFollowers = null,
                },
            },
            new LiveSession
            {
                Platform = Platform.Facebook,
                Shop = "Bếp Nhà Lan",
                RoomId = "102938475610293_84999",
                Title = "Live sáng chủ nhật",
                Start = At(2026, 7, 12, 9, 30), // 07/12: July 12, not December 7
                End = At(2026, 7, 12, 9, 30),
                HasDuration = false,
                SourceKind = "facebook-content",
                Metrics = new LiveMetrics
                {
                    Viewers = 1500,
                    Views = 2000,
                    AverageViewingDuration = Duration.FromSeconds(30),
                    Comments = 25,
                    Likes = 100,
                    Shares = 5,
                },
            },
        }));
        // Photo and video posts (lines 3, 4) and the per-day rows of a post with a Lifetime row
        // (lines 5, 6) are normal rows of this export, not errors: they are set aside, not rejected.
        Assert.That(import.Report.RejectsByReason, Is.Empty);
        Assert.That(import.Rejects, Is.Empty);
        Assert.That(import.Report.RowsSetAside, Is.EqualTo(4));
        Assert.That(import.Accounting, Is.EqualTo((2L, 2L, 0L, 0L)));
        Assert.That(import.Report.IsBalanced, Is.True);
    }
}
