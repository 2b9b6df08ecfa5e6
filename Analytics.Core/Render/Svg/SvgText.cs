using System.Globalization;
using System.Text;

namespace LivePeak.Analytics.Render.Svg;

/// <summary>Escaping and number writing for SVG (and any XML or HTML): nothing user-given goes out raw.</summary>
public static class SvgText
{
    /// <summary>
    /// Escapes the five XML specials and drops what XML 1.0 cannot hold at all (control
    /// characters, lone surrogates), so a hostile product name can neither close a tag nor make
    /// the document unreadable.
    /// </summary>
    public static string Escape(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => " ",
                < ' ' or '\uFFFE' or '\uFFFF' => string.Empty,
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>A coordinate with at most two decimals, invariant, never "-0".</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "SVG coordinates must be finite");
        }

        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
