using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>Read / accepted / rejected / duplicate per file, with totals that must add up.</summary>
public static class ImportSummaryTable
{
    public static Table Build(ImportSummary summary, Words words)
    {
        var numbers = words.Numbers;
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(words["terminal.inputs.title"]));
        table.AddColumn(Markup.Escape(words["terminal.inputs.file"]));
        table.AddColumn(Markup.Escape(words["terminal.inputs.kind"]));
        foreach (var key in new[] { "read", "accepted", "rejected", "duplicate" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(words["terminal.inputs." + key])).RightAligned());
        }

        foreach (var file in summary.Files)
        {
            table.AddRow(
                Markup.Escape(file.Path), Markup.Escape(file.Kind),
                numbers.Number(file.RowsRead), numbers.Number(file.RowsAccepted),
                numbers.Number(file.RowsRejected), numbers.Number(file.RowsDuplicate));
        }

        if (summary.Files.Count > 1)
        {
            table.AddRow(
                "[bold]" + Markup.Escape(words["terminal.inputs.total"]) + "[/]", string.Empty,
                numbers.Number(summary.RowsRead), numbers.Number(summary.RowsAccepted),
                numbers.Number(summary.RowsRejected), numbers.Number(summary.RowsDuplicate));
        }

        return table;
    }
}
