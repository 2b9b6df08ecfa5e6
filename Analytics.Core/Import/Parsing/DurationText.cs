using System.Globalization;
using NodaTime;

namespace LivePeak.Analytics.Import.Parsing;

/// <summary>How a report writes lengths of time.</summary>
public enum DurationStyle
{
    /// <summary><c>2h 57min</c>, <c>0h 9min</c>, <c>3h01m</c>, <c>45min</c>, <c>1h 2m 3s</c>.</summary>
    HoursMinutes = 0,
    /// <summary><c>02:57:00</c> or <c>57:00</c> (minutes and seconds).</summary>
    Clock = 1,
    /// <summary>A plain number of seconds, <c>10620</c>.</summary>
    Seconds = 2,
}

/// <summary>Parses durations in one report's style.</summary>
public static class DurationText
{
    public static bool TryParse(string text, DurationStyle style, out Duration value, out string? error)
    {
        value = Duration.Zero;
        error = null;
        var s = HeaderText.TrimCell(text);
        if (s.Length == 0)
        {
            error = "empty";
            return false;
        }

        var ok = style switch
        {
            DurationStyle.Clock => TryClock(s, out value),
            DurationStyle.Seconds => TrySeconds(s, out value),
            _ => TryUnits(s, out value),
        };
        if (!ok)
        {
            value = Duration.Zero; // not the units summed before the bad one
            error = $"'{s}' is not a duration like {Example(style)}";
        }

        return ok;
    }

    public static string Example(DurationStyle style) => style switch
    {
        DurationStyle.Clock => "02:57:00",
        DurationStyle.Seconds => "10620 (seconds)",
        _ => "2h 57min",
    };

    private static bool TrySeconds(string s, out Duration value)
    {
        value = Duration.Zero;
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
        {
            return false;
        }

        value = Duration.FromSeconds((double)seconds);
        return true;
    }

    private static bool TryClock(string s, out Duration value)
    {
        value = Duration.Zero;
        var parts = s.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        value = parts.Length == 3
            ? Duration.FromHours(numbers[0]) + Duration.FromMinutes(numbers[1]) + Duration.FromSeconds(numbers[2])
            : Duration.FromMinutes(numbers[0]) + Duration.FromSeconds(numbers[1]);
        return true;
    }

    /// <summary>Number-unit pairs; units h, min, m, s (also Vietnamese "giờ", "phút", "giây").</summary>
    private static bool TryUnits(string s, out Duration value)
    {
        value = Duration.Zero;
        var i = 0;
        var any = false;
        while (i < s.Length)
        {
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }

            if (i == s.Length)
            {
                break;
            }

            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (start == i || !decimal.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }

            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != ' ')
            {
                i++;
            }

            var unit = s[unitStart..i].ToLowerInvariant();
            double seconds = unit switch
            {
                "h" or "hr" or "hrs" or "hour" or "hours" or "giờ" or "jam" => 3600,
                "m" or "min" or "mins" or "minute" or "minutes" or "phút" or "menit" => 60,
                "s" or "sec" or "secs" or "second" or "seconds" or "giây" or "detik" => 1,
                _ => -1,
            };
            if (seconds < 0)
            {
                return false;
            }

            value += Duration.FromSeconds((double)number * seconds);
            any = true;
        }

        return any;
    }
}
