using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.ShopCharts;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak slots</c>: when orders and revenue come in, by day of week and time of day.</summary>
public static class SlotsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
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
        slotMinutes.AcceptOnly(context.Language, "15", "30", "60", "120");

        var command = new Command("slots", "Orders, items and GMV by day of week x time slot, and the best slots");
        inputs.AddTo(command);
        store.AddTo(command);
        command.Add(metric);
        command.Add(top);
        command.Add(json);
        command.Add(slotMinutes);
        command.SetAction(result =>
        {
            var words = context.WordsOf(result);
            var asJson = result.GetValue(json);
            var topCount = result.GetValue(top);
            if (topCount < 0)
            {
                throw new UserInputException(new LocalText("error.option.top"), ExitCodes.BadOption);
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

            Render(context.Console, analysis, result.GetValue(metric), topCount, words);
            if (analysis.Lines == 0)
            {
                context.Note(words, analysis.Store is null ? "error.data.nolines" : "error.data.nolines.store");
                return ExitCodes.NoData;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The inputs table for files; for a store, which store.</summary>
    internal static void WriteSource(IAnsiConsole console, Analysis analysis, Words words) =>
        WriteSource(console, analysis.Summary, analysis.Store, words);

    internal static void WriteSource(IAnsiConsole console, ImportSummary summary, string? store, Words words)
    {
        if (store is not null)
        {
            console.WriteLine(words.Format("cli.slots.store", ("store", store)));
        }
        else
        {
            console.Write(ImportSummaryTable.Build(summary, words));
        }
    }

    private static void Render(IAnsiConsole console, Analysis analysis, SlotMetric metric, int top, Words words)
    {
        var cube = analysis.Cube;
        var numbers = words.Numbers;
        var color = console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        WriteSource(console, analysis, words);
        if (cube.FirstDate is { } first && cube.LastDate is { } last)
        {
            console.WriteLine(words.Format("cli.slots.dates", ("first", numbers.Date(first)), ("last", numbers.Date(last)), ("zone", cube.TimeZoneId)));
        }

        console.Write(SlotHeatmapTable.Build(cube, metric, color, words));
        if (ExposureTable.Build(cube, words) is { } exposure)
        {
            console.Write(exposure);
        }

        var best = cube.Top(metric, top);
        if (best.Count == 0)
        {
            return;
        }

        var total = cube.AllSlots().Sum(s => s.ValueOf(metric));
        var title = words.Format("cli.slots.best.title", ("count", numbers.Integer(best.Count)), ("metric", words.MetricName(metric)));
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(Markup.Escape(words["cli.slots.best.slot"]));
        foreach (var key in new[] { "orders", "items", "gmv", "share" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(words["cli.slots.best." + key])).RightAligned());
        }

        var rank = 0;
        foreach (var stats in best)
        {
            rank++;
            // A share of a rate means nothing; rates show the LIVE hours behind them instead.
            var share = metric is SlotMetric.GmvPerLiveHour
                ? words.Format("cli.slots.best.livehours", ("hours", numbers.Decimal(stats.LiveMinutes / 60m, 1)))
                : numbers.Percent(total == 0 ? 0 : stats.ValueOf(metric) / total, 1);
            table.AddRow(
                numbers.Integer(rank), numbers.Slot(stats.Slot),
                numbers.Number(stats.Orders), numbers.Number(stats.Items), numbers.Number(stats.Gmv.ToDecimal()), Markup.Escape(share));
        }

        console.Write(table);
    }
}
