using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>The shop's habits: the windows it went LIVE in most often.</summary>
public sealed class HabitScorer : IWindowScorer
{
    private readonly Dictionary<(string, Platform), SlotAccount> _accounts;

    public HabitScorer(SlotModel model) => _accounts = model.Accounts.ToDictionary(a => (a.Shop, a.Platform));

    public string Name => "habitual slots";

    public double Score(string shop, Platform platform, Window window) =>
        _accounts.TryGetValue((shop, platform), out var account) ? SlotModel.SessionsBehind(account, WindowRanker.StartOf(window), window.Minutes) : 0;
}
