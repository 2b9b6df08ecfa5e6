using System.Globalization;

namespace LivePeak.Analytics.Import.Parsing;

/// <summary>
/// The three ways exports write numbers (formats.md §0). A report uses one dialect throughout;
/// cells are never guessed one by one, because <c>1.250</c> means 1250 in one and 1.25 in another.
/// </summary>
public enum NumberDialect
{
    /// <summary><c>215737974</c>, <c>-12.5</c>: no grouping, dot decimals.</summary>
    Plain = 0,
    /// <summary><c>65,498,875.96₫</c>: comma thousands, dot decimals (also accepts plain).</summary>
    CommaThousands = 1,
    /// <summary><c>627.840.078₫</c>, <c>1,77</c>: dot thousands, comma decimals.</summary>
    DotThousands = 2,
}

public static class NumberDialects
{
    /// <summary>The dialect a culture writes numbers in, for generic logs read with <c>--culture</c>.</summary>
    public static NumberDialect ForCulture(CultureInfo culture)
    {
        var format = culture.NumberFormat;
        return format.NumberDecimalSeparator == "," ? NumberDialect.DotThousands : NumberDialect.CommaThousands;
    }
}

/// <summary>Parses amounts and quantities in one dialect, stripping currency marks.</summary>
public static class NumberText
{
    /// <summary>
    /// Parses <paramref name="text"/> or explains why not. Currency marks (₫ đ VND Rp $ £ €),
    /// spaces and NBSP are ignored; a leading minus or accounting parentheses make it negative.
    /// Grouping separators must stand between groups of exactly three digits.
    /// </summary>
    public static bool TryParse(string text, NumberDialect dialect, out decimal value, out string? error)
    {
        value = 0;
        error = null;
        // Plain digits, as machine-written logs hold most quantities and amounts: the value the walk
        // below gives (scale 0, leading zeros dropped), without it. Up to 18 digits fit a long.
        if (text.Length is > 0 and <= 18 && !text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            long whole = 0;
            foreach (var c in text)
            {
                whole = whole * 10 + (c - '0');
            }

            value = whole;
            return true;
        }

        Span<char> buffer = stackalloc char[Math.Min(text.Length + 1, 128)];
        if (text.Length >= 127)
        {
            error = "number too long";
            return false;
        }

        var length = 0;
        var negative = false;
        var digits = 0;
        var sawDecimal = false;
        var digitsSinceGroup = -1; // -1 until a grouping separator is seen
        char groupChar = dialect == NumberDialect.DotThousands ? '.' : ',';
        char decimalChar = dialect == NumberDialect.DotThousands ? ',' : '.';
        var span = text.AsSpan().Trim();
        if (span.Length >= 2 && span[0] == '(' && span[^1] == ')')
        {
            negative = true;
            span = span[1..^1];
        }

        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is >= '0' and <= '9')
            {
                buffer[length++] = c;
                digits++;
                if (digitsSinceGroup >= 0 && !sawDecimal)
                {
                    digitsSinceGroup++;
                }

                continue;
            }

            if (c == '-' && digits == 0 && !negative)
            {
                negative = true;
                continue;
            }

            if (c == '+' && digits == 0)
            {
                continue;
            }

            if (c == decimalChar)
            {
                if (sawDecimal || (digitsSinceGroup >= 0 && digitsSinceGroup != 3))
                {
                    error = $"'{text}' is not a number in the {Describe(dialect)} format";
                    return false;
                }

                sawDecimal = true;
                buffer[length++] = '.';
                continue;
            }

            if (c == groupChar && dialect != NumberDialect.Plain)
            {
                if (sawDecimal || digits == 0 || (digitsSinceGroup >= 0 && digitsSinceGroup != 3) || (digitsSinceGroup < 0 && digits > 3))
                {
                    error = $"'{text}' is not a number in the {Describe(dialect)} format";
                    return false;
                }

                digitsSinceGroup = 0;
                continue;
            }

            if (IsCurrencyOrSpace(c))
            {
                continue;
            }

            if (char.IsLetter(c) && IsCurrencyWord(span, ref i))
            {
                continue;
            }

            error = $"'{text}' is not a number";
            return false;
        }

        if (digits == 0)
        {
            error = text.Length == 0 ? "empty" : $"'{text}' is not a number";
            return false;
        }

        if (digitsSinceGroup >= 0 && digitsSinceGroup != 3)
        {
            error = $"'{text}' is not a number in the {Describe(dialect)} format";
            return false;
        }

        if (!decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = $"'{text}' is out of range";
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    public static string Describe(NumberDialect dialect) => dialect switch
    {
        NumberDialect.DotThousands => "1.234.567,89",
        NumberDialect.CommaThousands => "1,234,567.89",
        _ => "1234567.89",
    };

    private static bool IsCurrencyOrSpace(char c) =>
        c is ' ' or '\u00A0' or '\u202F' or '\t' or '₫' or '$' or '£' or '€' or '¥' or '\'' ;

    private static readonly string[] CurrencyWords = ["VNĐ", "VND", "vnđ", "vnd", "đ", "Đ", "Rp", "RM", "USD", "GBP", "THB", "IDR"];

    private static bool IsCurrencyWord(ReadOnlySpan<char> span, ref int i)
    {
        foreach (var word in CurrencyWords)
        {
            if (span[i..].StartsWith(word, StringComparison.Ordinal))
            {
                i += word.Length - 1;
                return true;
            }
        }

        return false;
    }
}
