using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Models.Slots;
using NodaTime;

namespace LivePeak.Tests.Models;

/// <summary>What the slot model promises beyond finding planted effects.</summary>
[TestFixture]
public sealed class SlotModelTests
{
    private static readonly LocalDate Monday = new(2026, 6, 1);

    [Test]
    public void A_shop_with_two_LIVEs_follows_the_group_while_a_shop_with_forty_keeps_its_own_pattern()
    {
        // Ten shops sell best in the evening. Two more shops claim Tuesday afternoon beats
        // Saturday evening five times over: one with a LIVE at each, one with twenty at each.
        var group = PlantedLiveSimulation.Run(new PlantedLiveOptions
        {
            Shops = 10, Weeks = 8, Seed = 3, WithOrders = false, TypicalGmvPerHour = 3_000_000, Effects = PlantedLiveOptions.RealisticShape,
        });
        // Each fitted with the group alone, so neither sways how much the other is shrunk.
        var withFew = new SlotModelTrainer(new SlotModelOptions()).Fit([.. group.Outcomes, .. Claim("Two LIVEs", 1)]);
        var withMany = new SlotModelTrainer(new SlotModelOptions()).Fit([.. group.Outcomes, .. Claim("Forty LIVEs", 20)]);

        var afternoon = Window(IsoDayOfWeek.Tuesday, 14);
        var evening = Window(IsoDayOfWeek.Saturday, 20);
        var few = Ratio(withFew, "Two LIVEs", afternoon, evening);
        var many = Ratio(withMany, "Forty LIVEs", afternoon, evening);
        Assert.Multiple(() =>
        {
            Assert.That(few, Is.LessThan(1.5), "two LIVEs cannot overturn what every other shop shows");
            Assert.That(many, Is.GreaterThan(2.5), "forty LIVEs can");
            Assert.That(withFew.Predict("Two LIVEs", Platform.TikTok, afternoon).Evidence, Is.EqualTo(Evidence.Thin));
            Assert.That(withFew.Predict("Two LIVEs", Platform.TikTok, afternoon).Sessions, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_shop_with_two_LIVEs_is_pulled_toward_the_typical_shop_level_and_one_with_forty_is_not()
    {
        // A trainer's class of similar shops: levels within about a third of each other.
        var group = PlantedLiveSimulation.Run(new PlantedLiveOptions { Shops = 30, Weeks = 8, Seed = 4, WithOrders = false, TypicalGmvPerHour = 3_000_000, ShopSpread = 0.3 });
        var typical = Math.Exp(group.Outcomes.Select(o => Math.Log(o.GmvPerHour)).Average());
        var lives = group.Outcomes.ToList();
        // Both shops sell five times the typical rate: one shows it twice, the other forty times.
        var rate = typical * 5;
        for (var week = 0; week < 40; week++)
        {
            var start = Monday.PlusDays(7 * week).At(new LocalTime(20, 0));
            lives.Add(Live("Steady", start, rate));
            if (week < 2)
            {
                lives.Add(Live("Lucky", start, rate));
            }
        }

        var model = new SlotModelTrainer(new SlotModelOptions()).Fit(lives);
        var lucky = model.Predict("Lucky", Platform.TikTok, Window(IsoDayOfWeek.Monday, 20)).Expected;
        var steady = model.Predict("Steady", Platform.TikTok, Window(IsoDayOfWeek.Monday, 20)).Expected;

        Assert.Multiple(() =>
        {
            Assert.That(lucky, Is.LessThan(rate * 0.75).And.GreaterThan(typical), "between the typical shop and its own two LIVEs");
            Assert.That(steady, Is.GreaterThan(rate * 0.9), "forty LIVEs speak for themselves");
        });
    }

    [Test]
    public void Habitual_hours_are_not_favoured_for_being_habitual()
    {
        // Every morning at 09:00 (56 LIVEs) at the shop's usual rate; eight Saturday evenings at 1.5 times it.
        var lives = new List<LiveOutcome>();
        var random = new Random(11);
        for (var day = 0; day < 56; day++)
        {
            lives.Add(Live("Habit", Monday.PlusDays(day).At(new LocalTime(9, 0)), 1_000_000 * Luck(random)));
        }

        for (var week = 0; week < 8; week++)
        {
            lives.Add(Live("Habit", Monday.PlusDays(7 * week + 5).At(new LocalTime(20, 0)), 1_500_000 * Luck(random)));
        }

        var model = new SlotModelTrainer(new SlotModelOptions()).Fit(lives);
        var morning = model.Predict("Habit", Platform.TikTok, Window(IsoDayOfWeek.Wednesday, 9));
        var saturday = model.Predict("Habit", Platform.TikTok, Window(IsoDayOfWeek.Saturday, 20));

        Assert.That(saturday.Expected, Is.GreaterThan(morning.Expected));
        Assert.That((morning.Sessions, saturday.Sessions), Is.EqualTo((8, 8)));
    }

    [Test]
    public void Save_then_load_gives_the_same_predictions_and_the_same_file()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions { Shops = 3, Weeks = 6, Seed = 9, WithOrders = false, BestWindowMultiplier = 1.8 });
        var model = new SlotModelTrainer(new SlotModelOptions { Seed = 5, IntervalLevel = 0.9 }).Fit(data.Outcomes);

        using var saved = new MemoryStream();
        model.Save(saved);
        var loaded = SlotModel.Load(new MemoryStream(saved.ToArray()));
        using var again = new MemoryStream();
        loaded.Save(again);

        Assert.That(again.ToArray(), Is.EqualTo(saved.ToArray()), "saving a loaded model writes the same bytes");
        Assert.That(loaded.Options, Is.EqualTo(model.Options));
        foreach (var shop in data.Shops.Select(s => s.Name).Append("A shop never seen"))
        {
            foreach (var window in PlantedScenarios.TwoHourWindows())
            {
                Assert.That(loaded.Predict(shop, Platform.TikTok, window), Is.EqualTo(model.Predict(shop, Platform.TikTok, window)), $"{shop} {window}");
            }
        }
    }

    [Test]
    public void A_file_of_another_version_is_refused()
    {
        var json = "{\"Version\":99}"u8.ToArray();

        Assert.That(() => SlotModel.Load(new MemoryStream(json)), Throws.TypeOf<InvalidDataException>().With.Message.Contains("version 99"));
    }

    [Test]
    public void An_unknown_shop_gets_the_groups_pattern_with_no_evidence_and_a_wider_range()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions { Shops = 6, Weeks = 8, Seed = 2, WithOrders = false, Effects = PlantedLiveOptions.RealisticShape });
        var model = new SlotModelTrainer(new SlotModelOptions()).Fit(data.Outcomes);
        var known = data.Shops[0].Name;

        var stranger = model.Predict("Stranger", Platform.TikTok, Window(IsoDayOfWeek.Saturday, 20));
        var regular = model.Predict(known, Platform.TikTok, Window(IsoDayOfWeek.Saturday, 20));

        Assert.Multiple(() =>
        {
            Assert.That(stranger.Evidence, Is.EqualTo(Evidence.None));
            Assert.That(stranger.Sessions, Is.Zero);
            Assert.That(stranger.High / stranger.Low, Is.GreaterThan(regular.High / regular.Low));
            Assert.That(model.Predict("Stranger", Platform.TikTok, Window(IsoDayOfWeek.Saturday, 20)).Expected,
                Is.GreaterThan(model.Predict("Stranger", Platform.TikTok, Window(IsoDayOfWeek.Tuesday, 3)).Expected),
                "the group sells more on Saturday evening than at 3 at night");
        });
    }

