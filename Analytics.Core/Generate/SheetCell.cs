using System.Globalization;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// One cell of a generated table: empty, text, or a number. The same cells are written to CSV
/// (as text) and to XLSX (typed), so a format is described once for both containers.
/// </summary>
public readonly record struct SheetCell
{
    private SheetCell(string? text, decimal? number)
    {
        Text = text;
        Number = number;
    }

    public static SheetCell Empty => default;

    /// <summary>The text of a text cell; null for empty and number cells.</summary>
    public string? Text { get; }

    /// <summary>The value of a number cell; null for empty and text cells.</summary>
    public decimal? Number { get; }

    public bool IsEmpty => Text is null && Number is null;

    public static SheetCell Of(string? text) => text is null or "" ? Empty : new SheetCell(text, null);

    public static SheetCell Of(decimal number) => new(null, number);

    /// <summary>The cell as CSV text: numbers in invariant notation without trailing zeros.</summary>
    public string ToText() =>
        Number is { } n ? FormatNumber(n) : Text ?? string.Empty;

    internal static string FormatNumber(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static implicit operator SheetCell(string? text) => Of(text);

    public static implicit operator SheetCell(decimal number) => Of(number);

    public static implicit operator SheetCell(int number) => Of(number);

    public static implicit operator SheetCell(long number) => Of(number);
}
