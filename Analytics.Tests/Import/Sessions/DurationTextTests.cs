using NUnit.Framework;
using LivePeak.Analytics.Import.Parsing;
using NodaTime;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>Durations in the three styles LIVE reports write them.</summary>
[TestFixture]
public sealed class DurationTextTests
{
    [TestCase("2h 57min", 10_620, TestName = "TikTok Live Analysis: hours and minutes")]
    [TestCase("0h 9min", 540, TestName = "TikTok Live Analysis: zero hours")]
    [TestCase("3h01m", 10_860, TestName = "Creator-Live-Performance: no space, zero-padded minutes")]
    [TestCase("45min", 2700, TestName = "Minutes alone")]
    [TestCase("1h 2m 3s", 3723, TestName = "Hours, minutes and seconds")]
    [TestCase("1min 5s", 65, TestName = "Minutes and seconds")]
    [TestCase("2H 5MIN", 7500, TestName = "Units in capitals")]
    [TestCase("1.5h", 5400, TestName = "A fractional number of hours")]
    [TestCase("2 giờ 5 phút", 7500, TestName = "Vietnamese giờ and phút")]
    [TestCase("1 phút 20 giây", 80, TestName = "Vietnamese phút and giây")]
    [TestCase("2giờ57phút", 10_620, TestName = "Vietnamese units with no spaces")]
    [TestCase("2 jam 5 menit", 7500, TestName = "Indonesian jam and menit")]
    [TestCase("1 menit 10 detik", 70, TestName = "Indonesian menit and detik")]
    [TestCase(" 2h 57min\u00A0", 10_620, TestName = "Surrounding spaces and NBSP are trimmed")]
    public void Hours_minutes_style(string text, long seconds)
    {
        Assert.That(DurationText.TryParse(text, DurationStyle.HoursMinutes, out var value, out var error), Is.True, error);
        Assert.That(value, Is.EqualTo(Duration.FromSeconds(seconds)));
        Assert.That(error, Is.Null);
    }

    [TestCase("01:30:00", 5400, TestName = "Shopee: HH:mm:ss")]
    [TestCase("00:02:15", 135, TestName = "Shopee average viewing time")]
    [TestCase("00:45:30", 2730, TestName = "Seconds are kept")]
    [TestCase("26:00:00", 93_600, TestName = "More than a day of hours")]
    [TestCase("57:00", 3420, TestName = "Two parts are minutes and seconds")]
    public void Clock_style(string text, long seconds)
    {
        Assert.That(DurationText.TryParse(text, DurationStyle.Clock, out var value, out var error), Is.True, error);
        Assert.That(value, Is.EqualTo(Duration.FromSeconds(seconds)));
    }

    [TestCase("10620", 10_620, TestName = "2023 list: whole seconds")]
    [TestCase("0", 0, TestName = "Zero seconds is a zero-length LIVE, not absent")]
    [TestCase("12.5", 12.5, TestName = "Fractional seconds from a numeric cell")]
    public void Seconds_style(string text, double seconds)
    {
        Assert.That(DurationText.TryParse(text, DurationStyle.Seconds, out var value, out var error), Is.True, error);
        Assert.That(value, Is.EqualTo(Duration.FromSeconds(seconds)));
    }

    [TestCase("", DurationStyle.HoursMinutes, "empty", TestName = "Empty text is not a duration")]
    [TestCase("   ", DurationStyle.Clock, "empty", TestName = "Blank text is not a duration")]
    [TestCase("57", DurationStyle.HoursMinutes, "2h 57min", TestName = "A bare number has no unit")]
    [TestCase("2h 57x", DurationStyle.HoursMinutes, "2h 57min", TestName = "An unknown unit")]
    [TestCase("h", DurationStyle.HoursMinutes, "2h 57min", TestName = "A unit with no number")]
    [TestCase("lâu lắm", DurationStyle.HoursMinutes, "lâu lắm", TestName = "Words are not a duration")]
    [TestCase("1,5h", DurationStyle.HoursMinutes, "2h 57min", TestName = "A decimal comma is not read")]
    [TestCase("01:30:00:00", DurationStyle.Clock, "02:57:00", TestName = "Four clock parts")]
    [TestCase("01:xx:00", DurationStyle.Clock, "02:57:00", TestName = "A clock part that is not a number")]
    [TestCase("-01:30:00", DurationStyle.Clock, "02:57:00", TestName = "A negative clock")]
    [TestCase("2h 57min", DurationStyle.Clock, "02:57:00", TestName = "Units where a clock is expected")]
    [TestCase("01:30:00", DurationStyle.Seconds, "10620 (seconds)", TestName = "A clock where seconds are expected")]
    [TestCase("-5", DurationStyle.Seconds, "10620 (seconds)", TestName = "Negative seconds")]
    public void Bad_input_is_refused_with_a_reason(string text, DurationStyle style, string reasonContains)
    {
        Assert.That(DurationText.TryParse(text, style, out var value, out var error), Is.False);
        Assert.That(value, Is.EqualTo(Duration.Zero));
        Assert.That(error, Does.Contain(reasonContains));
    }
}
