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
                if (HeaderMatching.HasAll(headers, layout.Anchors.Select(a => new[] { a })))
                {
                    return new HeaderMatch(layout, r, headers, MapColumns(layout, headers));
                }
            }
        }

        return null;
    }

    /// <summary>Maps each field of an order layout to its column (see <see cref="HeaderMatching.MapColumns{TField}"/>).</summary>
    public static IReadOnlyDictionary<OrderField, int> MapColumns(OrderLayout layout, IReadOnlyList<string> headers) =>
        HeaderMatching.MapColumns(layout.Aliases, layout.CaseSensitiveAliases, headers);
}
