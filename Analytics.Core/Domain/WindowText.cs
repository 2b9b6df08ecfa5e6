using System.Globalization;
using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>Reads a window written as people write it: <c>Sat 20:00-22:00</c>, or <c>Sun 23:00-01:00</c>
/// past midnight. Times fall on the half hour; the window is cut into half-hour slots.</summary>
public static class WindowText
{
    private static readonly SlotLength HalfHour = new(30);

    /// <summary>Throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static Window Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        var dash = trimmed.IndexOf('-', Math.Max(space, 0));
        if (space < 0 || dash < 0)
        {
            throw new FormatException($"'{text}' is not a window; write a day and a span, e.g. \"Sat 20:00-22:00\"");
        }

        var availability = Availability.Parse(trimmed);
        if (availability.Spans.Count != 1)
        {
            throw new FormatException($"'{text}' names more than one day; a window is one day and a span, e.g. \"Sat 20:00-22:00\"");
        }

        var span = availability.Spans[0];
        var start = span.Start.Hour * 60 + span.Start.Minute;
        if (start % HalfHour.Minutes != 0 || span.Minutes % HalfHour.Minutes != 0)
        {
            throw new FormatException($"'{text}': a window starts and ends on the hour or half hour");
        }

        return new Window(new Slot(span.Day, start, HalfHour), span.Minutes / HalfHour.Minutes);
    }

    /// <summary>The window's start and end as <c>HH:mm</c> (an end at midnight is <c>00:00</c>).</summary>
    public static (string Start, string End) Times(Window window)
    {
        var end = LocalTime.FromMinutesSinceMidnight((window.First.StartMinute + window.Minutes) % 1440);
        return (window.First.Start.ToString("HH:mm", CultureInfo.InvariantCulture), end.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}
