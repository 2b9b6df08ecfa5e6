using System.Globalization;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Tests.Import.Parsing;

/// <summary>Amounts and quantities in the three dialects exports use (formats.md §0).</summary>
[TestFixture]
public sealed class NumberTextTests
{
    [TestCase("215737974", NumberDialect.Plain, "215737974", TestName = "Plain: digits only")]
    [TestCase("-12.5", NumberDialect.Plain, "-12.5", TestName = "Plain: negative with dot decimals")]
    [TestCase("  42 ", NumberDialect.Plain, "42", TestName = "Plain: surrounding spaces are ignored")]
    [TestCase("+7", NumberDialect.Plain, "7", TestName = "Plain: a leading plus sign")]
    [TestCase("(250)", NumberDialect.Plain, "-250", TestName = "Plain: accounting parentheses make it negative")]
    [TestCase("1250000₫", NumberDialect.Plain, "1250000", TestName = "Plain: the dong sign is ignored")]
    [TestCase("1,250,000", NumberDialect.CommaThousands, "1250000", TestName = "Comma thousands: TikTok VN amount")]
    [TestCase("65,498,875.96₫", NumberDialect.CommaThousands, "65498875.96", TestName = "Comma thousands: dot decimals and dong sign")]
    [TestCase("1250000", NumberDialect.CommaThousands, "1250000", TestName = "Comma thousands: ungrouped digits are fine")]
    [TestCase("-1,250.50", NumberDialect.CommaThousands, "-1250.5", TestName = "Comma thousands: negative")]
    [TestCase("(1,250)", NumberDialect.CommaThousands, "-1250", TestName = "Comma thousands: parentheses")]
    [TestCase("$25.99", NumberDialect.CommaThousands, "25.99", TestName = "Comma thousands: dollar sign")]
    [TestCase("1,250 VND", NumberDialect.CommaThousands, "1250", TestName = "Comma thousands: VND suffix")]
    [TestCase("Rp1,234,567", NumberDialect.CommaThousands, "1234567", TestName = "Comma thousands: Rp prefix")]
    [TestCase("627.840.078₫", NumberDialect.DotThousands, "627840078", TestName = "Dot thousands: Shopee analytics money")]
    [TestCase("1.250.000 đ", NumberDialect.DotThousands, "1250000", TestName = "Dot thousands: đ suffix after a space")]
    [TestCase("1.250.000\u00A0₫", NumberDialect.DotThousands, "1250000", TestName = "Dot thousands: NBSP before the dong sign")]
    [TestCase("1.250.000 VNĐ", NumberDialect.DotThousands, "1250000", TestName = "Dot thousands: VNĐ suffix")]
    [TestCase("Rp1.234.567", NumberDialect.DotThousands, "1234567", TestName = "Dot thousands: Indonesian rupiah")]
    [TestCase("1,77", NumberDialect.DotThousands, "1.77", TestName = "Dot thousands: comma decimals")]
    [TestCase("12.345,5", NumberDialect.DotThousands, "12345.5", TestName = "Dot thousands: grouping and decimals")]
    [TestCase("-1.250", NumberDialect.DotThousands, "-1250", TestName = "Dot thousands: negative")]
    [TestCase("(1.250.000)", NumberDialect.DotThousands, "-1250000", TestName = "Dot thousands: parentheses")]
    public void Reads(string text, NumberDialect dialect, string expected)
    {
        var ok = NumberText.TryParse(text, dialect, out var value, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.True, error);
            Assert.That(value, Is.EqualTo(decimal.Parse(expected, CultureInfo.InvariantCulture)));
            Assert.That(error, Is.Null);
        }
    }

    [TestCase("0", NumberDialect.Plain, TestName = "Digits: zero")]
    [TestCase("007", NumberDialect.CommaThousands, TestName = "Digits: leading zeros")]
    [TestCase("1250", NumberDialect.DotThousands, TestName = "Digits: four of them in a dot-thousands file")]
    [TestCase("999999999999999999", NumberDialect.Plain, TestName = "Digits: eighteen nines, the most a long is used for")]
    [TestCase("9999999999999999999", NumberDialect.Plain, TestName = "Digits: nineteen nines, past a long")]
    [TestCase("79228162514264337593543950335", NumberDialect.Plain, TestName = "Digits: the largest decimal")]
    public void Plain_digits_read_with_the_value_and_scale_of_decimal_parsing(string text, NumberDialect dialect)
    {
        var expected = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

        Assert.That(NumberText.TryParse(text, dialect, out var value, out var error), Is.True, error);
        Assert.That((value, value.Scale), Is.EqualTo((expected, expected.Scale)));
    }

    [TestCase("", NumberDialect.Plain, TestName = "Rejects: empty text")]
    [TestCase("abc", NumberDialect.Plain, TestName = "Rejects: letters")]
    [TestCase("-", NumberDialect.Plain, TestName = "Rejects: a sign without digits")]
    [TestCase("1,250", NumberDialect.Plain, TestName = "Rejects: a grouping comma in plain numbers")]
    [TestCase("1.2.3", NumberDialect.Plain, TestName = "Rejects: two decimal points (plain)")]
    [TestCase("12-", NumberDialect.Plain, TestName = "Rejects: a trailing minus")]
    [TestCase("--5", NumberDialect.Plain, TestName = "Rejects: two minus signs")]
    [TestCase("1e5", NumberDialect.Plain, TestName = "Rejects: exponent notation")]
    [TestCase("1,23", NumberDialect.CommaThousands, TestName = "Rejects: comma thousands followed by two digits")]
    [TestCase("1,2345", NumberDialect.CommaThousands, TestName = "Rejects: comma thousands followed by four digits")]
    [TestCase("12,34,567", NumberDialect.CommaThousands, TestName = "Rejects: lakh-style grouping")]
    [TestCase("1234,567", NumberDialect.CommaThousands, TestName = "Rejects: a group of four before a comma")]
    [TestCase(",123", NumberDialect.CommaThousands, TestName = "Rejects: a leading grouping comma")]
    [TestCase("1.5,000", NumberDialect.CommaThousands, TestName = "Rejects: grouping after the decimal point")]
    [TestCase("1.2.3", NumberDialect.CommaThousands, TestName = "Rejects: two decimal points (comma thousands)")]
    [TestCase("1,250.5.0", NumberDialect.CommaThousands, TestName = "Rejects: a second decimal point after grouping")]
    [TestCase("abc", NumberDialect.CommaThousands, TestName = "Rejects: letters (comma thousands)")]
    [TestCase("1.23", NumberDialect.DotThousands, TestName = "Rejects: dot thousands followed by two digits")]
    [TestCase("1.2.3", NumberDialect.DotThousands, TestName = "Rejects: groups of one digit")]
    [TestCase("1,2,3", NumberDialect.DotThousands, TestName = "Rejects: two decimal commas")]
    [TestCase("1.250,5.0", NumberDialect.DotThousands, TestName = "Rejects: grouping after the decimal comma")]
    [TestCase("abc", NumberDialect.DotThousands, TestName = "Rejects: letters (dot thousands)")]
    public void Rejects_with_a_reason(string text, NumberDialect dialect)
    {
        var ok = NumberText.TryParse(text, dialect, out _, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ok, Is.False);
            Assert.That(error, Is.Not.Null.And.Not.Empty);
        }
    }

    [Test]
    public void The_same_text_means_different_numbers_in_different_dialects()
    {
        // Why a file's dialect is fixed, never guessed per cell.
        NumberText.TryParse("1.250", NumberDialect.CommaThousands, out var comma, out _);
        NumberText.TryParse("1.250", NumberDialect.DotThousands, out var dot, out _);

        Assert.That((comma, dot), Is.EqualTo((1.25m, 1250m)));
    }

    [TestCase("vi-VN", NumberDialect.DotThousands, TestName = "Vietnamese writes 1.234,5")]
    [TestCase("id-ID", NumberDialect.DotThousands, TestName = "Indonesian writes 1.234,5")]
    [TestCase("en-US", NumberDialect.CommaThousands, TestName = "US English writes 1,234.5")]
    [TestCase("", NumberDialect.CommaThousands, TestName = "The invariant culture writes 1,234.5")]
    public void Dialect_of_a_culture(string culture, NumberDialect expected) =>
        Assert.That(NumberDialects.ForCulture(CultureInfo.GetCultureInfo(culture)), Is.EqualTo(expected));
}
