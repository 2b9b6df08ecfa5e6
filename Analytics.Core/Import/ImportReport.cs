using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Analytics.Import;

/// <summary>A row that could not be read, with where and why. Holds only non-buyer columns.</summary>
public sealed record RejectedRow(string File, long Line, string? Column, string Reason, IReadOnlyList<KeyValuePair<string, string>> Cells);

/// <summary>What of a rejected row may travel with it.</summary>
public static class RejectedCells
{
    /// <summary>
    /// The row's mapped columns, header by header. Buyer columns are never mapped, so never
    /// copied. A row that was not split cleanly (an unclosed quote swallows the rest of the line,
    /// an unquoted separator shifts values into other columns) may hold buyer values in mapped
    /// columns, so it travels with none.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(IReadOnlyList<string> headers, IEnumerable<int> mappedColumns, Tables.TableRow row)
    {
        if (row.Malformed is not null || row.Cells.Skip(headers.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            return [];
        }

        return mappedColumns.Distinct().Order().Select(c => new KeyValuePair<string, string>(headers[c], row.Cell(c))).ToList();
    }
}

/// <summary>
/// What happened to one file. Every data row read is accounted for exactly once:
/// <c>RowsRead == RowsAccepted + RowsRejected + RowsDuplicate</c>.
/// </summary>
public sealed class FileReport
{
    private readonly Dictionary<string, LocalText> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<(LocalText Category, string? Column), string> _reasons = [];
    public required string Path { get; init; }

    public required string Kind { get; init; }

    public long RowsRead { get; internal set; }

    public long RowsAccepted { get; internal set; }

    public long RowsRejected { get; internal set; }

    public long RowsDuplicate { get; internal set; }

    /// <summary>Rows above the header (titles, preambles) and the description row under it.</summary>
    public int RowsSkippedAboveData { get; internal set; }

    public long BlankRows { get; internal set; }

    /// <summary>
    /// Rows a LIVE report itself marks as no LIVE of their own (Meta's photo and video posts, the
    /// per-day rows of a post whose Lifetime row is used): skipped like blank rows, neither read
    /// nor rejected.
    /// </summary>
    public long RowsSetAside { get; internal set; }

    public LocalDate? FirstDate { get; internal set; }

    public LocalDate? LastDate { get; internal set; }

    public string? TimeFormat { get; internal set; }

    /// <summary>Rejected rows by reason, in English (<c>unreadable time (Created Time)</c>): JSON's keys.</summary>
    public Dictionary<string, long> RejectsByReason { get; } = new(StringComparer.Ordinal);

    /// <summary>Status texts not in the vocabulary, counted as pending.</summary>
    public Dictionary<string, long> UnknownStatuses { get; } = new(StringComparer.Ordinal);

    /// <summary>Warnings, in English as JSON lists them.</summary>
    public List<string> Warnings { get; } = [];

    public bool IsBalanced => RowsRead == RowsAccepted + RowsRejected + RowsDuplicate;

    /// <summary>A reject reason or a warning of this file, in the reader's language; any other text as it is.</summary>
    public string Localize(string text, Language language) => _texts.TryGetValue(text, out var local) ? local.In(language) : text;

    /// <summary>Counts a rejected row under its reason: what went wrong, and in which column.</summary>
    internal void CountReject(LocalText category, string? column)
    {
        RowsRejected++;
        if (!_reasons.TryGetValue((category, column), out var key))
        {
            // Written once per reason and column: a log of a million bad rows has a handful.
            var reason = column is null ? category : new LocalText("reason.column", ("reason", category), ("column", column));
            key = reason.ToString();
            _reasons[(category, column)] = key;
            _texts.TryAdd(key, reason);
        }

        RejectsByReason[key] = RejectsByReason.GetValueOrDefault(key) + 1;
    }

    /// <summary>Says so when the file is not UTF-8 and was read in a Windows code page.</summary>
    internal void NoteEncoding()
    {
        if (Tables.TableSource.IsLegacyEncoded(Path))
        {
            Warn(new LocalText("warning.codepage"));
        }
    }

    internal void Warn(LocalText warning)
    {
        var text = warning.ToString();
        Warnings.Add(text);
        _texts.TryAdd(text, warning);
    }

    internal void SeeDate(LocalDate date)
    {
        if (FirstDate is null || date < FirstDate)
        {
            FirstDate = date;
        }

        if (LastDate is null || date > LastDate)
        {
            LastDate = date;
        }
    }
}
