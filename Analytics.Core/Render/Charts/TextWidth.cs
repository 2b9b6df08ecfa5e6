using System.Globalization;
using System.Text;

namespace LivePeak.Analytics.Render.Charts;

/// <summary>
/// Text width without font files: an estimate per character that errs wide, so labels are cut
/// before they overlap. Vietnamese letters with stacked marks are one character each (one text
/// element); emoji and CJK count double.
/// </summary>
public static class TextWidth
{
    public static double Estimate(string text, double fontSize)
    {
        double ems = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            ems += EmsOf(elements.GetTextElement());
        }

        return ems * fontSize;
    }

    /// <summary>The text, cut at a whole character and ended with "…" when wider than the room.</summary>
    public static string Fit(string text, double maxWidth, double fontSize)
    {
        if (Estimate(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var room = maxWidth - EmsOf("…") * fontSize;
        var kept = new StringBuilder();
        double used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var width = EmsOf(element) * fontSize;
            if (used + width > room)
            {
                break;
            }

            kept.Append(element);
            used += width;
        }

        return kept.ToString().TrimEnd() + "…";
    }

    private static double EmsOf(string element)
    {
        var rune = Rune.GetRuneAt(element, 0);
        var value = rune.Value;
        if (value >= 0x2E80 || element.Length > 2 && !char.IsLetter(element[0]))
        {
            return 1.1;
        }

        if (value is >= 'A' and <= 'Z' or 'm' or 'w' or 'M' or 'W' or '@' or '%' or '₫')
        {
            return 0.72;
        }

        if (value is 'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or ' ')
        {
            return 0.32;
        }

        return 0.58;
    }
}
