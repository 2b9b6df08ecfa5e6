using System.Text.Json;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Models;

namespace LivePeak.Tests.Cli;

/// <summary><c>livepeak products</c> end to end.</summary>
[TestFixture]
public sealed class ProductsCommandTests
{
    private PlantedFiles _files = null!;

    [OneTimeSetUp]
    public void Write() => _files = new PlantedFiles(new PlantedLiveOptions { Weeks = 8, Seed = 3, TypicalGmvPerHour = 3_000_000 });

    [OneTimeTearDown]
    public void Delete() => _files.Dispose();

    [Test]
    public void Json_lists_the_windows_products_and_the_planted_bundle()
    {
        var run = CliRun.Of("products", _files.Folder, "--window", "Sat 20:00-22:00", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("window").GetProperty("start").GetString(), Is.EqualTo("20:00"));
        Assert.That(root.GetProperty("from").GetString(), Is.EqualTo("live"), "the orders fall in the LIVEs of the report");
        var products = root.GetProperty("products").EnumerateArray().ToList();
        Assert.That(products[0].GetProperty("id").GetString(), Is.EqualTo("LGB-500"), "planted: smoked pork leads in the evening");
        var bundles = root.GetProperty("bundles").EnumerateArray().ToList();
        Assert.That(bundles[0].EnumerateObject().Select(p => p.Name).Take(6), Is.EqualTo(new[] { "if", "then", "support", "confidence", "lift", "count" }));
        Assert.That(bundles.Any(b => b.GetProperty("ifIds")[0].GetString() == "THACH-DEN-1KG" && b.GetProperty("thenIds")[0].GetString() == "NA-CL-1KG"), Is.True,
            "planted: grass jelly buyers take custard apples");
    }

    [Test]
    public void LIVE_baskets_count_LIVEs()
    {
        var run = CliRun.Of("products", _files.Folder, "--basket", "live", "--min-support", "0.5", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.That(doc.RootElement.GetProperty("basket").GetString(), Is.EqualTo("live"));
        Assert.That(doc.RootElement.GetProperty("baskets").GetInt32(), Is.InRange(50, 90), "one basket per LIVE that sold something");
        Assert.That(doc.RootElement.GetProperty("bundles").EnumerateArray().Select(b => b.GetProperty("support").GetDouble()), Has.All.GreaterThanOrEqualTo(0.5));
    }

    [Test]
    public void Product_names_reach_the_terminal_and_JSON_as_text_not_markup()
    {
        using var temp = new TempFolder();
        var file = temp.Write("orders.csv",
            "order_id,created_at,product_id,product_name,quantity,amount\n" +
            "1,2026-06-06 20:10:00,P1,\"Combo [red]HOT[/] <b>\"\"quà\"\"</b>\",1,100000\n" +
            "2,2026-06-06 20:20:00,P2,Na dai,1,50000\n");

        var table = CliRun.Of("products", file);
        var json = CliRun.Of("products", file, "--json");

        Assert.That(table.ExitCode, Is.EqualTo(ExitCodes.Ok), table.Error);
        Assert.That(table.Output, Does.Contain("Combo [red]HOT[/] <b>\"quà\"</b>"));
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Ok), json.Error);
        Assert.That(json.Output, Does.Not.Contain("<b>"), "angle brackets are escaped in JSON");
        using var doc = JsonDocument.Parse(json.Output);
        Assert.That(doc.RootElement.GetProperty("products")[0].GetProperty("name").GetString(), Is.EqualTo("Combo [red]HOT[/] <b>\"quà\"</b>"));
    }

    [TestCase("--window", "Sat 20:00", "--window: 'Sat 20:00' is not a window", TestName = "A window with no end")]
    [TestCase("--window", "Sat 20:15-22:00", "starts and ends on the hour or half hour", TestName = "A window off the half hour")]
    [TestCase("--min-support", "0", "--min-support must be above 0", TestName = "Zero minimum support")]
    [TestCase("--min-support", "1.5", "--min-support must be above 0 and at most 1", TestName = "Support above one")]
    public void Bad_options_are_one_clear_line_and_exit_4(string option, string value, string message)
    {
        var run = CliRun.Of("products", _files.Folder, option, value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.HasStackTrace, Is.False, run.Error);
    }

    [Test]
    public void LIVE_baskets_without_a_LIVE_report_exit_with_no_data()
    {
        var run = CliRun.Of("products", Path.Combine(_files.Folder, "orders.csv"), "--basket", "live");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NoData));
        Assert.That(run.Error, Does.Contain("--basket live needs orders linked to LIVEs"));
    }
}
