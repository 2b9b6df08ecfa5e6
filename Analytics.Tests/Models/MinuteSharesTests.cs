using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Tests.Models;

/// <summary>A LIVE's rate is the minute-weighted mix of the hours it ran through.</summary>
[TestFixture]
public sealed class MinuteSharesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(0.0, 60.0, new[] { (0, 1.0) }).SetName("Monday 00:00 for an hour is all hour 0");
        yield return new TestCaseData(20 * 60 + 30.0, 90.0, new[] { (20, 1 / 3.0), (21, 2 / 3.0) })
            .SetName("20:30-22:00 weighs hour 20 by a third and hour 21 by two thirds");
        yield return new TestCaseData(5 * 1440 + 19 * 60 + 45.0, 150.0, new[] { (5 * 24 + 19, 15 / 150.0), (5 * 24 + 20, 60 / 150.0), (5 * 24 + 21, 60 / 150.0), (5 * 24 + 22, 15 / 150.0) })
            .SetName("Saturday 19:45-22:15 spreads over four hours");
        yield return new TestCaseData(6 * 1440 + 23 * 60 + 30.0, 60.0, new[] { (167, 0.5), (0, 0.5) })
            .SetName("Sunday 23:30 for an hour wraps into Monday 00:00");
        yield return new TestCaseData(10.0, 20.0, new[] { (0, 1.0) }).SetName("A short LIVE inside one hour is all that hour");
    }

    [TestCaseSource(nameof(Cases))]
    public void Split_gives_each_hour_its_share_of_the_minutes(double start, double minutes, (int Hour, double Share)[] expected)
    {
        var shares = new List<(int Hour, double Share)>();

        MinuteShares.Split(start, minutes, shares);

        Assert.That(shares.Select(s => s.Hour), Is.EqualTo(expected.Select(e => e.Hour)));
        Assert.That(shares.Select(s => s.Share), Is.EqualTo(expected.Select(e => e.Share)).Within(1e-12));
    }
}
