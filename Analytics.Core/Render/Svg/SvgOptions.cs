namespace LivePeak.Analytics.Render.Svg;

/// <summary>How a plot is written as SVG.</summary>
public sealed record SvgOptions
{
    public static SvgOptions File { get; } = new();

    /// <summary>Prefix of every id in the SVG, so several charts can share one HTML page.</summary>
    public string IdPrefix { get; init; } = "lp-";

    /// <summary>Write the XML declaration: for a standalone .svg file, not for inline HTML.</summary>
    public bool XmlDeclaration { get; init; } = true;

    /// <summary>Scale with the page (width 100%) instead of a fixed pixel size.</summary>
    public bool Responsive { get; init; }
}
