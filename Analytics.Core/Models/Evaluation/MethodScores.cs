namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>How one method did over every shop and fold of a backtest.</summary>
/// <param name="Ndcg">Mean NDCG@k of its ranking of the windows the shop went LIVE in during the test weeks.</param>
/// <param name="Spearman">Mean rank correlation with what those windows earned (over the shop-folds where it is defined).</param>
/// <param name="TopGmvPerHour">Mean realised GMV per live hour of its top k of those windows.</param>
/// <param name="TopVsAverage">Its top k windows' GMV per live hour over the mean of all the windows tried, minus one, averaged over shop-folds.</param>
/// <param name="Coverage">Share of test LIVEs inside their interval (the model only).</param>
/// <param name="ShopFolds">Shop-folds scored (a shop in a fold with at least two windows tried in its test weeks).</param>
public sealed record MethodScores(
    string Method, double Ndcg, double? Spearman, int SpearmanCount, double TopGmvPerHour, double TopVsAverage, double? Coverage, int ShopFolds);
