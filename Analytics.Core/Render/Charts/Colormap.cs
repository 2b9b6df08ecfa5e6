namespace LivePeak.Analytics.Render.Charts;

/// <summary>
/// A sequential colour ramp from low to high values. The ramp is a list of stops evenly spaced
/// over [0, 1]; a value between two stops gets the colour between them.
/// </summary>
public sealed class Colormap
{
    public Colormap(params Color[] stops)
    {
        if (stops.Length < 2)
        {
            throw new ArgumentException("a colour ramp needs at least two stops", nameof(stops));
        }

        Stops = stops;
    }

    public IReadOnlyList<Color> Stops { get; }

    /// <summary>Pale yellow to deep red (ColorBrewer YlOrRd): "hot" hours read as hot, and it
    /// survives greyscale printing and the common colour-vision deficiencies because it is
    /// monotonic in lightness.</summary>
    public static Colormap Heat { get; } = new(
        Color.FromHex("#ffffcc"), Color.FromHex("#ffeda0"), Color.FromHex("#fed976"), Color.FromHex("#feb24c"),
        Color.FromHex("#fd8d3c"), Color.FromHex("#fc4e2a"), Color.FromHex("#e31a1c"), Color.FromHex("#bd0026"),
        Color.FromHex("#800026"));

    /// <summary>Pale to deep blue (ColorBrewer Blues), for shares rather than amounts.</summary>
    public static Colormap Blues { get; } = new(
        Color.FromHex("#f7fbff"), Color.FromHex("#deebf7"), Color.FromHex("#c6dbef"), Color.FromHex("#9ecae1"),
        Color.FromHex("#6baed6"), Color.FromHex("#4292c6"), Color.FromHex("#2171b5"), Color.FromHex("#08519c"),
        Color.FromHex("#08306b"));

    /// <summary>The colour at a fraction of the range; fractions outside [0, 1] are clamped.</summary>
    public Color At(double fraction)
    {
        if (double.IsNaN(fraction))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), "no colour for NaN: draw missing cells separately");
        }

        var t = Math.Clamp(fraction, 0, 1) * (Stops.Count - 1);
        var i = (int)Math.Floor(t);
        return i >= Stops.Count - 1 ? Stops[^1] : Color.Lerp(Stops[i], Stops[i + 1], t - i);
    }
}