    [Test]
    public void The_order_the_LIVEs_come_in_does_not_change_the_model()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions { Shops = 2, Weeks = 4, Seed = 8, WithOrders = false, BestWindowMultiplier = 1.8 });
        var shuffled = data.Outcomes.OrderBy(_ => Guid.NewGuid()).ToList();

        var a = new SlotModelTrainer(new SlotModelOptions()).Fit(data.Outcomes);
        var b = new SlotModelTrainer(new SlotModelOptions()).Fit(shuffled);

        using var first = new MemoryStream();
        using var second = new MemoryStream();
        a.Save(first);
        b.Save(second);
        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
    }

    [Test]
    public void Fitting_on_the_ledger_uses_the_orders_when_the_report_has_no_GMV()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions { Weeks = 4, Seed = 6, ReportGmv = false });
        var builder = data.Build();

        var fromLedger = new SlotModelTrainer(new SlotModelOptions()).Fit(builder.Ledger);
        var fromOutcomes = new SlotModelTrainer(new SlotModelOptions()).Fit(data.Outcomes);

        var shop = data.Shops[0].Name;
        Assert.That(fromLedger.LiveCount, Is.EqualTo(data.Sessions.Count));
        Assert.That(fromLedger.Account(shop, Platform.TikTok)!.Total, Is.EqualTo(fromOutcomes.Account(shop, Platform.TikTok)!.Total).Within(1e-6),
            "every order lies inside its LIVE, so attribution gives each LIVE exactly its orders");
    }

    [Test]
    public void LIVEs_of_a_platform_with_no_orders_and_no_reported_GMV_are_left_out()
    {
        var start = new LocalDateTime(2026, 6, 1, 20, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        var facebook = new LiveSession { Platform = Platform.Facebook, Shop = "S", Start = start, End = start.PlusHours(2) };
        var tiktok = facebook with { Platform = Platform.TikTok, Metrics = new LiveMetrics { Gmv = Money.FromDecimal(2_000_000) } };
        var results = new[] { new SessionResult(facebook, 0, Money.Zero, 0), new SessionResult(tiktok, 0, Money.Zero, 0) };

        var outcomes = LiveOutcome.FromResults(results, new HashSet<Platform> { Platform.TikTok });

        Assert.That(outcomes.Select(o => (o.Platform, o.Gmv)), Is.EqualTo(new[] { (Platform.TikTok, 2_000_000.0) }),
            "a Facebook LIVE with no orders in the inputs sold an unknown amount, not nothing");
    }

    [Test]
    public void Orders_can_be_the_target()
    {
        var data = PlantedLiveSimulation.Run(PlantedScenarios.Realistic(1));
        var model = new SlotModelTrainer(new SlotModelOptions { Target = SlotTarget.Orders }).Fit(data.Outcomes);
        var account = model.Account(data.Shops[0].Name, Platform.TikTok)!;

        Assert.That(account.Total, Is.EqualTo(data.Outcomes.Sum(o => o.Orders)));
        Assert.That(model.Predict(data.Shops[0].Name, Platform.TikTok, Window(IsoDayOfWeek.Saturday, 20)).Expected, Is.LessThan(1000),
            "orders per hour, not VND");
    }

    private static IEnumerable<LiveOutcome> Claim(string shop, int eachWeeks)
    {
        for (var week = 0; week < eachWeeks; week++)
        {
            yield return Live(shop, Monday.PlusDays(7 * week + 1).At(new LocalTime(14, 0)), 10_000_000);
            yield return Live(shop, Monday.PlusDays(7 * week + 5).At(new LocalTime(20, 0)), 2_000_000);
        }
    }

    private static double Ratio(SlotModel model, string shop, Analytics.Domain.Window a, Analytics.Domain.Window b) =>
        model.Predict(shop, Platform.TikTok, a).Expected / model.Predict(shop, Platform.TikTok, b).Expected;

    private static LiveOutcome Live(string shop, LocalDateTime start, double gmvPerHour) =>
        new(Platform.TikTok, shop, start, 120, gmvPerHour * 2, 10);

    private static double Luck(Random random) => Math.Exp(0.3 * (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5));

    private static Analytics.Domain.Window Window(IsoDayOfWeek day, int hour) => new(new Slot(day, hour * 60, SlotLength.Hour), 2);
}
