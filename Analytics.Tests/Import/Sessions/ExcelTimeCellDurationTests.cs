using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Tables;
using NodaTime;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>
/// A Shopee Live CSV opened and saved in Excel keeps its durations as time cells; they read as
/// the same durations as the text <c>HH:mm:ss</c>.
/// </summary>
[TestFixture]
public sealed class ExcelTimeCellDurationTests
{
    [TestCase("1899-12-31T01:30:00", 90, TestName = "A time cell of 01:30 is a 90-minute LIVE")]
    [TestCase("1900-01-01T01:00:00", 25 * 60, TestName = "Past 24 hours Excel rolls into the next day: 25 hours")]
    public void A_duration_in_an_Excel_time_cell_reads_as_that_duration(string cell, int minutes)
    {
        TableRow[] rows =
        [
            new(1, ["Livestream Name", "Start Time", "Duration"]),
            new(2, ["Sầu riêng tối thứ Bảy", "06-06-2026 20:00", cell], [CellType.Text, CellType.Text, CellType.DateTime]),
        ];
        var match = SessionImporter.Detect(rows, KnownSessionLayouts.All)!;
        var sessions = new List<LiveSession>();

        var report = new SessionImporter(new ImportOptions()).Import("shopee-live.xlsx", match, rows, sessions.Add);

        Assert.That(report.RowsAccepted, Is.EqualTo(1), string.Join("; ", report.RejectsByReason.Keys));
        Assert.That(sessions.Single().Length, Is.EqualTo(Duration.FromMinutes(minutes)));
    }
}
