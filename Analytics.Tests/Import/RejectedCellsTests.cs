using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Tables;

namespace LivePeak.Tests.Import;

/// <summary>A reject carries only mapped columns, and nothing at all from a row that was not split cleanly.</summary>
[TestFixture]
public sealed class RejectedCellsTests
{
    private static readonly string[] Headers = ["Livestream Name", "Start Time", "Duration"];

    [TestCase(null, new[] { "Live tối", "not a time", "01:00:00" }, 3, TestName = "A clean row travels with its mapped cells")]
    [TestCase("a quoted field is not closed before the end of the file", new[] { "Live tối", "not a time", "01:00:00" }, 0, TestName = "A malformed row travels with none")]
    [TestCase(null, new[] { "Live tối", "not a time", "01:00:00", "0912345678" }, 0, TestName = "A row with more fields than headers travels with none")]
    public void Cells_of_a_rejected_row(string? malformed, string[] cells, int expected)
    {
        var row = new TableRow(2, cells, null, malformed);

        Assert.That(RejectedCells.Of(Headers, [0, 1, 2], row), Has.Count.EqualTo(expected));
    }

    [Test]
    public void A_malformed_LIVE_report_row_is_rejected_without_its_cells()
    {
        TableRow[] rows =
        [
            new(1, Headers),
            new(2, ["Live tối \"Nguyễn Thị Lan 0912345678", "06-06-2026 20:00", "01:00:00"], null, "a quote inside field 1 that is not quoted as a whole"),
        ];
        var match = SessionImporter.Detect(rows, KnownSessionLayouts.All)!;
        var rejects = new List<RejectedRow>();

        var report = new SessionImporter(new ImportOptions()).Import("shopee-live.csv", match, rows, _ => { }, rejects.Add);

        Assert.That(report.RowsRejected, Is.EqualTo(1));
        Assert.That(rejects.Single().Cells, Is.Empty);
    }
}
