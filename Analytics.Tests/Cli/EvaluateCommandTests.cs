using System.Text.Json;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Models;

namespace LivePeak.Tests.Cli;

/// <summary><c>livepeak evaluate</c> end to end, on planted LIVEs of several shops written as files.</summary>
[TestFixture]
public sealed class EvaluateCommandTests
{
    private PlantedFiles _files = null!;

    [OneTimeSetUp]
    public void Write() => _files = new PlantedFiles(PlantedScenarios.Realistic(4) with { Weeks = 10 });

    [OneTimeTearDown]
    public void Delete() => _files.Dispose();

    [Test]
    public void Json_reports_every_method_and_fold()
    {
        var run = CliRun.Of("evaluate", _files.Folder, "--train-weeks", "6", "--test-weeks", "2", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("folds").GetArrayLength(), Is.EqualTo(2), "tests at weeks 7-8 and 9-10");
        Assert.That(root.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()),
            Is.EqualTo(new[] { "model", "per-slot mean", "10-12 / 20-22 rule", "habitual slots" }));
        var model = root.GetProperty("methods")[0];
        Assert.That(model.GetProperty("ndcg").GetDouble(), Is.InRange(0.0, 1.0));
        Assert.That(model.GetProperty("coverage").GetDouble(), Is.InRange(0.0, 1.0));
        Assert.That(root.GetProperty("methods")[1].GetProperty("coverage").ValueKind, Is.EqualTo(JsonValueKind.Null), "baselines give no range");
        Assert.That(root.GetProperty("testLives").GetInt32(), Is.GreaterThan(20));
    }

    [Test]
    public void Table_shows_methods_and_the_summary()
    {
        var run = CliRun.Of("evaluate", _files.Folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("NDCG@3"));
        Assert.That(run.Output, Does.Contain("per-slot mean"));
        Assert.That(run.Output, Does.Contain("10-12 / 20-22 rule"));
        Assert.That(run.Output, Does.Contain("than the per-slot mean's"));
        Assert.That(run.Output, Does.Contain("80% ranges held"));
    }

    [Test]
    public void Too_many_weeks_asked_for_is_a_clear_error()
    {
        var run = CliRun.Of("evaluate", _files.Folder, "--train-weeks", "10", "--test-weeks", "4");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.NoData));
        Assert.That(run.Error, Does.Contain("the LIVEs span 10 week(s); 10 train and 4 test weeks need 14"));
        Assert.That(run.HasStackTrace, Is.False);
    }

    [TestCase("--train-weeks", "0", "--train-weeks and --test-weeks must be 1 or more", TestName = "No train weeks")]
    [TestCase("--window", "90", "--window must be whole hours", TestName = "A window of 90 minutes")]
    public void Bad_options_exit_4(string option, string value, string message)
    {
        var run = CliRun.Of("evaluate", _files.Folder, option, value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain(message));
    }
}
