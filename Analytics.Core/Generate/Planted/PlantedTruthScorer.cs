using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Evaluation;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>Ranks windows by their planted true rate: the best any method could do on planted data.</summary>
public sealed class PlantedTruthScorer(PlantedLives data) : IWindowScorer
{
    private readonly Dictionary<string, PlantedShop> _shops = data.Shops.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public string Name => "planted truth";

    public double Score(string shop, Platform platform, Window window) =>
        _shops.TryGetValue(shop, out var planted) ? data.TrueRate(planted, window) : 0;
}
