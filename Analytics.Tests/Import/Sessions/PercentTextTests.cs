using NUnit.Framework;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>Percentages always come back as fractions: 51.3% is 0.513.</summary>
[TestFixture]
public sealed class PercentTextTests
{
    [TestCase("51.326504%", NumberDialect.CommaThousands, "0.51326504", TestName = "Creator-Live-Performance: dot decimals with a sign")]
    [TestCase("1,234.5%", NumberDialect.CommaThousands, "12.345", TestName = "Comma thousands with a sign")]
    [TestCase("1,77%", NumberDialect.DotThousands, "0.0177", TestName = "Live Analysis: comma decimals with a sign")]
    [TestCase("1.234,5%", NumberDialect.DotThousands, "12.345", TestName = "Dot thousands with a sign")]
    [TestCase(" 3,5 % ", NumberDialect.DotThousands, "0.035", TestName = "Spaces around and before the sign")]
    [TestCase("0%", NumberDialect.DotThousands, "0", TestName = "Zero percent is zero, not absent")]
    [TestCase("-2,5%", NumberDialect.DotThousands, "-0.025", TestName = "A negative change")]
    [TestCase("0.0123", NumberDialect.CommaThousands, "0.0123", TestName = "2023 list: a bare fraction in text")]
    public void Text_reads_in_the_report_dialect(string text, NumberDialect dialect, string expected)
    {
        Assert.That(PercentText.TryParse(text, dialect, typedNumber: false, out var fraction, out var error), Is.True, error);
        Assert.That(fraction, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("0.008", NumberDialect.CommaThousands, "0.008", TestName = "A %-formatted cell showing 0.8% holds 0.008")]
    [TestCase("0.0686", NumberDialect.DotThousands, "0.0686", TestName = "A typed cell ignores the dot-thousands dialect")]
    [TestCase("1", NumberDialect.DotThousands, "1", TestName = "A typed 100% is 1")]
    public void A_typed_cell_is_a_fraction_in_invariant_notation(string text, NumberDialect dialect, string expected)
    {
        Assert.That(PercentText.TryParse(text, dialect, typedNumber: true, out var fraction, out var error), Is.True, error);
        Assert.That(fraction, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("", NumberDialect.CommaThousands, false, TestName = "Empty text")]
    [TestCase("%", NumberDialect.CommaThousands, false, TestName = "A sign with no number")]
    [TestCase("abc%", NumberDialect.DotThousands, false, TestName = "Letters")]
    [TestCase("51.3%%", NumberDialect.CommaThousands, false, TestName = "Two signs")]
    [TestCase("1,77%", NumberDialect.CommaThousands, false, TestName = "A comma decimal in a comma-thousands report")]
    [TestCase("0.0177", NumberDialect.DotThousands, false, TestName = "A dot decimal in a dot-thousands text cell")]
    [TestCase("1,77", NumberDialect.DotThousands, true, TestName = "A typed cell is never in a dialect")]
    public void Bad_input_is_refused_with_a_reason(string text, NumberDialect dialect, bool typed)
    {
        Assert.That(PercentText.TryParse(text, dialect, typed, out _, out var error), Is.False);
        Assert.That(error, Is.Not.Null.And.Not.Empty);
    }
}
