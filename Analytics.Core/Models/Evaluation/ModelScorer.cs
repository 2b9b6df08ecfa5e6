using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>The slot model's advice: windows in the order <see cref="WindowRanker"/> recommends them.</summary>
public sealed class ModelScorer(SlotModel model) : IWindowScorer
{
    public string Name => "model";

    public double Score(string shop, Platform platform, Window window) => WindowRanker.Preference(model.Predict(shop, platform, window));
}
