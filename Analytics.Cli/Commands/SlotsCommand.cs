using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak slots</c>: when orders and revenue come in, by day of week and time of day.</summary>
public static class SlotsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments();
        var store = new StoreArguments();
        var metric = new Option<SlotMetric>("--metric")
        {
            Description = "What to colour and rank slots by: orders, gmv, items, livehours or gmvperlivehour",
            DefaultValueFactory = _ => SlotMetric.Orders,
        };
        var top = new Option<int>("--top") { Description = "How many best slots to list", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the cube as JSON (every slot of the week, Monday first)" };
        var slotMinutes = new Option<int>("--slot-minutes")
        {
            Description = "Slot length in minutes: 15, 30, 60 or 120",
            DefaultValueFactory = _ => 60,
        };
        slotMinutes.AcceptOnlyFromAmong("15", "30", "60", "120");

        var command = new Command("slots", "Orders, items and GMV by day of week x time slot, and the best slots");
        inputs.AddTo(command);
        store.AddTo(command);
        command.Add(metric);
        command.Add(top);
        command.Add(json);
        command.Add(slotMinutes);
        command.SetAction(result =>
        {
            var asJson = result.GetValue(json);
            var topCount = result.GetValue(top);
            if (topCount < 0)
            {
                throw new UserInputException("--top must be 0 or more", ExitCodes.BadOption);
            }

            using var analysis = AnalysisInput.Read(context, result, inputs, store, result.GetValue(slotMinutes), asJson);
            var cube = analysis.Cube;
            if (asJson)
            {
                using var stdout = new MemoryStream();
                SlotsJson.Write(stdout, analysis.Summary, cube);
                context.Output.Write(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                context.Output.WriteLine();
                return analysis.Lines == 0 ? ExitCodes.NoData : ExitCodes.Ok;
            }

            Render(context.Console, analysis, result.GetValue(metric), topCount);
            if (analysis.Lines == 0)
            {
                context.Error.WriteLine(analysis.Store is null
                    ? "livepeak: no order lines were accepted; see the rejects above (or use --rejects FILE)"
                    : "livepeak: the store holds no order lines (for these filters)");
                return ExitCodes.NoData;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The inputs table for files; for a store, which store.</summary>
    internal static void WriteSource(IAnsiConsole console, Analysis analysis)
    {
        if (analysis.Store is { } store)
        {
            console.WriteLine($"Read from {store}.");
        }
        else
        {
            console.Write(ImportSummaryTable.Build(analysis.Summary));
        }
    }

    private static void Render(IAnsiConsole console, Analysis analysis, SlotMetric metric, int top)
    {
        var cube = analysis.Cube;
        var color = console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        WriteSource(console, analysis);
        if (cube.FirstDate is { } first && cube.LastDate is { } last)
        {
            console.MarkupLine($"Orders from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}, times in {Markup.Escape(cube.TimeZoneId)}.");
        }

        console.Write(SlotHeatmapTable.Build(cube, metric, color));
        if (ExposureTable.Build(cube) is { } exposure)
        {
            console.Write(exposure);
        }

        var best = cube.Top(metric, top);
        if (best.Count == 0)
        {
            return;
        }

        var total = cube.AllSlots().Sum(s => s.ValueOf(metric));
        var table = new Table().Border(TableBorder.Simple).Title($"Best {best.Count} slots by {SlotHeatmapTable.Label(metric).ToLowerInvariant()}");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Slot");
        table.AddColumn(new TableColumn("Orders").RightAligned());
        table.AddColumn(new TableColumn("Items").RightAligned());
        table.AddColumn(new TableColumn("GMV").RightAligned());
        table.AddColumn(new TableColumn("Share").RightAligned());
        var rank = 0;
        foreach (var stats in best)
        {
            rank++;
            // A share of a rate means nothing; rates show the LIVE hours behind them instead.
            var share = metric is SlotMetric.GmvPerLiveHour
                ? (stats.LiveMinutes / 60m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " live h"
                : (total == 0 ? 0 : stats.ValueOf(metric) / total).ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
            table.AddRow(
                rank.ToString(System.Globalization.CultureInfo.InvariantCulture), stats.Slot.ToString(),
                NumberFormat.Count(stats.Orders), NumberFormat.Count(stats.Items), NumberFormat.Amount(stats.Gmv), share);
        }

        console.Write(table);
    }
}
