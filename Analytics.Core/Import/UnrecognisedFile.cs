using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import;

/// <summary>
/// The message for a file of no known kind: the headers it has and the kinds LivePeak knows.
/// Only a row that looks like a header is quoted, so buyer data in a header-less file is never
/// echoed to the screen.
/// </summary>
internal static class UnrecognisedFile
{
    public static UnrecognisedFileException Create(string path, IReadOnlyList<TableRow> head, IEnumerable<OrderLayout> orderLayouts, bool hasMap)
    {
        var header = head.Where(LooksLikeHeader).OrderByDescending(r => r.Cells.Count(c => c.Length > 0)).FirstOrDefault();
        var found = header is not null
            ? new LocalText("error.kind.headers", ("headers", string.Join(", ", header.Cells.Where(c => c.Length > 0).Take(30).Select(c => $"'{HeaderText.Normalize(c)}'"))))
            : new LocalText(head.Any(r => !r.IsBlank) ? "error.kind.noheader" : "error.kind.empty");
        var kinds = orderLayouts.Select(l => Describe(l.Kind, l.Anchors))
            .Concat(KnownSessionLayouts.All.Select(l => Describe(l.Kind, l.Anchors.Select(a => l.Aliases[a][0]))))
            .Concat(KnownDetailLayouts.All.Select(l => Describe(l.Kind, l.Anchors.Select(a => l.Aliases[a][0]))));
        object hint = hasMap ? string.Empty : new LocalText("error.kind.hint");
        return new UnrecognisedFileException(new LocalText("error.kind.unknown",
            ("path", path), ("found", found), ("kinds", new TextList("; ", [.. kinds])), ("hint", hint)));
    }

    private static LocalText Describe(string kind, IEnumerable<string> anchors) =>
        new("error.kind.needs", ("kind", kind), ("anchors", string.Join(" + ", anchors.Select(a => $"'{a}'"))));

    /// <summary>Headers are words; data rows carry ids, dates, amounts and phone numbers.</summary>
    private static bool LooksLikeHeader(TableRow row)
    {
        var cells = row.Cells.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        return cells.Count > 0 && cells.Count(c => !c.Any(char.IsAsciiDigit)) >= 0.75 * cells.Count;
    }
}
