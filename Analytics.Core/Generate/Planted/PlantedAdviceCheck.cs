using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Evaluation;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>
/// The backtest only real data allows scores a method on the windows a shop happened to try
/// afterwards. Planted data can do better: it knows what any window is truly worth, so it can
/// score what following each method's advice would earn. Each method is fitted on the planted
/// weeks, picks its top windows for each shop (apart, within the hours given), and is credited
/// with their true GMV per live hour: the shop's level times the planted multiplier.
/// </summary>
public static class PlantedAdviceCheck
{
    public static IReadOnlyList<AdviceValue> Run(PlantedLives data, int windowMinutes = 120, int top = 3, Availability? availability = null)
    {
        var hours = availability ?? Availability.Parse("Mon-Sun 06:00-24:00");
        var model = new SlotModelTrainer(new SlotModelOptions()).Fit(data.Outcomes);
        IWindowScorer[] methods = [new ModelScorer(model), new SlotMeanScorer(data.Outcomes), new FixedRuleScorer(), new HabitScorer(model), new PlantedTruthScorer(data)];
        var windows = Enumerable.Range(0, SlotLength.Hour.SlotsPerWeek)
            .Select(i => new Window(SlotLength.Hour.SlotAt(i), windowMinutes / 60))
            .Where(hours.Contains)
            .ToList();
        return methods.Select(method =>
        {
            var total = 0.0;
            foreach (var shop in data.Shops)
            {
                var picked = WindowRanker.PickApart(windows.OrderByDescending(w => method.Score(shop.Name, data.Options.Platform, w)).ThenBy(w => w.First.Index), w => w, top, []);
                total += shop.GmvPerHour * picked.Average(w => data.TrueRate(shop, w));
            }

            return new AdviceValue(method.Name, total / data.Shops.Count);
        }).ToList();
    }
}
