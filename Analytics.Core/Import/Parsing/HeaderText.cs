using System.Text;

namespace LivePeak.Analytics.Import.Parsing;

/// <summary>
/// Normalises header and cell text the way every export needs it: BOM, NBSP, tabs and runs of
/// whitespace folded, Unicode NFC (Vietnamese text arrives both composed and decomposed).
/// </summary>
public static class HeaderText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '\uFEFF' || c == '\u200B')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Trims a data cell: whitespace, NBSP, stray tabs and BOM at either end.</summary>
    public static string TrimCell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var trimmed = text.AsSpan().Trim(" \t\r\n\u00A0\uFEFF");
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }
}
