using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Models;

namespace LivePeak.Tests.Cli;

/// <summary><c>livepeak recommend</c> end to end, on planted LIVEs written as a LIVE report and an order log.</summary>
[TestFixture]
public sealed class RecommendCommandTests
{
    private PlantedFiles _files = null!;

    [OneTimeSetUp]
    public void Write() => _files = new PlantedFiles(PlantedScenarios.Realistic(2));

    [OneTimeTearDown]
    public void Delete() => _files.Dispose();

    [Test]
    public void Json_has_the_issues_shape_and_finds_the_planted_window()
    {
        var run = CliRun.Of("recommend", _files.Folder, "--json", "--window", "120", "--top", "3", "--explore");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "windows", "explore", "products" }));
        var windows = root.GetProperty("windows").EnumerateArray().ToList();
        Assert.That(windows, Has.Count.EqualTo(3));
        Assert.That(windows[0].EnumerateObject().Select(p => p.Name).Take(8),
            Is.EqualTo(new[] { "day", "start", "end", "expectedGmvPerHour", "low", "high", "sessions", "evidence" }));
        var truth = _files.Data.TrueRanking(_files.Data.Shops[0], 120)[0];
        var (start, end) = WindowText.Times(truth);
        Assert.That(windows.Any(w => w.GetProperty("day").GetString() == DayNames.Short(truth.First.Day) &&
                                     w.GetProperty("start").GetString() == start && w.GetProperty("end").GetString() == end), Is.True,
            $"the planted best window {truth} is among the three");
        foreach (var w in windows)
        {
            Assert.That(w.GetProperty("low").GetDouble(), Is.LessThanOrEqualTo(w.GetProperty("expectedGmvPerHour").GetDouble()));
            Assert.That(w.GetProperty("high").GetDouble(), Is.GreaterThanOrEqualTo(w.GetProperty("expectedGmvPerHour").GetDouble()));
            Assert.That(w.GetProperty("evidence").GetString(), Is.AnyOf("strong", "moderate", "thin", "none"));
        }

        var explore = root.GetProperty("explore").EnumerateArray().ToList();
        Assert.That(explore, Has.Count.EqualTo(3));
        Assert.That(explore.Select(e => e.GetProperty("experiment").GetBoolean()), Has.All.True);
        Assert.That(explore.Select(e => e.GetProperty("sessions").GetInt32()), Has.All.LessThan(3));
        var products = root.GetProperty("products").EnumerateArray().ToList();
        Assert.That(products, Has.Count.EqualTo(3), "one product list per recommended window");
        Assert.That(products.Select(p => p.GetProperty("top").GetArrayLength()), Has.All.EqualTo(3));
        Assert.That(root.GetProperty("productsFrom").GetString(), Is.EqualTo("live"));
    }

    [Test]
    public void Available_hours_are_honoured()
    {
        var run = CliRun.Of("recommend", _files.Folder, "--json", "--available", "Mon-Fri 07:00-12:00", "--top", "5", "--explore");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var shown = doc.RootElement.GetProperty("windows").EnumerateArray().Concat(doc.RootElement.GetProperty("explore").EnumerateArray()).ToList();
        Assert.That(shown, Is.Not.Empty);
        foreach (var w in shown)
        {
            Assert.That(w.GetProperty("day").GetString(), Is.AnyOf("Mon", "Tue", "Wed", "Thu", "Fri"));
            Assert.That(string.CompareOrdinal(w.GetProperty("start").GetString(), "07:00"), Is.GreaterThanOrEqualTo(0));
            Assert.That(string.CompareOrdinal(w.GetProperty("end").GetString(), "12:00"), Is.LessThanOrEqualTo(0));
        }
    }

    [Test]
    public void Table_names_the_shop_the_windows_and_the_evidence()
    {
        var run = CliRun.Of("recommend", _files.Folder, "--explore", "--available", "Mon-Fri 08:00-23:00;Sat,Sun 06:00-23:59");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("Best windows to go LIVE"));
        Assert.That(run.Output, Does.Contain("GMV / live hour"));
        Assert.That(run.Output, Does.Contain("experiment"));
        Assert.That(run.Output, Does.Contain(_files.Data.TrueRanking(_files.Data.Shops[0], 120)[0].ToString()));
    }

    [Test]
    public void The_saved_model_loads()
    {
        var path = _files.File("model.json");

        var run = CliRun.Of("recommend", _files.Folder, "--json", "--save-model", path);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(Analytics.Models.Slots.SlotModel.Load(path).LiveCount, Is.EqualTo(_files.Data.Sessions.Count));
    }

    [TestCase("--available", "Mon-Fry 08:00-23:00", "--available: 'Mon-Fry 08:00-23:00': 'Fry' is not a day", TestName = "A misspelt day in --available")]
    [TestCase("--window", "45", "--window must be 30 to 720 minutes in steps of 30", TestName = "A window of 45 minutes")]
    [TestCase("--top", "0", "--top must be 1 or more", TestName = "No windows asked for")]
    [TestCase("--for", "Nobody", "no LIVEs of shop 'Nobody'", TestName = "A shop not in the inputs")]
    public void Bad_options_are_one_clear_line_and_exit_4(string option, string value, string message)
    {
        var run = CliRun.Of("recommend", _files.Folder, option, value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.HasStackTrace, Is.False, run.Error);
    }

    [Test]
    public void Orders_without_any_LIVE_report_exit_with_no_data()
    {
        var run = CliRun.Of("recommend", Path.Combine(_files.Folder, "orders.csv"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NoData));
        Assert.That(run.Error, Does.Contain("recommend needs a LIVE report"));
        Assert.That(run.HasStackTrace, Is.False);
    }
}
