using System.Text.Json;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Cli;

namespace LivePeak.Tests.Generate;

/// <summary>
/// <c>generate --planted</c>: the planted LIVEs written in the platforms' own layouts, with a
/// truth file that says what the models should find.
/// </summary>
[TestFixture]
public sealed class PlantedGenerateTests
{
    private TempFolder _temp = null!;

    private string _dir => _temp.Path;

    [SetUp]
    public void SetUp() => _temp = new TempFolder();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static GenerateOptions Planted(ExportFormat format, PlantedEffect effect, int shops = 1) =>
        new() { Format = format, Planted = effect, Shops = shops, Weeks = 4, Seed = 5, OrdersPerDay = 20 };

    [TestCase(ExportFormat.TikTok, "tiktok-orders", "tiktok-live-analysis", Description = "TikTok orders with the Seller Center LIVE list")]
    [TestCase(ExportFormat.Shopee, "shopee-orders", "shopee-live", Description = "Shopee orders with the Shopee Live list")]
    [TestCase(ExportFormat.TikTokCreatorLive, null, "tiktok-creator-live-performance", Description = "a LIVE format writes LIVEs only")]
    public void Writes_the_real_layouts_and_the_truth_last(ExportFormat format, string? orders, string lives)
    {
        var written = ExportGenerator.Write(Planted(format, PlantedEffect.Best), _dir);

        Assert.That(Path.GetFileName(written[^1]), Is.EqualTo(PlantedExport.TruthFileName));
        var run = CliRun.Of("inspect", _dir, "--json");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var kinds = doc.RootElement.GetProperty("inputs").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.That(kinds, Is.EquivalentTo(orders is null ? new[] { lives } : new[] { orders, lives }), "the truth file is not an input");
    }

    [Test]
    public void The_truth_plants_each_shops_best_two_hours_at_twice_the_same_hours_on_other_days()
    {
        ExportGenerator.Write(Planted(ExportFormat.TikTok, PlantedEffect.Best, shops: 3), _dir);

        var shops = Truth().GetProperty("shops").EnumerateArray().ToList();
        Assert.That(shops.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(ExportGenerator.ShopNames(Planted(ExportFormat.TikTok, PlantedEffect.Best, 3))));
        foreach (var shop in shops)
        {
            var best = shop.GetProperty("bestWindow");
            var slots = shop.GetProperty("slots").EnumerateArray().ToList();
            Assert.That(slots, Has.Count.EqualTo(168), "every hour of the week");
            var start = best.GetProperty("start").GetString()!;
            var hour = int.Parse(start[..2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(best.GetProperty("end").GetString(), Is.EqualTo($"{hour + 2:00}:00"));
            var day = best.GetProperty("day").GetString();
            foreach (var h in new[] { hour, hour + 1 })
            {
                var inside = Worth(slots, day!, h);
                var otherDays = slots.Where(s => s.GetProperty("day").GetString() != day && s.GetProperty("start").GetString() == $"{h:00}:00")
                    .Select(s => s.GetProperty("worth").GetDouble()).ToList();
                // Saturday and Sunday sell 1.1 times as well as weekdays: compare with a day of the same kind.
                Assert.That(otherDays.Select(o => inside / o), Has.Some.EqualTo(2.0).Within(1e-3), $"{day} {h:00}:00");
            }

            var habitual = shop.GetProperty("habits");
            Assert.That(hour, Is.EqualTo(habitual.GetProperty("eveningHour").GetInt32()).Or.EqualTo(habitual.GetProperty("morningHour").GetInt32()),
                "planted at one of the shop's habitual LIVE times, where it has LIVEs to show it");
        }
    }

    [Test]
    public void With_no_planted_effect_every_hour_is_worth_the_same_and_no_window_is_best()
    {
        ExportGenerator.Write(Planted(ExportFormat.TikTok, PlantedEffect.None), _dir);

        var shop = Truth().GetProperty("shops")[0];
        Assert.That(shop.GetProperty("bestWindow").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(shop.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("worth").GetDouble()), Has.All.EqualTo(1.0));
    }

    [Test]
    public void Lives_follow_the_sellers_habits_not_a_fixed_daily_rhythm()
    {
        var options = Planted(ExportFormat.TikTok, PlantedEffect.Best) with { Weeks = 8 };
        var starts = ExportGenerator.Lives(options).Select(l => l.Start.Hour).ToList();

        // The plain generator goes LIVE only near 10:00 and 20:00; planted sellers keep their own
        // hours and try others (trial slots, one-offs).
        Assert.That(starts.Distinct().Count(), Is.GreaterThanOrEqualTo(5), string.Join(",", starts.Distinct().Order()));
    }

    [Test]
    public void While_a_planted_shop_is_live_every_order_comes_through_the_live()
    {
        // So the LIVEs' sales carry the planted effects and nothing else: off-LIVE orders keep out of them.
        var lives = ExportGenerator.Lives(Planted(ExportFormat.TikTok, PlantedEffect.Best));

        Assert.That(lives, Is.Not.Empty);
        Assert.That(lives.Select(l => l.OrderIdsDuring.Count - l.OrderIds.Count), Has.All.EqualTo(0));
        Assert.That(lives.Sum(l => l.OrderIds.Count), Is.GreaterThan(10 * lives.Count), "LIVEs sell");
    }

    [Test]
    public void Same_seed_gives_byte_identical_files_and_truth()
    {
        var options = Planted(ExportFormat.ShopeeCsv, PlantedEffect.Best, shops: 2);
        var first = ExportGenerator.Write(options, Path.Combine(_dir, "a"));
        var second = ExportGenerator.Write(options, Path.Combine(_dir, "b"));
        var other = ExportGenerator.Write(options with { Seed = 6 }, Path.Combine(_dir, "c"));

        Assert.That(second.Select(Path.GetFileName), Is.EqualTo(first.Select(Path.GetFileName)));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.That(File.ReadAllBytes(second[i]), Is.EqualTo(File.ReadAllBytes(first[i])), first[i]);
        }

        Assert.That(File.ReadAllBytes(other[^1]), Is.Not.EqualTo(File.ReadAllBytes(first[^1])));
    }

    [Test]
    public void Planted_canonical_data_is_refused_it_has_no_lives()
    {
        var run = CliRun.Of("generate", "--planted", "best", "--format", "canonical", "--out", _dir, "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadOption));
        Assert.That(run.Error, Does.Contain("--planted"));
        Assert.That(run.HasStackTrace, Is.False);
    }

    private JsonElement Truth() => JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, PlantedExport.TruthFileName))).RootElement;

    private static double Worth(IEnumerable<JsonElement> slots, string day, int hour) =>
        slots.Single(s => s.GetProperty("day").GetString() == day && s.GetProperty("start").GetString() == $"{hour:00}:00").GetProperty("worth").GetDouble();
}
