using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>The slot model's expected GMV per live hour.</summary>
public sealed class ModelScorer(SlotModel model) : IWindowScorer
{
    public string Name => "model";

    public double Score(string shop, Platform platform, Window window) => model.Predict(shop, platform, window).Expected;
}
