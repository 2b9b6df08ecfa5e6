using LivePeak.Analytics.Models.Evaluation;

namespace LivePeak.Tests.Models;

/// <summary>The backtest's metrics against values worked out by hand.</summary>
[TestFixture]
public sealed class RankingMetricsTests
{
    private static IEnumerable<TestCaseData> Ndcg()
    {
        // Scored order gives gains 1, 3, 0: 1/log2(2) + 3/log2(3) + 0 = 2.892789;
        // best order 3, 2, 1: 3 + 2/log2(3) + 1/log2(4) = 4.761860.
        yield return new TestCaseData(3, new[] { 3.0, 2, 1, 0 }, new[] { 1.0, 3, 0, 2 }, 0.6074915180456525).SetName("NDCG@3 by hand");
        yield return new TestCaseData(3, new[] { 4.0, 3, 2, 1 }, new[] { 4.0, 3, 2, 1 }, 1.0).SetName("The perfect order scores 1");
        // Two windows tied first share their mean gain (1) at places 1 and 2:
        // (1 + 1/log2(3)) / (2 + 1/log2(3)).
        yield return new TestCaseData(2, new[] { 1.0, 1, 0 }, new[] { 2.0, 0, 1 }, 0.6199062332840657).SetName("Ties share their places' gains");
        // All tied: every place earns the mean gain 2, as a random order would on average:
        // 2 x (1 + 1/log2(3) + 1/2) / (3 + 2/log2(3) + 1/2).
        yield return new TestCaseData(3, new[] { 5.0, 5, 5 }, new[] { 3.0, 1, 2 }, 0.894999002123018).SetName("A method that cannot tell windows apart gets a random order's NDCG");
    }

    [TestCaseSource(nameof(Ndcg))]
    public void Ndcg_at_k(int k, double[] scores, double[] gains, double expected) =>
        Assert.That(RankingMetrics.NdcgAt(k, scores, gains), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Ndcg_is_undefined_without_any_gain() =>
        Assert.That(RankingMetrics.NdcgAt(3, [1.0, 2], [0.0, 0]), Is.Null);

    private static IEnumerable<TestCaseData> Spearman()
    {
        // Rank differences -1, 1, -1, 1, 0: 1 - 6 x 4 / (5 x 24) = 0.8.
        yield return new TestCaseData(new[] { 1.0, 2, 3, 4, 5 }, new[] { 2.0, 1, 4, 3, 5 }, 0.8).SetName("Spearman by hand");
        // Score ranks 1, 2.5, 2.5, 4 against 1, 2, 3, 4: 4.5 / sqrt(4.5 x 5).
        yield return new TestCaseData(new[] { 1.0, 2, 2, 3 }, new[] { 1.0, 2, 3, 4 }, 0.9486832980505138).SetName("Tied scores take their average rank");
        yield return new TestCaseData(new[] { 3.0, 2, 1 }, new[] { 1.0, 2, 3 }, -1.0).SetName("A reversed order is -1");
    }

    [TestCaseSource(nameof(Spearman))]
    public void Spearman_rank_correlation(double[] scores, double[] realised, double expected) =>
        Assert.That(RankingMetrics.Spearman(scores, realised), Is.EqualTo(expected).Within(1e-12));

    [TestCase(new[] { 1.0, 1, 1 }, new[] { 1.0, 2, 3 }, TestName = "Spearman is undefined for constant scores")]
    [TestCase(new[] { 1.0, 2 }, new[] { 1.0, 2 }, TestName = "Spearman is undefined for two windows")]
    public void Spearman_undefined(double[] scores, double[] realised) =>
        Assert.That(RankingMetrics.Spearman(scores, realised), Is.Null);

    [Test]
    public void Top_mean_shares_a_tie_at_the_cut()
    {
        // Top two: 10, then one of the tied 4 and 8 (on average 6): (10 + 6) / 2.
        Assert.That(RankingMetrics.TopMean(2, [2.0, 1, 1, 0], [10.0, 4, 8, 0]), Is.EqualTo(8.0).Within(1e-12));
    }
}
