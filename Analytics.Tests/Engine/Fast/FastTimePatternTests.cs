using System.Globalization;
using System.Text;
using LivePeak.Analytics.Engine.Fast;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// Fixed-width patterns take a shortcut (offsets, eight bytes checked at a time, the last date
/// remembered); they must read every text exactly as .NET's exact parse of the same pattern does.
/// </summary>
[TestFixture]
public sealed class FastTimePatternTests
{
    [TestCase("yyyy-MM-dd HH:mm:ss", Reason = "the canonical layout: fixed width")]
    [TestCase("dd/MM/yyyy HH:mm:ss", Reason = "TikTok's layout: the date is not first in year order")]
    [TestCase("yyyy-MM-dd HH:mm", Reason = "to the minute: no seconds part")]
    [TestCase("yyyy-MM-ddTHH:mm:ss", Reason = "ISO with a T")]
    [TestCase("d/M/yyyy H:mm", Reason = "variable width: the general stepper")]
    [TestCase("yyyy-MM-dd HH:mm:ss.FFF", Reason = "an optional fraction: the general stepper")]
    public void Reads_exactly_what_an_exact_parse_reads(string pattern)
    {
        var time = FastTimePattern.TryCompile(pattern.Replace("T", "'T'"))!.ForOneReader();
        var random = new Random(pattern.Length);
        var start = new DateTime(2024, 1, 1);
        var checkedTexts = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Mostly consecutive valid times (so the remembered date is used), some mangled.
            var text = start.AddSeconds(i * 97 + random.Next(60)).ToString(pattern, CultureInfo.InvariantCulture);
            if (random.Next(4) == 0)
            {
                var chars = text.ToCharArray();
                chars[random.Next(chars.Length)] = "0123456789/:- x"[random.Next(15)];
                text = random.Next(10) == 0 ? text[..^1] : new string(chars);
            }

            var expected = DateTime.TryParseExact(text, pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
            var actual = time.TryParse(Encoding.ASCII.GetBytes(text), out var year, out var month, out var day, out var minuteOfDay);
            Assert.That(actual, Is.EqualTo(expected), text);
            if (expected)
            {
                Assert.That((year, month, day, minuteOfDay), Is.EqualTo((parsed.Year, parsed.Month, parsed.Day, parsed.Hour * 60 + parsed.Minute)), text);
                checkedTexts++;
            }
        }

        Assert.That(checkedTexts, Is.GreaterThan(10_000));
    }

    [TestCase("2025-02-29 10:00:00", Reason = "not a leap year")]
    [TestCase("2025-13-01 10:00:00", Reason = "month 13")]
    [TestCase("2025-01-01 24:00:00", Reason = "hour 24")]
    [TestCase("2025-01-01 10:60:00", Reason = "minute 60")]
    [TestCase("2025-01-01 10:00:60", Reason = "second 60")]
    [TestCase("2025-01-01 10:00:0", Reason = "one byte short")]
    [TestCase("2025-01-01T10:00:00", Reason = "another literal")]
    public void Rejects_a_time_that_does_not_exist_even_right_after_a_good_one_of_the_same_date(string text)
    {
        var time = FastTimePattern.TryCompile("yyyy-MM-dd HH:mm:ss")!.ForOneReader();
        Assert.That(time.TryParse("2025-01-01 09:00:00"u8, out _, out _, out _, out _), Is.True);
        Assert.That(time.TryParse(Encoding.ASCII.GetBytes(text), out _, out _, out _, out _), Is.False);
    }
}
