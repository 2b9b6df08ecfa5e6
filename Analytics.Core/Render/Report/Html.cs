using LivePeak.Analytics.Render.Svg;

namespace LivePeak.Analytics.Render.Report;

/// <summary>Escaping for HTML text and attribute values: the same rules as XML, so one escaper serves both.</summary>
public static class Html
{
    public static string Escape(string text) => SvgText.Escape(text);
}
