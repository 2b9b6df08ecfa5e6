namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// A numeric date-time pattern (<c>yyyy-MM-dd HH:mm:ss</c>, <c>dd/MM/yyyy HH:mm</c>, <c>d/M/yyyy H:mm</c>,
/// optional <c>.FFFFFFF</c>) compiled to a few steps over bytes. Patterns with names, AM/PM or
/// offsets are not compiled: such files use the general reader.
/// </summary>
internal sealed class FastTimePattern
{
    private enum Part : byte { Literal, Year, Month, Day, Hour, Minute, Second, Fraction }

    private readonly (Part Part, byte MinDigits, byte MaxDigits, byte Literal)[] _steps;

    private FastTimePattern((Part, byte, byte, byte)[] steps) => _steps = steps;

    public static FastTimePattern? TryCompile(string? pattern)
    {
        if (pattern is null)
        {
            return null;
        }

        var steps = new List<(Part, byte, byte, byte)>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            switch (c)
            {
                case 'y' when run == 4: steps.Add((Part.Year, 4, 4, 0)); break;
                case 'M' when run <= 2: steps.Add((Part.Month, (byte)run, 2, 0)); break;
                case 'd' when run <= 2: steps.Add((Part.Day, (byte)run, 2, 0)); break;
                case 'H' when run <= 2: steps.Add((Part.Hour, (byte)run, 2, 0)); break;
                case 'm' when run <= 2: steps.Add((Part.Minute, (byte)run, 2, 0)); break;
                case 's' when run <= 2: steps.Add((Part.Second, (byte)run, 2, 0)); break;
                case 'F' when steps.Count > 0 && steps[^1] is (Part.Literal, _, _, (byte)'.'):
                    // ".FFFFFFF": the point and up to seven digits are optional together.
                    steps[^1] = (Part.Fraction, 0, (byte)run, (byte)'.');
                    break;
                case '-' or '/' or ':' or ' ' or '.' or 'T' when run == 1:
                    steps.Add((Part.Literal, 1, 1, (byte)c));
                    break;
                case '\'' when i + 2 < pattern.Length && pattern[i + 2] == '\'' && pattern[i + 1] == 'T':
                    steps.Add((Part.Literal, 1, 1, (byte)'T'));
                    run = 3;
                    break;
                default:
                    return null;
            }

            i += run;
        }

        return new FastTimePattern([.. steps]);
    }

    /// <summary>Reads a local date and time; false for anything the pattern does not fit exactly or
    /// for an impossible date (the general reader then explains it).</summary>
    public bool TryParse(ReadOnlySpan<byte> text, out int year, out int month, out int day, out int minuteOfDay)
    {
        year = month = day = minuteOfDay = 0;
        int hour = 0, minute = 0, second = 0;
        var p = 0;
        foreach (var (part, min, max, literal) in _steps)
        {
            if (part == Part.Literal)
            {
                if (p >= text.Length || text[p] != literal)
                {
                    return false;
                }

                p++;
                continue;
            }

            if (part == Part.Fraction)
            {
                if (p < text.Length && text[p] == literal)
                {
                    p++;
                    var start = p;
                    while (p < text.Length && (uint)(text[p] - '0') <= 9 && p - start < max)
                    {
                        p++;
                    }

                    if (p == start)
                    {
                        return false;
                    }
                }

                continue;
            }

            var value = 0;
            var count = 0;
            while (p < text.Length && count < max && (uint)(text[p] - '0') <= 9)
            {
                value = value * 10 + (text[p] - '0');
                p++;
                count++;
            }

            if (count < min)
            {
                return false;
            }

            switch (part)
            {
                case Part.Year: year = value; break;
                case Part.Month: month = value; break;
                case Part.Day: day = value; break;
                case Part.Hour: hour = value; break;
                case Part.Minute: minute = value; break;
                case Part.Second: second = value; break;
            }
        }

        if (p != text.Length || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        minuteOfDay = hour * 60 + minute;
        return true;
    }
}
