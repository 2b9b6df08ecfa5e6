namespace LivePeak.Analytics.Render.Charts;

/// <summary>The data rectangle a plottable needs; NaN on a side it does not constrain.</summary>
public readonly record struct AxisLimits(double XMin, double XMax, double YMin, double YMax)
{
    public static AxisLimits None => new(double.NaN, double.NaN, double.NaN, double.NaN);

    public AxisLimits Union(AxisLimits other) =>
        new(Min(XMin, other.XMin), Max(XMax, other.XMax), Min(YMin, other.YMin), Max(YMax, other.YMax));

    private static double Min(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Min(a, b);

    private static double Max(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Max(a, b);
}
