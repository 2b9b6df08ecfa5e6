using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;

namespace LivePeak.Analytics.Import;

/// <summary>The header row found in a file and the columns each field maps to.</summary>
public sealed record HeaderMatch(OrderLayout Layout, int HeaderRowIndex, IReadOnlyList<string> Headers, IReadOnlyDictionary<OrderField, int> Columns);

/// <summary>
/// Finds a file's header row by scanning its first rows for a layout's anchor headers, so that
/// preamble rows, title rows and column order never matter.
/// </summary>
public static class FileKindDetector
{
    public const int HeaderScanRows = 20;

    /// <summary>Tries the layouts in order on each of the first rows; the first full match wins.</summary>
    public static HeaderMatch? Detect(IReadOnlyList<TableRow> firstRows, IEnumerable<OrderLayout> layouts)
    {
        var candidates = layouts.ToList();
        for (var r = 0; r < Math.Min(firstRows.Count, HeaderScanRows); r++)
        {
            var headers = firstRows[r].Cells.Select(HeaderText.Normalize).ToList();
            foreach (var layout in candidates)
            {
                if (layout.Anchors.All(anchor => FindColumn(headers, HeaderText.Normalize(anchor), caseSensitive: false) >= 0))
                {
                    return new HeaderMatch(layout, r, headers, MapColumns(layout, headers));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Maps each field to a column: first any alias with its exact letter case, then, for aliases
    /// not marked case-sensitive, ignoring case. Shopee's column 29 and column 46 differ only in
    /// case, which is why the exact pass comes first.
    /// </summary>
    public static IReadOnlyDictionary<OrderField, int> MapColumns(OrderLayout layout, IReadOnlyList<string> headers)
    {
        var map = new Dictionary<OrderField, int>();
        foreach (var (field, aliases) in layout.Aliases)
        {
            var column = aliases.Select(a => FindColumn(headers, HeaderText.Normalize(a), caseSensitive: true)).FirstOrDefault(c => c >= 0, -1);
            if (column < 0)
            {
                column = aliases.Where(a => !layout.CaseSensitiveAliases.Contains(a))
                    .Select(a => FindColumn(headers, HeaderText.Normalize(a), caseSensitive: false)).FirstOrDefault(c => c >= 0, -1);
            }

            if (column >= 0)
            {
                map[field] = column;
            }
        }

        return map;
    }

    private static int FindColumn(IReadOnlyList<string> headers, string name, bool caseSensitive)
    {
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], name, comparison))
            {
                return i;
            }
        }

        return -1;
    }
}
