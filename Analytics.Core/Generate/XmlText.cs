using System.Text;

namespace LivePeak.Analytics.Generate;

/// <summary>Text made safe for SpreadsheetML.</summary>
internal static class XmlText
{
    /// <summary>
    /// Removes characters XML 1.0 cannot carry at all (control characters other than tab, LF and
    /// CR; lone surrogates; U+FFFE and U+FFFF). Escaping cannot save them: a parser rejects even
    /// <c>&amp;#1;</c>, so the workbook would not open.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = IndexOfIllegal(text, 0);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var width = LegalWidth(text, i);
            if (width > 0)
            {
                builder.Append(text, i, width);
                i += width - 1;
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends text escaped for element content and attribute values alike, illegal characters dropped.</summary>
    public static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in Clean(text))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                // A literal CR would be folded into LF by the reader's line-end normalisation.
                case '\r': builder.Append("&#13;"); break;
                case '\t': builder.Append("&#9;"); break;
                case '\n': builder.Append("&#10;"); break;
                default: builder.Append(c); break;
            }
        }
    }

    /// <summary>
    /// Excel reads <c>_xHHHH_</c> in cell text as an escaped character, so text that really
    /// contains such a sequence has its underscore escaped as <c>_x005F_</c> to survive.
    /// </summary>
    public static string EscapeExcelCodes(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsExcelCode(text, i))
            {
                builder.Append("_x005F");
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool IsExcelCode(string text, int at)
    {
        if (at + 7 > text.Length || text[at + 1] != 'x' || text[at + 6] != '_')
        {
            return false;
        }

        for (var i = at + 2; i < at + 6; i++)
        {
            if (!char.IsAsciiHexDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOfIllegal(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var width = LegalWidth(text, i);
            if (width == 0)
            {
                return i;
            }

            i += width - 1;
        }

        return -1;
    }

    /// <summary>How many chars the legal character at <paramref name="i"/> takes (2 for a surrogate pair), or 0 when illegal.</summary>
    private static int LegalWidth(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 0;
        }

        if (char.IsLowSurrogate(c))
        {
            return 0;
        }

        return c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') ? 1 : 0;
    }
}
