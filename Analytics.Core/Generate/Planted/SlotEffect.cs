using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Generate.Planted;

/// <summary>A planted multiplier on the sales rate of LIVEs during some hours of some days,
/// e.g. Saturday 20:00-22:00 x 1.6.</summary>
/// <param name="Minutes">How long the effect lasts from <paramref name="Start"/>; it may run past midnight.</param>
public sealed record SlotEffect(IReadOnlyList<IsoDayOfWeek> Days, LocalTime Start, int Minutes, double Multiplier)
{
    public static SlotEffect Every(LocalTime start, int minutes, double multiplier) =>
        new(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToList(), start, minutes, multiplier);

    public static SlotEffect On(IsoDayOfWeek day, LocalTime start, int minutes, double multiplier) => new([day], start, minutes, multiplier);

    /// <summary>True when the minute of the week (0 = Monday 00:00) is under the effect.</summary>
    public bool Covers(int minuteOfWeek)
    {
        foreach (var day in Days)
        {
            var from = ((int)day - 1) * 1440 + Start.Hour * 60 + Start.Minute;
            var offset = ((minuteOfWeek - from) % Availability.MinutesPerWeek + Availability.MinutesPerWeek) % Availability.MinutesPerWeek;
            if (offset < Minutes)
            {
                return true;
            }
        }

        return false;
    }
}
