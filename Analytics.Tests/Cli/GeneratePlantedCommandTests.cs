using System.Text.Json;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Cli;

/// <summary>
/// What a trainer would do to check the models: <c>livepeak generate --planted</c>, then
/// <c>livepeak recommend --json</c> on the files, compared with <c>planted-truth.json</c>. Each
/// seed is a different shop (level, habits, best window, luck), 8 weeks of LIVEs.
/// </summary>
[TestFixture]
public sealed class GeneratePlantedCommandTests
{
    private const int Seeds = 10;

    [Test]
    public void Recommend_puts_the_planted_best_window_in_its_top_three_for_at_least_9_of_10_seeds()
    {
        var misses = new List<string>();
        for (var seed = 1; seed <= Seeds; seed++)
        {
            using var folder = new TempFolder();
            var (truth, windows) = GenerateAndRecommend(folder, "best", seed, top: 3);
            var best = truth.GetProperty("shops")[0].GetProperty("bestWindow");
            Assert.That(windows, Has.Count.EqualTo(3));
            if (!windows.Any(w => w.GetProperty("day").GetString() == best.GetProperty("day").GetString() &&
                                  w.GetProperty("start").GetString() == best.GetProperty("start").GetString() &&
                                  w.GetProperty("end").GetString() == best.GetProperty("end").GetString()))
            {
                misses.Add($"seed {seed}: {best.GetProperty("day")} {best.GetProperty("start")}");
            }
        }

        Assert.That(misses, Has.Count.LessThanOrEqualTo(Seeds / 10), string.Join("; ", misses));
    }

    [Test]
    public void With_no_planted_effect_no_window_is_labelled_strong_for_at_least_9_of_10_seeds()
    {
        var falselySure = new List<int>();
        for (var seed = 1; seed <= Seeds; seed++)
        {
            using var folder = new TempFolder();
            // Every window that does not overlap a better one: a strong label anywhere would show.
            var (truth, windows) = GenerateAndRecommend(folder, "none", seed, top: 84);
            Assert.That(truth.GetProperty("shops")[0].GetProperty("bestWindow").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(windows, Has.Count.GreaterThan(20));
            if (windows.Any(w => w.GetProperty("evidence").GetString() == "strong"))
            {
                falselySure.Add(seed);
            }
        }

        Assert.That(falselySure, Has.Count.LessThanOrEqualTo(Seeds / 10), "seeds with a strong window: " + string.Join(", ", falselySure));
    }

    private static (JsonElement Truth, List<JsonElement> Windows) GenerateAndRecommend(TempFolder folder, string planted, int seed, int top)
    {
        var data = folder.File("exports");
        var generate = CliRun.Of("generate", "--planted", planted, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", data);
        Assert.That(generate.ExitCode, Is.EqualTo(ExitCodes.Ok), generate.Error);
        var recommend = CliRun.Of("recommend", data, "--json", "--window", "120", "--top", top.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(recommend.ExitCode, Is.EqualTo(ExitCodes.Ok), recommend.Error);
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, PlantedExport.TruthFileName))).RootElement;
        var windows = JsonDocument.Parse(recommend.Output).RootElement.GetProperty("windows").EnumerateArray().ToList();
        return (truth, windows);
    }
}
