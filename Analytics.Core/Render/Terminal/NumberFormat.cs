using System.Globalization;
using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>Numbers for people: grouped, rounded to what a seller reads, never the machine's culture.</summary>
public static class NumberFormat
{
    private static readonly CultureInfo Grouped = CultureInfo.InvariantCulture;

    public static string Count(decimal value) => value.ToString("#,0.##", Grouped);

    public static string Amount(Money value) => value.ToDecimal().ToString("#,0.##", Grouped);

    /// <summary>Short form for table cells: 1.2M, 350k.</summary>
    public static string Compact(decimal value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1_000_000_000m => (value / 1_000_000_000m).ToString("0.#", Grouped) + "B",
            >= 1_000_000m => (value / 1_000_000m).ToString("0.#", Grouped) + "M",
            >= 10_000m => (value / 1_000m).ToString("0", Grouped) + "k",
            _ => value.ToString("#,0.##", Grouped),
        };
    }
}
