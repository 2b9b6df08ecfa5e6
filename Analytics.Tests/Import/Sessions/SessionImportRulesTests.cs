using NUnit.Framework;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Tests.Cli;
using static LivePeak.Tests.Import.Sessions.Vn;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>Rules that hold for every LIVE report layout: what is required, duplicates, unknown files.</summary>
[TestFixture]
public sealed class SessionImportRulesTests
{
    /// <summary>The golden fixtures, one or more per layout (see the per-layout test classes).</summary>
    private static readonly (string File, string Kind)[] GoldenFixtures =
    [
        ("tiktok-live-analysis-vn.csv", "tiktok-live-analysis"),
        ("tiktok-live-legacy-en.csv", "tiktok-live-list-legacy"),
        ("tiktok-live-legacy-id.csv", "tiktok-live-list-legacy"),
        ("tiktok-live-list-2023-en.csv", "tiktok-live-list-2023"),
        ("Creator-Live-Performance-20260701-20260731.csv", "tiktok-creator-live-performance"),
        ("tiktok-affiliate-live-20260401-20260430.csv", "tiktok-affiliate-live"),
        ("tiktok-affiliate-live-typed-20260401-20260430.xlsx", "tiktok-affiliate-live"),
        ("shopee-live-en.csv", "shopee-live"),
        ("shopee-live-id.xlsx", "shopee-live"),
        ("meta-content-export.csv", "facebook-content"),
    ];

    [Test]
    public void Every_known_layout_has_a_golden_fixture_that_is_recognised_as_it()
    {
        foreach (var (file, kind) in GoldenFixtures)
        {
            Assert.That(SessionImport.Of(file).Report.Kind, Is.EqualTo(kind), file);
        }

        Assert.That(GoldenFixtures.Select(f => f.Kind).Distinct(), Is.EquivalentTo(KnownSessionLayouts.All.Select(l => l.Kind)),
            "a new layout needs a golden fixture and test of its own");
    }

    [TestCase("tiktok-live-analysis", "2026/07/31/ 21:03", 2026, 7, 31, 21, 3, 0, TestName = "Live Analysis: host and start columns are enough")]
    [TestCase("tiktok-live-list-legacy", "2023/05/12/ 20:00", 2023, 5, 12, 20, 0, 0, TestName = "Legacy list: launched time and PCU columns are enough")]
    [TestCase("tiktok-live-list-2023", "2024-03-15 19:00:00", 2024, 3, 15, 19, 0, 0, TestName = "2023 list: livestream, start and peak columns are enough")]
    [TestCase("tiktok-creator-live-performance", "2026-07-01 10:59:09", 2026, 7, 1, 10, 59, 9, TestName = "Creator-Live-Performance: an empty GMV cell is absent, not zero")]
    [TestCase("tiktok-affiliate-live", "13/4/2026 20:00", 2026, 4, 13, 20, 0, 0, TestName = "Affiliate report: room and start columns are enough")]
    [TestCase("shopee-live", "07-07-2026 20:00", 2026, 7, 7, 20, 0, 0, TestName = "Shopee Live: name and start columns are enough")]
    [TestCase("facebook-content", "07/05/2026 20:00", 2026, 7, 5, 20, 0, 0, TestName = "Meta: post id and publish time are enough")]
    public void Only_a_start_time_is_required_and_every_missing_metric_is_null(
        string kind, string startText, int year, int month, int day, int hour, int minute, int second)
    {
        var layout = KnownSessionLayouts.All.Single(l => l.Kind == kind);
        var fields = layout.Anchors.Append(SessionField.Start).Distinct().ToList();
        var header = string.Join(',', fields.Select(f => layout.Aliases[f][0]));
        var row = string.Join(',', fields.Select(f => f == SessionField.Start ? startText : f == SessionField.RoomId ? "7001" : string.Empty));
        using var temp = new TempFolder();
        var file = temp.Write("minimal.csv", header + "\n" + row + "\n");
        var sessions = new List<LiveSession>();

        var summary = InputImport.Run([file], new ImportOptions(), new ImportSink { OnSession = sessions.Add });

        Assert.That(summary.Files.Single().Kind, Is.EqualTo(kind));
        var session = sessions.Single();
        Assert.That(session.Start, Is.EqualTo(At(year, month, day, hour, minute, second)));
        Assert.That(session.End, Is.EqualTo(session.Start), "no end and no duration: a zero-length LIVE");
        Assert.That(session.HasDuration, Is.False);
        Assert.That(session.Metrics, Is.EqualTo(new LiveMetrics()), "every metric absent, none read as 0");
        Assert.That(session.Platform, Is.EqualTo(layout.Platform));
    }

