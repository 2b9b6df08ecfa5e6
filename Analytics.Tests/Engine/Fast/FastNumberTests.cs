using System.Globalization;
using System.Text;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// The byte-level number reader either reads exactly what the general reader reads, or declines
/// (and the row goes to the general reader); it never reads a different value.
/// </summary>
[TestFixture]
public sealed class FastNumberTests
{
    [TestCase(NumberDialect.Plain)]
    [TestCase(NumberDialect.CommaThousands)]
    [TestCase(NumberDialect.DotThousands)]
    public void Reads_what_the_general_reader_reads_or_declines(NumberDialect dialect)
    {
        var random = new Random((int)dialect);
        var accepted = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var length = random.Next(1, 22);
            var text = new string(Enumerable.Range(0, length).Select(_ => "0123456789012345678901234567,.-₫ "[random.Next(33)]).ToArray());
            if (random.Next(3) == 0)
            {
                // Many plain digit strings, the fast lane, up to and past its 15 digits.
                text = new string(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10))).ToArray());
            }

            if (!FastNumber.TryParse(Encoding.UTF8.GetBytes(text), dialect, out var tenThousandths))
            {
                continue;
            }

            accepted++;
            Assert.That(NumberText.TryParse(text, dialect, out var expected, out _), Is.True, text);
            Assert.That(tenThousandths / 10_000m, Is.EqualTo(expected), text);
        }

        Assert.That(accepted, Is.GreaterThan(10_000));
    }

    [TestCase("123456789012345", Reason = "fifteen digits: ten-thousandths of it would overflow a long")]
    [TestCase("", Reason = "empty")]
    [TestCase("12a", Reason = "not a number")]
    public void Declines(string text) =>
        Assert.That(FastNumber.TryParse(Encoding.UTF8.GetBytes(text), NumberDialect.Plain, out _), Is.False);
}
