using LivePeak.Analytics.Domain;

namespace LivePeak.Tests.Domain;

/// <summary><c>--window "Sat 20:00-22:00"</c>: a window as people write it.</summary>
[TestFixture]
public sealed class WindowTextTests
{
    [TestCase("Sat 20:00-22:00", "Sat 20:00-22:00", 120, TestName = "An evening window")]
    [TestCase("sun 23:00-01:00", "Sun 23:00-01:00", 120, TestName = "Past midnight into Monday")]
    [TestCase("Mon 09:30-11:00", "Mon 09:30-11:00", 90, TestName = "On the half hour")]
    [TestCase("Fri 22:00-24:00", "Fri 22:00-00:00", 120, TestName = "24:00 is midnight")]
    public void Parses(string text, string expected, int minutes)
    {
        var window = WindowText.Parse(text);

        Assert.That((window.ToString(), window.Minutes), Is.EqualTo((expected, minutes)));
    }

    [TestCase("Sat,Sun 20:00-22:00", "more than one day", TestName = "Two days are two windows")]
    [TestCase("Sat 20:10-22:00", "on the hour or half hour", TestName = "Off the half hour")]
    [TestCase("20:00-22:00", "is not a window", TestName = "No day")]
    [TestCase("Sat", "is not a window", TestName = "No span")]
    public void Refuses(string text, string message) =>
        Assert.That(() => WindowText.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains(message));
}
