using System.Globalization;
using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>
/// The hours of the week a seller can go LIVE, such as <c>Mon-Fri 08:00-23:00;Sat,Sun 06:00-23:59</c>.
/// Rules are separated by <c>;</c>; each names days (a day, a range such as <c>Mon-Fri</c> or
/// <c>Fri-Mon</c>, or several joined by <c>,</c>) and a span of wall-clock time. An end of
/// <c>23:59</c> or <c>24:00</c> means until midnight; an end before the start runs past midnight
/// into the next day (<c>Fri 20:00-02:00</c>). A window is available only when every one of its
/// minutes is.
/// </summary>
public sealed class Availability
{
    public const int MinutesPerWeek = 7 * 1440;

    private readonly bool[] _minutes;

    private Availability(IReadOnlyList<AvailableSpan> spans, bool[] minutes, string text)
    {
        Spans = spans;
        _minutes = minutes;
        Text = text;
    }

    /// <summary>Every minute of the week.</summary>
    public static Availability Always { get; } = new([], Enumerable.Repeat(true, MinutesPerWeek).ToArray(), "any time");

    public IReadOnlyList<AvailableSpan> Spans { get; }

    /// <summary>The text the availability was parsed from, normalised (or "any time").</summary>
    public string Text { get; }

    public int AvailableMinutes => _minutes.Count(m => m);

    /// <summary>True when the minute of the week (0 = Monday 00:00) is available.</summary>
    public bool IsAvailable(int minuteOfWeek) => _minutes[((minuteOfWeek % MinutesPerWeek) + MinutesPerWeek) % MinutesPerWeek];

    /// <summary>True when every minute of the window is available.</summary>
    public bool Contains(Window window)
    {
        var start = ((int)window.First.Day - 1) * 1440 + window.First.StartMinute;
        for (var m = 0; m < window.Minutes; m++)
        {
            if (!IsAvailable(start + m))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses the <c>--available</c> text; throws <see cref="FormatException"/> naming the bad part.</summary>
    public static Availability Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (rules.Length == 0)
        {
            throw new FormatException("no hours given; write e.g. \"Mon-Fri 08:00-23:00;Sat,Sun 06:00-23:59\"");
        }

        var spans = new List<AvailableSpan>();
        var minutes = new bool[MinutesPerWeek];
        foreach (var rule in rules)
        {
            foreach (var span in ParseRule(rule))
            {
                spans.Add(span);
                for (var m = 0; m < span.Minutes; m++)
                {
                    minutes[(span.StartMinuteOfWeek + m) % MinutesPerWeek] = true;
                }
            }
        }

        return new Availability(spans, minutes, string.Join(";", rules));
    }

    public override string ToString() => Text;

    private static IEnumerable<AvailableSpan> ParseRule(string rule)
    {
        var space = rule.LastIndexOf(' ');
        if (space < 0)
        {
            throw new FormatException($"'{rule}' needs days and hours, e.g. \"Mon-Fri 08:00-23:00\"");
        }

        var days = ParseDays(rule[..space].Replace(" ", string.Empty, StringComparison.Ordinal), rule);
        var hours = rule[(space + 1)..];
        var dash = hours.IndexOf('-');
        if (dash < 0)
        {
            throw new FormatException($"'{rule}': hours '{hours}' must be a span such as 08:00-23:00");
        }

        var from = ParseTime(hours[..dash], rule, isEnd: false);
        var to = ParseTime(hours[(dash + 1)..], rule, isEnd: true);
        if (from == to)
        {
            throw new FormatException($"'{rule}': the span {hours} is empty; a whole day is 00:00-24:00");
        }

        // An end before the start runs past midnight into the next day.
        var length = to > from ? to - from : 1440 - from + to;
        return days.Select(day => new AvailableSpan(day, LocalTime.FromMinutesSinceMidnight(from), length));
    }

    private static IReadOnlyList<IsoDayOfWeek> ParseDays(string text, string rule)
    {
        var days = new List<IsoDayOfWeek>();
        foreach (var part in text.Split(','))
        {
            if (part.Length == 0)
            {
                throw new FormatException($"'{rule}': an empty day in the day list");
            }

            var dash = part.IndexOf('-');
            if (dash < 0)
            {
                AddOnce(days, ParseDay(part, rule));
                continue;
            }

            var first = ParseDay(part[..dash], rule);
            var last = ParseDay(part[(dash + 1)..], rule);
            // A range may wrap past Sunday: Fri-Mon is Friday, Saturday, Sunday and Monday.
            for (var day = first; ; day = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1)
            {
                AddOnce(days, day);
                if (day == last)
                {
                    break;
                }
            }
        }

        return days;
    }

    private static void AddOnce(List<IsoDayOfWeek> days, IsoDayOfWeek day)
    {
        if (!days.Contains(day))
        {
            days.Add(day);
        }
    }

    private static readonly string[] DayTexts = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly string[] LongDayTexts = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static IsoDayOfWeek ParseDay(string text, string rule)
    {
        var lower = text.Trim().ToLowerInvariant();
        var index = Array.IndexOf(DayTexts, lower);
        if (index < 0)
        {
            index = Array.IndexOf(LongDayTexts, lower);
        }

        if (index < 0)
        {
            throw new FormatException($"'{rule}': '{text}' is not a day; use Mon, Tue, Wed, Thu, Fri, Sat or Sun");
        }

        return (IsoDayOfWeek)(index + 1);
    }

    /// <summary>Minutes after midnight; an end of 23:59 or 24:00 is midnight at the end of the day (1440).</summary>
    private static int ParseTime(string text, string rule, bool isEnd)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || parts[0].Length is < 1 or > 2 || parts[1].Length != 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) ||
            minute > 59 || hour > 24 || (hour == 24 && minute != 0))
        {
            throw new FormatException($"'{rule}': '{text}' is not a time of day (HH:mm, 00:00 to 24:00)");
        }

        if (hour == 24 && !isEnd)
        {
            throw new FormatException($"'{rule}': a span cannot start at 24:00");
        }

        var minutes = hour * 60 + minute;
        return isEnd && minutes >= 1439 ? 1440 : minutes;
    }
}
