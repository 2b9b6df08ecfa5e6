using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Analytics.Import.Layouts;

/// <summary>
/// Finds columns by header name for any layout. Headers are compared after
/// <see cref="HeaderText.Normalize"/>; an alias ending in <c>*</c> is a prefix.
/// </summary>
public static class HeaderMatching
{
    public static int Find(IReadOnlyList<string> headers, string alias, bool caseSensitive)
    {
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var prefix = alias.EndsWith('*');
        var name = HeaderText.Normalize(prefix ? alias[..^1] : alias);
        for (var i = 0; i < headers.Count; i++)
        {
            if (prefix ? headers[i].StartsWith(name, comparison) : string.Equals(headers[i], name, comparison))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Maps each field to a column: first any alias with its exact letter case, then, for aliases
    /// not marked case-sensitive, ignoring case. Shopee's column 29 and column 46 differ only in
    /// case, which is why the exact pass comes first.
    /// </summary>
    public static Dictionary<TField, int> MapColumns<TField>(
        IReadOnlyDictionary<TField, string[]> aliases, IReadOnlySet<string> caseSensitiveOnly, IReadOnlyList<string> headers)
        where TField : notnull
    {
        var map = new Dictionary<TField, int>();
        foreach (var (field, names) in aliases)
        {
            var column = names.Select(a => Find(headers, a, caseSensitive: true)).FirstOrDefault(c => c >= 0, -1);
            if (column < 0)
            {
                column = names.Where(a => !caseSensitiveOnly.Contains(a))
                    .Select(a => Find(headers, a, caseSensitive: false)).FirstOrDefault(c => c >= 0, -1);
            }

            if (column >= 0)
            {
                map[field] = column;
            }
        }

        return map;
    }

    /// <summary>True when every anchor has at least one alias among the headers.</summary>
    public static bool HasAll(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> anchorAliases) =>
        anchorAliases.All(names => names.Any(a => Find(headers, a, caseSensitive: false) >= 0));
}
