using System.Globalization;

namespace LivePeak.Analytics.Render.Charts;

/// <summary>
/// One axis of a plot: its label, its limits (automatic from the data unless set), and its ticks
/// (round numbers unless set). A categorical axis puts category i at position i.
/// </summary>
public sealed class Axis
{
    private IReadOnlyList<Tick>? _ticks;

    public string? Label { get; set; }

    /// <summary>Fixed lower limit; null to fit the data.</summary>
    public double? Min { get; set; }

    /// <summary>Fixed upper limit; null to fit the data.</summary>
    public double? Max { get; set; }

    /// <summary>Writes tick values; renderers never format numbers with the machine's culture.</summary>
    public Func<double, string> TickFormat { get; set; } = v => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Draw from the top down (left axis) or right to left (bottom axis): row 0 of a table on top.</summary>
    public bool Inverted { get; set; }

    /// <summary>Grid lines across the plot at each tick.</summary>
    public bool Grid { get; set; } = true;

    /// <summary>True when the axis is a list of categories rather than a number line.</summary>
    public bool IsCategorical { get; private set; }

    /// <summary>Ticks placed by hand; null for automatic round numbers.</summary>
    public IReadOnlyList<Tick>? ManualTicks => _ticks;

    /// <summary>Category i at position i, limits half a band beyond the ends, no grid.</summary>
    public Axis SetCategories(IReadOnlyList<string> labels)
    {
        _ticks = labels.Select((label, i) => new Tick(i, label)).ToList();
        Min = -0.5;
        Max = labels.Count - 0.5;
        Grid = false;
        IsCategorical = true;
        return this;
    }

    public Axis SetTicks(IEnumerable<Tick> ticks)
    {
        _ticks = ticks.ToList();
        IsCategorical = false;
        return this;
    }

    /// <summary>The ticks to draw within [min, max].</summary>
    public IReadOnlyList<Tick> TicksWithin(double min, double max)
    {
        if (_ticks is not null)
        {
            return _ticks.Where(t => t.Position >= min - 1e-9 && t.Position <= max + 1e-9).ToList();
        }

        return NiceScale.Ticks(min, max).Select(v => new Tick(v, TickFormat(v))).ToList();
    }
}
