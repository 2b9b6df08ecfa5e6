using System.Globalization;

namespace LivePeak.Analytics.Render.Charts;

/// <summary>
/// A table of coloured cells: row r, column c at data position (c, r). NaN marks a cell with no
/// value (drawn as missing, not as zero). Colours run from <see cref="Min"/> to <see cref="Max"/>.
/// </summary>
public sealed class Heatmap : Plottable
{
    public Heatmap(double[,] values, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, Colormap colormap)
    {
        if (values.GetLength(0) != rowLabels.Count || values.GetLength(1) != columnLabels.Count)
        {
            throw new ArgumentException($"{values.GetLength(0)}x{values.GetLength(1)} values for {rowLabels.Count} rows and {columnLabels.Count} columns");
        }

        Values = values;
        RowLabels = rowLabels;
        ColumnLabels = columnLabels;
        Colormap = colormap;
        CellLabels = new string?[Rows, Columns];
        CellDescriptions = new string?[Rows, Columns];
    }

    public double[,] Values { get; }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    public int Rows => Values.GetLength(0);

    public int Columns => Values.GetLength(1);

    public Colormap Colormap { get; set; }

    /// <summary>The value given the lowest colour; null for the smaller of 0 and the data minimum.</summary>
    public double? Min { get; set; }

    /// <summary>The value given the highest colour; null for the data maximum.</summary>
    public double? Max { get; set; }

    /// <summary>Text inside each cell (null: none). Drawn only where it fits.</summary>
    public string?[,] CellLabels { get; }

    /// <summary>Tooltip and accessible text of each cell.</summary>
    public string?[,] CellDescriptions { get; }

    /// <summary>The colour bar's caption, e.g. "GMV (VND)"; no colour bar when null.</summary>
    public string? ColorbarLabel { get; set; }

    public Func<double, string> ColorbarFormat { get; set; } = v => v.ToString("0.##", CultureInfo.InvariantCulture);

    public double ColorMin => Min ?? Math.Min(0, Finite().DefaultIfEmpty(0).Min());

    public double ColorMax => Max ?? Finite().DefaultIfEmpty(0).Max();

    /// <summary>The fill of a cell, or null when it has no value.</summary>
    public Color? ColorOf(int row, int column)
    {
        var value = Values[row, column];
        if (double.IsNaN(value))
        {
            return null;
        }

        var span = ColorMax - ColorMin;
        return Colormap.At(span > 0 ? (value - ColorMin) / span : 0);
    }

    public override AxisLimits Limits() => new(-0.5, Columns - 0.5, -0.5, Rows - 0.5);

    private IEnumerable<double> Finite()
    {
        foreach (var v in Values)
        {
            if (double.IsFinite(v))
            {
                yield return v;
            }
        }
    }
}
