using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak inspect</c>: what each file was read as, and what was kept or rejected.</summary>
public static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments();
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("inspect", "Show what each file was read as: kind, rows, date range, rejects by reason");
        inputs.AddTo(command);
        command.Add(json);
        command.SetAction(result =>
        {
            var options = inputs.ToOptions(result);
            var asJson = result.GetValue(json);
            var summary = ImportRunner.Run(context, result.GetValue(inputs.Inputs)!, options, result.GetValue(inputs.Rejects), asJson, _ => { });
            if (asJson)
            {
                WriteJson(context.Output, summary);
            }
            else
            {
                Render(context.Console, summary);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ImportSummary summary)
    {
        foreach (var file in summary.Files)
        {
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("Kind", Markup.Escape(file.Kind));
            grid.AddRow("Time format", Markup.Escape(file.TimeFormat ?? "(spreadsheet dates)"));
            grid.AddRow("Rows read", NumberFormat.Count(file.RowsRead));
            grid.AddRow("  accepted", NumberFormat.Count(file.RowsAccepted));
            grid.AddRow("  rejected", NumberFormat.Count(file.RowsRejected));
            grid.AddRow("  duplicate", NumberFormat.Count(file.RowsDuplicate));
            grid.AddRow("Skipped", NumberFormat.Count(file.RowsSkippedAboveData) + " (title rows above the header, description row under it)");
            grid.AddRow("Blank rows", NumberFormat.Count(file.BlankRows));
            if (file.RowsSetAside > 0)
            {
                grid.AddRow("Set aside", NumberFormat.Count(file.RowsSetAside) + " (rows that are not LIVEs, e.g. photo posts)");
            }

            grid.AddRow("Dates", file.FirstDate is { } first ? $"{first:yyyy-MM-dd} to {file.LastDate:yyyy-MM-dd}" : "none");
            foreach (var (reason, count) in file.RejectsByReason.OrderByDescending(kv => kv.Value))
            {
                grid.AddRow("Rejected: " + Markup.Escape(reason), NumberFormat.Count(count));
            }

            foreach (var (status, count) in file.UnknownStatuses.OrderByDescending(kv => kv.Value))
            {
                grid.AddRow("Unknown status (as pending)", $"{Markup.Escape(status)}: {NumberFormat.Count(count)}");
            }

            foreach (var warning in file.Warnings)
            {
                grid.AddRow("[yellow]Warning[/]", Markup.Escape(warning));
            }

            console.Write(new Panel(grid).Header(Markup.Escape(file.Path)).Border(BoxBorder.Rounded));
        }

        console.Write(ImportSummaryTable.Build(summary));
    }

    private static void WriteJson(TextWriter output, ImportSummary summary)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("inputs");
            foreach (var file in summary.Files)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteString("kind", file.Kind);
                writer.WriteString("timeFormat", file.TimeFormat);
                writer.WriteNumber("rowsRead", file.RowsRead);
                writer.WriteNumber("rowsAccepted", file.RowsAccepted);
                writer.WriteNumber("rowsRejected", file.RowsRejected);
                writer.WriteNumber("rowsDuplicate", file.RowsDuplicate);
                writer.WriteNumber("rowsSetAside", file.RowsSetAside);
                writer.WriteString("firstDate", file.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("lastDate", file.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteStartObject("rejectsByReason");
                foreach (var (reason, count) in file.RejectsByReason)
                {
                    writer.WriteNumber(reason, count);
                }

                writer.WriteEndObject();
                writer.WriteStartArray("warnings");
                foreach (var warning in file.Warnings)
                {
                    writer.WriteStringValue(warning);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
