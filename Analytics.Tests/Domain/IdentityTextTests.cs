using LivePeak.Analytics.Domain;

namespace LivePeak.Tests.Domain;

/// <summary>
/// An identity written part by part into a buffer hashes exactly as its joined text would: the
/// hot loops rely on that to remember lines and orders without building strings.
/// </summary>
[TestFixture]
public sealed class IdentityTextTests
{
    [TestCase(new[] { "tiktok", "S1", "1001" }, 8, TestName = "Plain parts joined by the unit separator")]
    [TestCase(new[] { "shopee", "Cửa hàng Tây Bắc", "Xoài cát Hòa Lộc" }, 64, TestName = "Vietnamese text hashes by its UTF-16 units, as strings do")]
    [TestCase(new[] { "", "a", "" }, 8, TestName = "Empty parts still get their separators, first and last included")]
    [TestCase(new[] { "one part" }, 4, TestName = "A part longer than the buffer moves it to the heap")]
    [TestCase(new string[0], 4, TestName = "No parts is the empty text")]
    public void Parts_hash_as_their_joined_text(string[] parts, int bufferChars)
    {
        var key = new IdentityText(new char[bufferChars]);
        foreach (var part in parts)
        {
            key.Part(part);
        }

        var joined = string.Join(IdentityText.Separator, parts);
        Assert.That(key.ToString(), Is.EqualTo(joined));
        Assert.That(key.Hash(), Is.EqualTo(IdentityHash.Of(joined)));
    }

    [TestCase(638_000_000_000_000_000L, "638000000000000000", TestName = "Ticks as the invariant culture writes them")]
    [TestCase(-5L, "-5", TestName = "A time before 1970 keeps its minus sign")]
    [TestCase(long.MinValue, "-9223372036854775808", TestName = "The longest number fits whatever the buffer")]
    public void Numbers_are_written_in_the_invariant_culture(long value, string expected)
    {
        var key = new IdentityText(new char[2]);
        key.Part("n");
        key.Part(value);

        Assert.That(key.ToString(), Is.EqualTo("n\u001f" + expected));
        Assert.That(key.Hash(), Is.EqualTo(IdentityHash.Of("n\u001f" + expected)));
    }

    [TestCase(0, 4, TestName = "Zero padded to four digits")]
    [TestCase(7, 2, TestName = "A month padded to two digits")]
    [TestCase(2026, 4, TestName = "A year that fills its digits")]
    [TestCase(12345, 4, TestName = "More digits than asked for are all written")]
    [TestCase(1000, 2, TestName = "A power of ten is counted right")]
    [TestCase(-1, 4, TestName = "A year before 1 keeps its sign ahead of the padding")]
    [TestCase(int.MinValue, 4, TestName = "The smallest int")]
    public void Padded_numbers_read_as_the_custom_zero_format_writes_them(int value, int digits)
    {
        var key = new IdentityText(new char[1]);
        key.AppendPadded(value, digits);

        Assert.That(key.ToString(), Is.EqualTo(value.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Append_continues_the_current_part_without_a_separator()
    {
        var key = new IdentityText(stackalloc char[16]);
        key.Part("day");
        key.PartPadded(2026, 4);
        key.AppendPadded(3, 2);
        key.Append("!");

        Assert.That(key.ToString(), Is.EqualTo("day\u001f202603!"));
    }
}
