namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>
/// Ranks time windows for going LIVE from a shop's evidence. The charts and the report take any
/// ranker: the transparent <see cref="MeanBootstrapRanker"/> now, a fitted model later.
/// </summary>
public interface IWindowRanker
{
    WindowRanking Rank(ShopEvidence evidence, WindowRankingOptions options);
}
