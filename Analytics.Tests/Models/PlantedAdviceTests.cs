using LivePeak.Analytics.Generate.Planted;

namespace LivePeak.Tests.Models;

/// <summary>
/// Following the model's advice earns more than following the plain per-slot mean's. Planted
/// data knows every window's true worth, so the windows each method recommends are scored by
/// what they truly earn, not by the few LIVEs that happened to fall in them.
/// </summary>
[TestFixture]
public sealed class PlantedAdviceTests
{
    [Test]
    public void The_models_top_windows_earn_at_least_15_percent_more_per_live_hour_than_the_per_slot_means()
    {
        var totals = new Dictionary<string, double>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            // A trainer's class: twenty shops, eight weeks each, each with its own best window.
            var data = PlantedLiveSimulation.Run(new PlantedLiveOptions
            {
                Shops = 20, Weeks = 8, Seed = seed, TypicalGmvPerHour = 3_000_000,
                Effects = PlantedLiveOptions.RealisticShape, BestWindowMultiplier = 2.0,
            });
            foreach (var value in PlantedAdviceCheck.Run(data))
            {
                totals[value.Method] = totals.GetValueOrDefault(value.Method) + value.TrueGmvPerHour;
            }
        }

        TestContext.Out.WriteLine(string.Join("; ", totals.Select(t => $"{t.Key} {t.Value / 3:0}")));
        Assert.Multiple(() =>
        {
            Assert.That(totals["model"], Is.GreaterThanOrEqualTo(1.15 * totals["per-slot mean"]));
            Assert.That(totals["model"], Is.GreaterThan(totals["10-12 / 20-22 rule"]));
            Assert.That(totals["model"], Is.GreaterThan(totals["habitual slots"]));
            Assert.That(totals["planted truth"], Is.GreaterThanOrEqualTo(totals["model"]), "nothing beats the truth");
        });
    }
}
