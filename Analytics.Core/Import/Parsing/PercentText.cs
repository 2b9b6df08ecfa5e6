namespace LivePeak.Analytics.Import.Parsing;

/// <summary>
/// Percentages as reports write them: text with a sign (<c>51.3%</c>, <c>1,77%</c> in the
/// report's number dialect) or a bare fraction from a %-formatted spreadsheet cell (<c>0.008</c>
/// means 0.8%). Always returned as a fraction.
/// </summary>
public static class PercentText
{
    public static bool TryParse(string text, NumberDialect dialect, bool typedNumber, out decimal fraction, out string? error)
    {
        fraction = 0;
        var s = HeaderText.TrimCell(text);
        var hasSign = s.EndsWith('%');
        if (hasSign)
        {
            s = s[..^1];
        }

        if (!NumberText.TryParse(s, typedNumber ? NumberDialect.Plain : dialect, out var number, out error))
        {
            return false;
        }

        // A bare number is a fraction when it came from a typed cell or is at most 1; reports that
        // write "51.3" without a sign do not exist among the known layouts.
        fraction = hasSign ? number / 100m : number;
        return true;
    }
}
