using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;

namespace LivePeak.Tests.Engine;

/// <summary>
/// A product's items in a slot are the sum of its lines' quantities, with the value and the scale
/// (the decimals shown) a plain decimal sum gives, however the table keeps them.
/// </summary>
[TestFixture]
public sealed class ProductSlotTableTests
{
    [TestCase("1 3 2", TestName = "Whole quantities sum to a whole number")]
    [TestCase("1.5 2.5", TestName = "Fractions keep their decimal: 4.0, not 4")]
    [TestCase("1 2.25 3", TestName = "Whole and fractional lines mixed")]
    [TestCase("4.0 1", TestName = "A whole value written with a decimal keeps it")]
    [TestCase("5 -2", TestName = "A negative whole quantity (a return) subtracts")]
    [TestCase("4294967296 1", TestName = "A whole quantity past 2^32")]
    [TestCase("0.0001 0.00005", TestName = "Past four decimals")]
    [TestCase("-0 0", TestName = "Zeros")]
    public void Items_are_the_plain_decimal_sum_of_the_lines_quantities(string quantities)
    {
        var table = new ProductSlotTable(SlotLength.Hour);
        var values = quantities.Split(' ').Select(q => decimal.Parse(q, CultureInfo.InvariantCulture)).ToList();
        foreach (var quantity in values)
        {
            table.Add("P1", "Sầu riêng", 30, quantity, new Money(10_000), 1);
        }

        var expected = values.Aggregate(0m, (sum, q) => sum + q);
        var items = table.Rows().Single().Items;
        Assert.That((items, items.Scale), Is.EqualTo((expected, expected.Scale)));
        Assert.That(items.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected.ToString(CultureInfo.InvariantCulture)));
    }
}
