using System.Globalization;

namespace LivePeak.Analytics.Render.Charts;

/// <summary>An opaque sRGB colour. Renderers write it as <c>#rrggbb</c>, so output is byte-stable.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color FromHex(string hex)
    {
        var text = hex.TrimStart('#');
        if (text.Length != 6 || !int.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new FormatException($"'{hex}' is not a colour like #1f77b4");
        }

        return new Color((byte)(rgb >> 16), (byte)(rgb >> 8 & 0xff), (byte)(rgb & 0xff));
    }

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>Relative luminance (WCAG 2), 0 for black to 1 for white.</summary>
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    /// <summary>Black or white, whichever reads better on this colour (WCAG contrast).</summary>
    public Color Ink => (Luminance + 0.05) / 0.05 > 1.05 / (Luminance + 0.05) ? new Color(0x1a, 0x1a, 0x1a) : new Color(0xff, 0xff, 0xff);

    public static Color Lerp(Color a, Color b, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new Color(Mix(a.R, b.R, t), Mix(a.G, b.G, t), Mix(a.B, b.B, t));
    }

    public override string ToString() => ToHex();

    private static byte Mix(byte a, byte b, double t) => (byte)Math.Round(a + (b - a) * t, MidpointRounding.AwayFromZero);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
