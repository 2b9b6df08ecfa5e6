namespace LivePeak.Analytics.Render.Svg;

/// <summary>Maps data values on one axis to pixels.</summary>
internal readonly record struct ScaleMap(double Min, double Max, double PixelFrom, double PixelTo)
{
    public double this[double value] => Max > Min ? PixelFrom + (value - Min) / (Max - Min) * (PixelTo - PixelFrom) : PixelFrom;

    public double Length(double from, double to) => Math.Abs(this[to] - this[from]);
}
