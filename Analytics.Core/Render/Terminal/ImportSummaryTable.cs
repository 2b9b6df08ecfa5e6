using LivePeak.Analytics.Import;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>Read / accepted / rejected / duplicate per file, with totals that must add up.</summary>
public static class ImportSummaryTable
{
    public static Table Build(ImportSummary summary)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Inputs");
        table.AddColumn("File");
        table.AddColumn("Kind");
        table.AddColumn(new TableColumn("Read").RightAligned());
        table.AddColumn(new TableColumn("Accepted").RightAligned());
        table.AddColumn(new TableColumn("Rejected").RightAligned());
        table.AddColumn(new TableColumn("Duplicate").RightAligned());
        foreach (var file in summary.Files)
        {
            table.AddRow(
                Markup.Escape(file.Path), Markup.Escape(file.Kind),
                NumberFormat.Count(file.RowsRead), NumberFormat.Count(file.RowsAccepted),
                NumberFormat.Count(file.RowsRejected), NumberFormat.Count(file.RowsDuplicate));
        }

        if (summary.Files.Count > 1)
        {
            table.AddRow(
                "[bold]Total[/]", string.Empty,
                NumberFormat.Count(summary.RowsRead), NumberFormat.Count(summary.RowsAccepted),
                NumberFormat.Count(summary.RowsRejected), NumberFormat.Count(summary.RowsDuplicate));
        }

        return table;
    }
}
