using LivePeak.Analytics.Render.Charts;

namespace LivePeak.Tests.Render.Charts;

public sealed class NiceScaleTests
{
    [TestCase(0, 1_234_567, 0, 1_250_000, Description = "money axis ends on a round step above the data")]
    [TestCase(0, 40, 0, 40, Description = "data already on a step keeps its end")]
    [TestCase(-3, 7, -4, 8, Description = "negative values widen downwards too")]
    [TestCase(5, 5, 0, 5, Description = "a flat range still gets an axis from zero")]
    [TestCase(0, 0, 0, 1, Description = "no data at all")]
    [TestCase(0.1, 0.27, 0.1, 0.3, Description = "fractions")]
    public void Extend(double min, double max, double niceMin, double niceMax)
    {
        var (a, b) = NiceScale.Extend(min, max);
        Assert.That((a, b), Is.EqualTo((niceMin, niceMax)));
    }

    [Test]
    public void Ticks_are_round_evenly_spaced_and_free_of_float_noise()
    {
        var ticks = NiceScale.Ticks(0, 0.3, 3);
        Assert.That(ticks, Is.EqualTo(new[] { 0, 0.1, 0.2, 0.3 }));
        Assert.That(NiceScale.Ticks(0, 1_250_000), Is.EqualTo(new double[] { 0, 250_000, 500_000, 750_000, 1_000_000, 1_250_000 }));
    }
}
