using System.Globalization;
using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Render.Localization;

/// <summary>
/// Numbers, money, dates and times as a reader of the language writes them, by explicit rules:
/// Vietnamese groups with dots and writes decimals with a comma (1.234.567 ₫, 1,5); English the
/// other way round (1,234,567 VND, 1.5). The machine's culture is never consulted.
/// </summary>
public sealed class NumberText
{
    private static readonly NumberFormatInfo Dots = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };
    private static readonly NumberFormatInfo Commas = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = ".", NegativeSign = "-" };

    private readonly NumberFormatInfo _format;
    private readonly TextTable _texts;

    public NumberText(Language language, string currency = "VND")
    {
        Language = language;
        Currency = currency.ToUpperInvariant();
        _format = language == Language.Vietnamese ? Dots : Commas;
        _texts = TextTable.For(language);
    }

    public Language Language { get; }

    /// <summary>ISO code of the shop's currency. VND has no minor unit; others show two decimals.</summary>
    public string Currency { get; }

    private int MoneyDecimals => Currency is "VND" or "IDR" or "JPY" or "KRW" ? 0 : 2;

    public string Integer(decimal value) => decimal.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", _format);

    public string Decimal(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('0', decimals), _format);

    /// <summary>
    /// A table cell's count or amount: grouped, with decimals only where the value has them, at
    /// most <paramref name="maxDecimals"/> (2.5 kg of rice, 12.99 of a currency with cents).
    /// </summary>
    public string Number(decimal value, int maxDecimals = 2) =>
        decimal.Round(value, maxDecimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('#', maxDecimals), _format);

    /// <summary>1,234,567 VND / 1.234.567 ₫.</summary>
    public string Money(decimal value)
    {
        var digits = MoneyDecimals == 0 ? Integer(value) : Decimal(value, MoneyDecimals);
        return Language == Language.Vietnamese && Currency == "VND" ? digits + " ₫" : digits + " " + Currency;
    }

    public string Money(Money value) => Money(value.ToDecimal());

    /// <summary>"93,500 – 2,788,250 VND": the currency once, at the end.</summary>
    public string MoneyRange(decimal low, decimal high)
    {
        var full = Money(high);
        var unit = full[full.LastIndexOf(' ')..];
        return Money(low)[..^unit.Length] + " – " + full;
    }

    /// <summary>
    /// Short amounts for axes and cells: 350k, 1.25M, 3.4B / 350k, 1,25 tr, 3,4 tỷ, to
    /// <paramref name="significant"/> digits where the whole part has fewer (axes need three to
    /// tell 1.25M from 1.5M; a table of a week's cells reads better with two: 1.3M).
    /// </summary>
    public string Compact(decimal value, int significant = 3)
    {
        var abs = Math.Abs(value);
        var (scaled, suffix) = abs switch
        {
            >= 1_000_000_000m => (value / 1_000_000_000m, _texts["number.billion"]),
            >= 1_000_000m => (value / 1_000_000m, _texts["number.million"]),
            >= 1_000m => (value / 1_000m, _texts["number.thousand"]),
            _ => (value, string.Empty),
        };
        var wholeDigits = Math.Abs(scaled) >= 100 ? 3 : Math.Abs(scaled) >= 10 ? 2 : 1;
        var decimals = Math.Max(0, significant - wholeDigits);
        var digits = decimal.Round(scaled, decimals, MidpointRounding.AwayFromZero).ToString("#,0.##", _format);
        return digits + suffix;
    }

    public string Compact(double value) => Compact((decimal)value);

    /// <summary>A fraction as a percentage: 0.125 is 12.5% / 12,5%.</summary>
    public string Percent(decimal fraction, int decimals = 0) => Decimal(fraction * 100, decimals) + "%";

    public string Time(LocalTime time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>10:00-12:00; a range ending at midnight ends at 24:00, as sellers write it.</summary>
    public string TimeRange(LocalTime start, LocalTime end) =>
        Time(start) + "–" + (end == LocalTime.Midnight ? "24:00" : Time(end));

    /// <summary>Mon 20:00-21:00 / T2 20:00-21:00: a slot of the week, as <see cref="Domain.Slot"/> writes it, in the language's day names.</summary>
    public string Slot(Slot slot) => DayShort(slot.Day) + " " + SlotTimes(slot);

    /// <summary>Sat 20:00-22:00 / T7 20:00-22:00: a window of the week, as <see cref="Domain.Window"/> writes it, in the language's day names.</summary>
    public string Window(Window window) =>
        DayShort(window.First.Day) + " " + Time(window.First.Start) + "-" + Time(LocalTime.FromMinutesSinceMidnight((window.First.StartMinute + window.Minutes) % 1440));

    /// <summary>20:00-21:00: a slot's times of day without its day.</summary>
    public string SlotTimes(Slot slot) => Time(slot.Start) + "-" + Time(slot.End);

    /// <summary>1 Jun 2026 / 01/06/2026.</summary>
    public string Date(LocalDate date) => Language == Language.Vietnamese
        ? date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture)
        : date.Day.ToString(CultureInfo.InvariantCulture) + " " + _texts[$"month.{date.Month}"] + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 Jun / 01/06: a date within a range whose year is already shown.</summary>
    public string DayMonth(LocalDate date) => Language == Language.Vietnamese
        ? date.ToString("dd'/'MM", CultureInfo.InvariantCulture)
        : date.Day.ToString(CultureInfo.InvariantCulture) + " " + _texts[$"month.{date.Month}"];

    public string DateRange(LocalDate first, LocalDate last) => Date(first) + " – " + Date(last);

    public string DateTime(LocalDateTime time) => Date(time.Date) + " " + Time(time.TimeOfDay);

    /// <summary>Mon / T2.</summary>
    public string DayShort(IsoDayOfWeek day) => _texts[$"day.short.{(int)day}"];

    /// <summary>Monday / Thứ Hai.</summary>
    public string DayLong(IsoDayOfWeek day) => _texts[$"day.long.{(int)day}"];
}