    [Test]
    public void The_same_room_in_two_overlapping_exports_counts_once()
    {
        var importer = new SessionImporter(new ImportOptions());

        var july = SessionImport.Of("Creator-Live-Performance-20260701-20260731.csv", importer);
        var firstWeek = SessionImport.Of("Creator-Live-Performance-20260701-20260707.csv", importer);

        Assert.That(july.Accounting, Is.EqualTo((4L, 3L, 1L, 0L)));
        Assert.That(firstWeek.Accounting, Is.EqualTo((2L, 1L, 0L, 1L)), "room ...456 was already read from the July export");
        Assert.That(firstWeek.Sessions.Single().RoomId, Is.EqualTo("7391234567890123460"));
        Assert.That(firstWeek.Report.IsBalanced, Is.True);
    }

    [Test]
    public void The_same_LIVE_without_a_room_id_is_known_by_its_host_and_start()
    {
        var importer = new SessionImporter(new ImportOptions());

        SessionImport.Of("tiktok-live-analysis-vn.csv", importer);
        var overlap = SessionImport.Of("tiktok-live-analysis-vn-overlap.csv", importer);

        Assert.That(overlap.Accounting, Is.EqualTo((2L, 1L, 0L, 1L)), "bepnhalan at 2026/07/31 21:03 was in the first export");
        Assert.That(overlap.Sessions.Single().Start, Is.EqualTo(At(2026, 8, 1, 20, 0)));
    }

    [Test]
    public void Through_the_import_stage_the_latest_export_is_kept_and_the_older_copy_is_a_duplicate()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "Creator-Live-Performance-20260701-20260707.csv", "Creator-Live-Performance-20260701-20260731.csv" })
        {
            File.Copy(SessionImport.Fixture(name), temp.File(name));
        }

        var sessions = new List<LiveSession>();
        var summary = InputImport.Run([temp.Path], new ImportOptions(), new ImportSink { OnSession = sessions.Add });

        Assert.That(summary.Files.Select(f => Path.GetFileName(f.Path)), Is.EqualTo(new[]
        {
            "Creator-Live-Performance-20260701-20260731.csv", "Creator-Live-Performance-20260701-20260707.csv",
        }), "newest period first");
        Assert.That((summary.RowsRead, summary.RowsAccepted, summary.RowsRejected, summary.RowsDuplicate), Is.EqualTo((6L, 4L, 1L, 1L)));
        Assert.That(sessions.Single(s => s.RoomId == "7391234567890123456").Metrics.Gmv, Is.EqualTo(Vnd(65_498_875.96m)),
            "the July export's figures, not the first-week export's 60,000,000");
    }

    [Test]
    public void A_file_that_matches_no_layout_names_every_LIVE_report_kind_in_its_error()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bao-cao.csv", "Phiên,Bắt đầu lúc,Doanh thu\n1,2026-07-01 20:00,100000\n");

        var error = Assert.Throws<UnrecognisedFileException>(() => InputImport.Run([file], new ImportOptions(), new ImportSink()));

        Assert.That(error!.Message, Does.Contain("bao-cao.csv").And.Contain("'Phiên', 'Bắt đầu lúc', 'Doanh thu'"));
        foreach (var layout in KnownSessionLayouts.All)
        {
            Assert.That(error.Message, Does.Contain(layout.Kind));
        }
    }
}
