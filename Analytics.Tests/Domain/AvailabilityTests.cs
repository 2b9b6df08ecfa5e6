using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Tests.Domain;

/// <summary><c>--available</c>: which minutes of the week a seller can be LIVE.</summary>
[TestFixture]
public sealed class AvailabilityTests
{
    private static IEnumerable<TestCaseData> Windows()
    {
        const string text = "Mon-Fri 08:00-23:00;Sat,Sun 06:00-23:59";
        yield return new TestCaseData(text, IsoDayOfWeek.Monday, 8, 2, true).SetName("Monday 08:00-10:00 starts as the span starts");
        yield return new TestCaseData(text, IsoDayOfWeek.Monday, 7, 2, false).SetName("Monday 07:00-09:00 starts before the span");
        yield return new TestCaseData(text, IsoDayOfWeek.Friday, 21, 2, true).SetName("Friday 21:00-23:00 ends as the span ends");
        yield return new TestCaseData(text, IsoDayOfWeek.Friday, 22, 2, false).SetName("Friday 22:00-00:00 runs past 23:00");
        yield return new TestCaseData(text, IsoDayOfWeek.Sunday, 22, 2, true).SetName("23:59 means until midnight: Sunday 22:00-00:00 fits");
        yield return new TestCaseData(text, IsoDayOfWeek.Saturday, 5, 2, false).SetName("Saturday 05:00-07:00 starts before 06:00");
        yield return new TestCaseData("Fri 20:00-02:00", IsoDayOfWeek.Saturday, 0, 2, true).SetName("A span past midnight covers the next morning");
        yield return new TestCaseData("Fri 20:00-02:00", IsoDayOfWeek.Saturday, 1, 2, false).SetName("but not past its end");
        yield return new TestCaseData("Sun 22:00-24:00;Mon 00:00-02:00", IsoDayOfWeek.Sunday, 23, 2, true).SetName("Sunday night runs on into Monday");
        yield return new TestCaseData("Fri-Mon 10:00-12:00", IsoDayOfWeek.Sunday, 10, 2, true).SetName("Fri-Mon wraps past Sunday");
        yield return new TestCaseData("Fri-Mon 10:00-12:00", IsoDayOfWeek.Tuesday, 10, 2, false).SetName("Fri-Mon leaves out Tuesday");
        yield return new TestCaseData("saturday 20:00-22:00", IsoDayOfWeek.Saturday, 20, 2, true).SetName("Day names in full, any case");
    }

    [TestCaseSource(nameof(Windows))]
    public void A_window_is_available_only_when_all_its_minutes_are(string text, IsoDayOfWeek day, int hour, int hours, bool expected)
    {
        var availability = Availability.Parse(text);

        Assert.That(availability.Contains(new Window(new Slot(day, hour * 60, SlotLength.Hour), hours)), Is.EqualTo(expected));
    }

    [TestCase("Mon-Fri 08:00-23:00;Sat,Sun 06:00-23:59", 5 * 15 * 60 + 2 * 18 * 60, TestName = "The issue's example: 15 hours on weekdays, 18 at weekends")]
    [TestCase("Mon 00:00-24:00", 1440, TestName = "A whole day is 00:00-24:00")]
    [TestCase("Mon 10:00-12:00;Mon 11:00-13:00", 180, TestName = "Overlapping rules count each minute once")]
    public void Available_minutes(string text, int minutes) =>
        Assert.That(Availability.Parse(text).AvailableMinutes, Is.EqualTo(minutes));

    [TestCase("", "no hours given", TestName = "Nothing at all")]
    [TestCase("Mon-Fry 08:00-23:00", "'Fry' is not a day", TestName = "A misspelt day is named")]
    [TestCase("Mon 8-23", "'8' is not a time of day", TestName = "Hours without minutes")]
    [TestCase("Mon 08:00", "must be a span", TestName = "A time, not a span")]
    [TestCase("08:00-23:00", "needs days and hours", TestName = "No days")]
    [TestCase("Mon 10:00-10:00", "is empty", TestName = "An empty span")]
    [TestCase("Mon 25:00-26:00", "'25:00' is not a time of day", TestName = "Hour 25")]
    [TestCase("Mon 10:60-11:00", "'10:60' is not a time of day", TestName = "Minute 60")]
    [TestCase("Mon,,Tue 10:00-11:00", "an empty day", TestName = "An empty day in a list")]
    [TestCase("Mon 24:00-02:00", "cannot start at 24:00", TestName = "Starting at 24:00")]
    public void Bad_text_names_the_bad_part(string text, string message) =>
        Assert.That(() => Availability.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains(message));

    [Test]
    public void Always_holds_every_minute()
    {
        Assert.That(Availability.Always.AvailableMinutes, Is.EqualTo(7 * 1440));
        Assert.That(Availability.Always.Contains(new Window(new Slot(IsoDayOfWeek.Sunday, 23 * 60, SlotLength.Hour), 3)), Is.True);
    }
}
