namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// The design matrix, stored by row (to compute a LIVE's fitted value) and by column (to update
/// one effect from the LIVEs it touches). Each LIVE touches some twenty effects of thousands.
/// </summary>
internal sealed class SparseRows
{
    public SparseRows(int columns, IReadOnlyList<int> rowStarts, IReadOnlyList<int> indices, IReadOnlyList<double> weights)
    {
        Columns = columns;
        Rows = rowStarts.Count - 1;
        RowStart = rowStarts.ToArray();
        RowIndex = indices.ToArray();
        RowWeight = weights.ToArray();

        ColumnStart = new int[columns + 1];
        foreach (var index in RowIndex)
        {
            ColumnStart[index + 1]++;
        }

        for (var c = 0; c < columns; c++)
        {
            ColumnStart[c + 1] += ColumnStart[c];
        }

        ColumnRow = new int[RowIndex.Length];
        ColumnWeight = new double[RowIndex.Length];
        var next = (int[])ColumnStart.Clone();
        for (var row = 0; row < Rows; row++)
        {
            for (var k = RowStart[row]; k < RowStart[row + 1]; k++)
            {
                var at = next[RowIndex[k]]++;
                ColumnRow[at] = row;
                ColumnWeight[at] = RowWeight[k];
            }
        }
    }

    public int Rows { get; }

    public int Columns { get; }

    public int[] RowStart { get; }

    public int[] RowIndex { get; }

    public double[] RowWeight { get; }

    public int[] ColumnStart { get; }

    public int[] ColumnRow { get; }

    public double[] ColumnWeight { get; }

    /// <summary>Sum of squared weights of each column: how much data stands behind each effect.</summary>
    public double[] ColumnSquares()
    {
        var squares = new double[Columns];
        for (var c = 0; c < Columns; c++)
        {
            var sum = 0.0;
            for (var k = ColumnStart[c]; k < ColumnStart[c + 1]; k++)
            {
                sum += ColumnWeight[k] * ColumnWeight[k];
            }

            squares[c] = sum;
        }

        return squares;
    }
}
