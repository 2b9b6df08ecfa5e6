using LivePeak.Analytics.Import;
using static LivePeak.Tests.Support.FixtureImport;

namespace LivePeak.Tests.Import;

/// <summary>
/// Whether every input is an order export (which lets a run take the fast path): recognised on
/// several threads, answered as one file at a time in order would answer.
/// </summary>
[TestFixture]
public sealed class AllOrderFilesTests
{
    private const string Orders = "tiktok_vn_54_bom.csv";
    private const string OtherOrders = "shopee_vn_63_product_total.csv";
    private const string LiveReport = "Sessions/shopee-live-en.csv";
    private const string Unrecognised = "unrecognised.csv";

    [TestCase(new[] { Orders, OtherOrders, Orders }, true, TestName = "Order exports of two platforms are all order files")]
    [TestCase(new[] { Orders, LiveReport, OtherOrders }, false, TestName = "A LIVE report among them is not")]
    [TestCase(new[] { Orders, LiveReport, Unrecognised }, false, TestName = "A file no layout matches, after a LIVE report, is left to the general import to refuse")]
    public void Answers_as_one_file_at_a_time_would(string[] fixtures, bool expected)
    {
        var files = fixtures.Select(PathOf).ToList();

        foreach (var threads in new[] { 1, 2, 4 })
        {
            Assert.That(InputImport.AllOrderFiles(files, new ImportOptions(), threads), Is.EqualTo(expected), $"{threads} threads");
        }
    }

    [TestCase(new[] { Unrecognised, LiveReport }, 0, TestName = "The first file matches no layout")]
    [TestCase(new[] { Orders, OtherOrders, Unrecognised, LiveReport, Unrecognised }, 2, TestName = "A file matching no layout follows order exports, before a LIVE report")]
    public void Refuses_the_first_file_no_layout_matches_when_every_file_before_it_is_an_order_export(string[] fixtures, int first)
    {
        var files = fixtures.Select(PathOf).ToList();
        // A copy, so the file named in the error tells which unrecognised file was refused.
        using var temp = new TempFolder();
        files[first] = Path.Combine(temp.Path, "first-unrecognised.csv");
        File.Copy(PathOf(Unrecognised), files[first]);

        foreach (var threads in new[] { 1, 2, 4 })
        {
            var error = Assert.Throws<UnrecognisedFileException>(() => InputImport.AllOrderFiles(files, new ImportOptions(), threads), $"{threads} threads");
            Assert.That(error!.Message, Does.Contain("first-unrecognised.csv"), $"{threads} threads");
        }
    }
}
