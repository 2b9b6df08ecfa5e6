using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Numbers as fixed-point ten-thousandths straight from UTF-8 bytes. It accepts only what it is
/// certain <see cref="NumberText"/> reads the same way (digits, one sign, the dialect's grouping
/// in groups of three, at most four decimals); anything else (currency marks, spaces, more
/// decimals) returns false and the row goes to the general reader.
/// </summary>
internal static class FastNumber
{
    // Fourteen digits in ten-thousandths stay below 10^18, inside a long with room to add.
    private const int MaxDigits = 14;

    public static bool TryParse(ReadOnlySpan<byte> text, NumberDialect dialect, out long tenThousandths)
    {
        tenThousandths = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        // Plain digits, as machine-written logs mostly hold: no sign, grouping or point to track.
        if (text.Length <= MaxDigits)
        {
            long plain = 0;
            var at = 0;
            for (; at < text.Length; at++)
            {
                var digit = (uint)(text[at] - '0');
                if (digit > 9)
                {
                    break;
                }

                plain = plain * 10 + digit;
            }

            if (at == text.Length)
            {
                tenThousandths = plain * 10_000;
                return true;
            }
        }

        var negative = false;
        var i = 0;
        if (text[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }

        var group = dialect switch
        {
            NumberDialect.DotThousands => (byte)'.',
            NumberDialect.CommaThousands => (byte)',',
            _ => (byte)0,
        };
        var point = dialect == NumberDialect.DotThousands ? (byte)',' : (byte)'.';
        long whole = 0;
        var digits = 0;
        var sinceGroup = -1;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if ((uint)(b - '0') <= 9)
            {
                if (digits >= MaxDigits)
                {
                    return false;
                }

                whole = whole * 10 + (b - '0');
                digits++;
                if (sinceGroup >= 0)
                {
                    sinceGroup++;
                }
            }
            else if (b == group && group != 0)
            {
                if (digits == 0 || (sinceGroup >= 0 ? sinceGroup != 3 : digits > 3))
                {
                    return false;
                }

                sinceGroup = 0;
            }
            else if (b == point)
            {
                break;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || (sinceGroup >= 0 && sinceGroup != 3))
        {
            return false;
        }

        long fraction = 0;
        var scale = 1000;
        if (i < text.Length)
        {
            i++; // the decimal point
            if (i == text.Length || text.Length - i > 4)
            {
                return false;
            }

            for (; i < text.Length; i++)
            {
                var b = text[i];
                if ((uint)(b - '0') > 9)
                {
                    return false;
                }

                fraction += (b - '0') * scale;
                scale /= 10;
            }
        }

        var value = whole * 10_000 + fraction;
        tenThousandths = negative ? -value : value;
        return true;
    }

    /// <summary>quantity x unit price, both in ten-thousandths, rounded half away from zero as
    /// <c>Money.FromDecimal(quantity * unitPrice)</c> does.</summary>
    public static long Multiply(long quantity, long unitPrice)
    {
        var product = (Int128)quantity * unitPrice;
        var half = product >= 0 ? 5_000 : -5_000;
        return (long)((product + half) / 10_000);
    }
}
