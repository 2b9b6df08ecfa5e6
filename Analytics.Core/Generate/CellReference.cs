namespace LivePeak.Analytics.Generate;

/// <summary>A1-style cell references.</summary>
internal static class CellReference
{
    /// <summary>The column letters of a 0-based column index: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Span<char> letters = stackalloc char[4];
        var position = letters.Length;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters[--position] = (char)('A' + (n - 1) % 26);
        }

        return new string(letters[position..]);
    }
}
