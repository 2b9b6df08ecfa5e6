using System.Globalization;
using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Tests.Render.Localization;

/// <summary>Numbers as each language writes them, whatever the machine's culture.</summary>
[NonParallelizable]
public sealed class NumberTextTests
{
    private static readonly NumberText Vi = new(Language.Vietnamese);
    private static readonly NumberText En = new(Language.English);

    private CultureInfo _culture = null!;

    [SetUp]
    public void HostileCulture()
    {
        // A culture that writes neither way: any leak of the machine's format shows up.
        _culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-CH");
    }

    [TearDown]
    public void Restore() => CultureInfo.CurrentCulture = _culture;

    [TestCase(1234567, "1.234.567 ₫", "1,234,567 VND", Description = "the issue's example")]
    [TestCase(0, "0 ₫", "0 VND")]
    [TestCase(-45000, "-45.000 ₫", "-45,000 VND", Description = "refunds")]
    [TestCase(999.5, "1.000 ₫", "1,000 VND", Description = "VND has no minor unit: rounded half away")]
    public void Money(decimal value, string vi, string en)
    {
        Assert.That(Vi.Money(value), Is.EqualTo(vi));
        Assert.That(En.Money(value), Is.EqualTo(en));
    }

    [Test]
    public void Other_currencies_keep_two_decimals_and_their_code()
    {
        Assert.That(new NumberText(Language.English, "gbp").Money(1234.5m), Is.EqualTo("1,234.50 GBP"));
        Assert.That(new NumberText(Language.Vietnamese, "USD").Money(1234.5m), Is.EqualTo("1.234,50 USD"));
    }

    [TestCase(350000, "350k", "350k")]
    [TestCase(1250000, "1,25 tr", "1.25M", Description = "two decimals below ten: axis steps of 250k stay exact")]
    [TestCase(12300000, "12,3 tr", "12.3M")]
    [TestCase(3_400_000_000d, "3,4 tỷ", "3.4B", Description = "billions (a double literal: NUnit cannot pass a uint as decimal)")]
    [TestCase(950, "950", "950")]
    [TestCase(0, "0", "0")]
    public void Compact(decimal value, string vi, string en)
    {
        Assert.That(Vi.Compact(value), Is.EqualTo(vi));
        Assert.That(En.Compact(value), Is.EqualTo(en));
    }

    [TestCase(1250000, "1,3 tr", "1.3M", Description = "a week's table cell: two significant digits")]
    [TestCase(2788250, "2,8 tr", "2.8M")]
    [TestCase(2000000, "2 tr", "2M", Description = "no trailing zero")]
    [TestCase(760400, "760k", "760k", Description = "the whole part keeps its digits")]
    [TestCase(9960, "10k", "10k", Description = "rounding up carries")]
    public void Compact_to_two_significant_digits(decimal value, string vi, string en)
    {
        Assert.That(Vi.Compact(value, significant: 2), Is.EqualTo(vi));
        Assert.That(En.Compact(value, significant: 2), Is.EqualTo(en));
    }

    [TestCase(1234567, "1.234.567", "1,234,567", Description = "a table's GMV")]
    [TestCase(2.5, "2,5", "2.5", Description = "2.5 kg of rice: decimals only where the value has them")]
    [TestCase(12.999, "13", "13", Description = "at most two decimals, rounded")]
    [TestCase(-49266, "-49.266", "-49,266", Description = "a gap between report and orders")]
    public void Table_numbers(decimal value, string vi, string en)
    {
        Assert.That(Vi.Number(value), Is.EqualTo(vi));
        Assert.That(En.Number(value), Is.EqualTo(en));
    }

    [Test]
    public void Slots_in_the_language_day_names()
    {
        var monday20 = new Analytics.Domain.SlotLength(60).SlotAt(20);
        var sunday23 = new Analytics.Domain.SlotLength(60).SlotAt(6 * 24 + 23);

        Assert.That(En.Slot(monday20), Is.EqualTo("Mon 20:00-21:00"));
        Assert.That(Vi.Slot(monday20), Is.EqualTo("T2 20:00-21:00"));
        Assert.That(Vi.Slot(sunday23), Is.EqualTo("CN 23:00-00:00"), "as Slot writes it: a slot ending at midnight ends at 00:00");
        Assert.That(En.Slot(monday20), Is.EqualTo(monday20.ToString()), "English matches the domain type's own text");
        Assert.That(En.SlotTimes(monday20), Is.EqualTo("20:00-21:00"));
    }

    [Test]
    public void Windows_in_the_language_day_names()
    {
        var hours = new Analytics.Domain.SlotLength(60);
        var saturday20 = new Analytics.Domain.Window(hours.SlotAt(5 * 24 + 20), 2);
        var sunday23 = new Analytics.Domain.Window(hours.SlotAt(6 * 24 + 23), 3);

        Assert.That(En.Window(saturday20), Is.EqualTo("Sat 20:00-22:00"));
        Assert.That(Vi.Window(saturday20), Is.EqualTo("T7 20:00-22:00"));
        Assert.That(Vi.Window(sunday23), Is.EqualTo("CN 23:00-02:00"), "a window past midnight is named by the day it starts");
        Assert.That(En.Window(sunday23), Is.EqualTo(sunday23.ToString()), "English matches the domain type's own text");
    }

    [Test]
    public void Decimals_percent_dates_and_times()
    {
        Assert.That(Vi.Decimal(1.5m, 1), Is.EqualTo("1,5"));
        Assert.That(En.Decimal(1234.5m, 1), Is.EqualTo("1,234.5"));
        Assert.That(Vi.Percent(0.125m, 1), Is.EqualTo("12,5%"));
        Assert.That(En.Percent(0.9m), Is.EqualTo("90%"));
        Assert.That(Vi.Date(new LocalDate(2026, 6, 1)), Is.EqualTo("01/06/2026"));
        Assert.That(En.Date(new LocalDate(2026, 6, 1)), Is.EqualTo("1 Jun 2026"));
        Assert.That(En.TimeRange(new LocalTime(20, 0), LocalTime.Midnight), Is.EqualTo("20:00–24:00"), "a window ending at midnight ends at 24:00");
        Assert.That(Vi.DayShort(IsoDayOfWeek.Sunday), Is.EqualTo("CN"));
        Assert.That(Vi.DayLong(IsoDayOfWeek.Saturday), Is.EqualTo("Thứ Bảy"));
        Assert.That(En.DayShort(IsoDayOfWeek.Monday), Is.EqualTo("Mon"));
    }
}
