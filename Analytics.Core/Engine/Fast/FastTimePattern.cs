using System.Runtime.InteropServices;

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

    private readonly FixedWidth? _fixed;

    private FastTimePattern((Part, byte, byte, byte)[] steps)
    {
        _steps = steps;
        _fixed = FixedWidth.TryCreate(steps);
    }

    /// <summary>
    /// A pattern whose every part has a fixed number of digits (<c>yyyy-MM-dd HH:mm:ss</c>, as
    /// machine-written logs are): each part sits at a known offset, and a row with the same date
    /// text as the previous one skips the date checks.
    /// </summary>
    private sealed class FixedWidth
    {
        private readonly byte[] _literals;
        private readonly (int Offset, ulong LiteralMask, ulong Literals, ulong DigitMask)[] _words;
        private readonly int _year, _month, _day, _hour, _minute, _second, _dateStart, _dateLength;
        private ulong _lastDate0 = ulong.MaxValue, _lastDate1 = ulong.MaxValue;
        private int _lastYear, _lastMonth, _lastDay;

        private FixedWidth(byte[] literals, int[] offsets)
        {
            _literals = literals;
            _words = Words(literals);
            (_year, _month, _day, _hour, _minute, _second) = (offsets[0], offsets[1], offsets[2], offsets[3], offsets[4], offsets[5]);
            _dateStart = Math.Min(_year, Math.Min(_month, _day));
            _dateLength = Math.Max(_year + 4, Math.Max(_month + 2, _day + 2)) - _dateStart;
        }

        public static FixedWidth? TryCreate((Part Part, byte Min, byte Max, byte Literal)[] steps)
        {
            var literals = new List<byte>();
            int[] offsets = [-1, -1, -1, -1, -1, -1];
            foreach (var (part, min, max, literal) in steps)
            {
                if (part == Part.Fraction || min != max || (part != Part.Literal && part != Part.Year && max != 2))
                {
                    return null;
                }

                if (part != Part.Literal)
                {
                    offsets[(int)part - 1] = literals.Count;
                }

                for (var i = 0; i < max; i++)
                {
                    // Digit positions are marked 0; a literal position holds its byte.
                    literals.Add(part == Part.Literal ? literal : (byte)0);
                }
            }

            // Minutes and seconds may be absent (a pattern to the minute); a date part may not.
            if (offsets[0] < 0 || offsets[1] < 0 || offsets[2] < 0 || offsets[3] < 0 || offsets[4] < 0 ||
                Math.Max(offsets[0] + 4, Math.Max(offsets[1] + 2, offsets[2] + 2)) - Math.Min(offsets[0], Math.Min(offsets[1], offsets[2])) > 16)
            {
                return null;
            }

            return new FixedWidth([.. literals], offsets);
        }

        public bool TryParse(ReadOnlySpan<byte> text, out int year, out int month, out int day, out int minuteOfDay)
        {
            year = month = day = minuteOfDay = 0;
            if (text.Length != _literals.Length || !Fits(text))
            {
                return false;
            }

            // The date's text as two overlapping words (a date of year, month and day is 8-16 bytes).
            var date0 = MemoryMarshal.Read<ulong>(text[_dateStart..]);
            var date1 = MemoryMarshal.Read<ulong>(text[(_dateStart + _dateLength - 8)..]);
            if (date0 != _lastDate0 || date1 != _lastDate1)
            {
                var y = Two(text, _year) * 100 + Two(text, _year + 2);
                var m = Two(text, _month);
                var d = Two(text, _day);
                if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
                {
                    return false;
                }

                (_lastDate0, _lastDate1, _lastYear, _lastMonth, _lastDay) = (date0, date1, y, m, d);
            }

            var hour = Two(text, _hour);
            var minute = Two(text, _minute);
            if (hour > 23 || minute > 59 || (_second >= 0 && Two(text, _second) > 59))
            {
                return false;
            }

            (year, month, day) = (_lastYear, _lastMonth, _lastDay);
            minuteOfDay = hour * 60 + minute;
            return true;
        }

        /// <summary>
        /// Whether every digit position holds a digit and every literal its byte, eight bytes at a
        /// time (SWAR): literal bytes are compared under a mask, and digit bytes (with literal
        /// positions replaced by '0') pass the classic test that no byte is below '0' or above '9'.
        /// </summary>
        private bool Fits(ReadOnlySpan<byte> text)
        {
            if (_words.Length == 0)
            {
                for (var i = 0; i < _literals.Length; i++)
                {
                    var expected = _literals[i];
                    if (expected == 0 ? (uint)(text[i] - '0') > 9 : text[i] != expected)
                    {
                        return false;
                    }
                }

                return true;
            }

            foreach (var (offset, literalMask, literals, digitMask) in _words)
            {
                var x = MemoryMarshal.Read<ulong>(text[offset..]);
                var digits = (x & digitMask) | (0x3030303030303030UL & ~digitMask);
                if (((x ^ literals) & literalMask) != 0 ||
                    (((digits + 0x4646464646464646UL) | (digits - 0x3030303030303030UL)) & 0x8080808080808080UL) != 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The pattern cut into 8-byte words (the last one overlapping) with their masks.</summary>
        private static (int Offset, ulong LiteralMask, ulong Literals, ulong DigitMask)[] Words(byte[] pattern)
        {
            if (pattern.Length < 8)
            {
                return [];
            }

            var words = new List<(int, ulong, ulong, ulong)>();
            for (var offset = 0; ; offset += 8)
            {
                offset = Math.Min(offset, pattern.Length - 8);
                ulong literalMask = 0, literals = 0, digitMask = 0;
                for (var i = 0; i < 8; i++)
                {
                    var b = pattern[offset + i];
                    if (b == 0)
                    {
                        digitMask |= 0xFFUL << (8 * i);
                    }
                    else
                    {
                        literalMask |= 0xFFUL << (8 * i);
                        literals |= (ulong)b << (8 * i);
                    }
                }

                words.Add((offset, literalMask, literals, digitMask));
                if (offset + 8 >= pattern.Length)
                {
                    return [.. words];
                }
            }
        }

        private static int Two(ReadOnlySpan<byte> text, int at) => (text[at] - '0') * 10 + (text[at + 1] - '0');
    }

    /// <summary>A copy for one reader: the fixed-width reader remembers the last date it read.</summary>
    public FastTimePattern ForOneReader() => new(_steps);

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
        if (_fixed is not null)
        {
            return _fixed.TryParse(text, out year, out month, out day, out minuteOfDay);
        }

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
