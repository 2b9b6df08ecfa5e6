using LivePeak.Analytics.Render.Charts;

namespace LivePeak.Analytics.Render.Svg;

/// <summary>
/// Writes a <see cref="Plot"/> as SVG: clean, indented, deterministic (the same plot gives the
/// same bytes on any machine and culture), with <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> for
/// screen readers and a tooltip on every mark. Marks carry classes (<c>bar</c>, <c>cell</c>,
/// <c>span</c>, <c>whisker</c>, <c>line</c>) so pages and tests can find them.
/// </summary>
public static class SvgRenderer
{
    public static string Render(Plot plot, SvgOptions? options = null) =>
        new SvgPlotWriter(plot, options ?? SvgOptions.File).Write();

    public static void Save(Plot plot, string path, SvgOptions? options = null) =>
        System.IO.File.WriteAllText(path, Render(plot, options), new System.Text.UTF8Encoding(false));
}
