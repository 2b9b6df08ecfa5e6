using System.Globalization;
using LivePeak.Analytics.Domain;

namespace LivePeak.Tests.Domain;

[TestFixture]
public sealed class MoneyTests
{
    [TestCase("1250000", 12_500_000_000L, TestName = "Whole dong are exact")]
    [TestCase("25.99", 259_900L, TestName = "Cents are exact")]
    [TestCase("1.2345", 12_345L, TestName = "Four decimals are kept")]
    [TestCase("1.23456", 12_346L, TestName = "A fifth decimal rounds")]
    [TestCase("-1.23454", -12_345L, TestName = "Negative amounts round toward the nearer value")]
    [TestCase("0.00005", 1L, TestName = "A half rounds away from zero")]
    [TestCase("-0.00005", -1L, TestName = "A negative half rounds away from zero")]
    [TestCase("0.00025", 3L, TestName = "Halves round away from zero, not to even")]
    [TestCase("0", 0L, TestName = "Zero")]
    public void From_decimal(string amount, long tenThousandths) =>
        Assert.That(Money.FromDecimal(decimal.Parse(amount, CultureInfo.InvariantCulture)).TenThousandths, Is.EqualTo(tenThousandths));

    [Test]
    public void Sums_are_exact_where_binary_floating_point_is_not()
    {
        var tenth = Money.FromDecimal(0.1m);
        var sum = Enumerable.Repeat(tenth, 10).Aggregate(Money.Zero, (a, b) => a + b);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sum, Is.EqualTo(Money.FromDecimal(1m)));
            Assert.That(Enumerable.Repeat(0.1, 10).Sum(), Is.Not.EqualTo(1.0), "the reason Money is fixed point");
        }
    }

    [Test]
    public void Addition_and_subtraction_undo_each_other()
    {
        var a = Money.FromDecimal(1_250_000m);
        var b = Money.FromDecimal(399_000.5m);

        Assert.That((a + b - b, (a - b).ToDecimal()), Is.EqualTo((a, 850_999.5m)));
    }

    [TestCase("1250000", "1250000", TestName = "Whole amounts print without decimals or grouping")]
    [TestCase("0.5", "0.5", TestName = "Trailing zeros are dropped")]
    [TestCase("-12.3456", "-12.3456", TestName = "Four decimals print")]
    [TestCase("0", "0", TestName = "Zero prints as 0")]
    [SetCulture("vi-VN")]
    public void Prints_invariant_text_whatever_the_machine_culture(string amount, string expected) =>
        Assert.That(Money.FromDecimal(decimal.Parse(amount, CultureInfo.InvariantCulture)).ToString(), Is.EqualTo(expected));

    [Test]
    public void Orders_by_amount()
    {
        var amounts = new[] { Money.FromDecimal(5m), Money.FromDecimal(-1m), Money.Zero };

        Assert.That(amounts.Order(), Is.EqualTo(new[] { Money.FromDecimal(-1m), Money.Zero, Money.FromDecimal(5m) }));
    }
}
