using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak inspect</c>: what each file was read as, and what was kept or rejected.</summary>
public static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments(context.Language);
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("inspect", "Show what each file was read as: kind, rows, date range, rejects by reason");
        inputs.AddTo(command);
        command.Add(json);
        command.SetAction(result =>
        {
            var words = context.WordsOf(result);
            var options = inputs.ToOptions(result);
            var asJson = result.GetValue(json);
            var summary = ImportRunner.Run(context, words, result.GetValue(inputs.Inputs)!, options, result.GetValue(inputs.Rejects), asJson, _ => { });
            if (asJson)
            {
                WriteJson(context.Output, summary);
            }
            else
            {
                Render(context.Console, summary, words);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ImportSummary summary, Words words)
    {
        var numbers = words.Numbers;
        string Label(string key) => Markup.Escape(words["cli.inspect." + key]);
        string Counted(string key, long count) => Markup.Escape(words.Format("cli.inspect." + key, ("count", numbers.Integer(count))));
        foreach (var file in summary.Files)
        {
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(Label("kind"), Markup.Escape(file.Kind));
            grid.AddRow(Label("timeformat"), Markup.Escape(file.TimeFormat ?? words["cli.inspect.timeformat.spreadsheet"]));
            grid.AddRow(Label("read"), numbers.Integer(file.RowsRead));
            grid.AddRow("  " + Label("accepted"), numbers.Integer(file.RowsAccepted));
            grid.AddRow("  " + Label("rejected"), numbers.Integer(file.RowsRejected));
            grid.AddRow("  " + Label("duplicate"), numbers.Integer(file.RowsDuplicate));
            grid.AddRow(Label("skipped"), Counted("skipped.why", file.RowsSkippedAboveData));
            grid.AddRow(Label("blank"), numbers.Integer(file.BlankRows));
            if (file.RowsSetAside > 0)
            {
                grid.AddRow(Label("setaside"), Counted("setaside.why", file.RowsSetAside));
            }

            grid.AddRow(Label("dates"), file.FirstDate is { } first && file.LastDate is { } last
                ? Markup.Escape(words.Format("cli.inspect.dates.range", ("first", numbers.Date(first)), ("last", numbers.Date(last))))
                : Label("dates.none"));
            foreach (var (reason, count) in file.RejectsByReason.OrderByDescending(kv => kv.Value))
            {
                grid.AddRow(Markup.Escape(words.Format("cli.inspect.rejectedfor", ("reason", file.Localize(reason, words.Language)))), numbers.Integer(count));
            }

            foreach (var (status, count) in file.UnknownStatuses.OrderByDescending(kv => kv.Value))
            {
                grid.AddRow(Label("unknownstatus"), $"{Markup.Escape(status)}: {numbers.Integer(count)}");
            }

            foreach (var warning in file.Warnings)
            {
                grid.AddRow("[yellow]" + Label("warning") + "[/]", Markup.Escape(file.Localize(warning, words.Language)));
            }

            console.Write(new Panel(grid).Header(Markup.Escape(file.Path)).Border(BoxBorder.Rounded));
        }

        console.Write(ImportSummaryTable.Build(summary, words));
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
