using System.CommandLine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Evaluation;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak evaluate</c>: would the advice have held? A rolling backtest on the inputs' (or a store's) own LIVEs.</summary>
public static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
        var trainWeeks = new Option<int>("--train-weeks") { Description = "Weeks to fit on before each test", DefaultValueFactory = _ => 6 };
        var testWeeks = new Option<int>("--test-weeks") { Description = "Weeks to score after each fit (folds move on by this much)", DefaultValueFactory = _ => 2 };
        var window = new Option<int>("--window") { Description = "Length of the windows ranked, in whole hours of minutes (60 to 720)", DefaultValueFactory = _ => 120 };
        var json = new Option<bool>("--json") { Description = "Print the backtest as JSON" };

        var command = new Command("evaluate", "Backtest: fit on earlier weeks, score the weeks after; the model against the per-slot mean, the 10-12 / 20-22 rule and the shop's habits");
        inputs.AddTo(command);
        store.AddTo(command);
        foreach (var option in new Option[] { trainWeeks, testWeeks, window, json })
        {
            command.Add(option);
        }

        command.SetAction(result =>
        {
            var options = new BacktestOptions
            {
                TrainWeeks = result.GetValue(trainWeeks),
                TestWeeks = result.GetValue(testWeeks),
                WindowMinutes = result.GetValue(window),
            };
            if (options.TrainWeeks < 1 || options.TestWeeks < 1)
            {
                throw new UserInputException(new LocalText("error.evaluate.weeks"), ExitCodes.BadOption);
            }

            if (options.WindowMinutes % 60 != 0 || options.WindowMinutes is < 60 or > 720)
            {
                throw new UserInputException(new LocalText("error.evaluate.window", ("value", options.WindowMinutes)), ExitCodes.BadOption);
            }

            var asJson = result.GetValue(json);
            using var data = ModelInputs.Read(context, inputs, store, result, asJson);
            if (data.Outcomes.Count == 0)
            {
                throw new UserInputException(new LocalText("error.evaluate.nolives"), ExitCodes.NoData);
            }

            var weeks = BacktestEvaluator.WeeksSpanned(data.Outcomes);
            if (weeks < options.TrainWeeks + options.TestWeeks)
            {
                throw new UserInputException(
                    new LocalText("error.evaluate.span",
                        ("weeks", weeks), ("train", options.TrainWeeks), ("test", options.TestWeeks), ("total", options.TrainWeeks + options.TestWeeks)),
                    ExitCodes.NoData);
            }

            var report = new BacktestEvaluator(options).Evaluate(data.Outcomes);

            if (asJson)
            {
                using var stdout = new MemoryStream();
                BacktestJson.Write(stdout, report);
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return ExitCodes.Ok;
            }

            var console = context.Console;
            var words = context.WordsOf(result);
            SlotsCommand.WriteSource(console, data.Summary, data.Store, words);
            console.Write(BacktestTables.Folds(report, words));
            console.Write(BacktestTables.Methods(report, words));
            if (report.ModelVsSlotMean is { } lift)
            {
                console.MarkupLine(Markup.Escape(words.Format(
                    lift >= 0 ? "cli.evaluate.lift.more" : "cli.evaluate.lift.less", ("percent", RecommendTables.Pct(words, Math.Abs(lift), 1)))));
            }

            if (report.Coverage is { } coverage)
            {
                console.MarkupLine(Markup.Escape(words.Format("cli.evaluate.coverage",
                    ("level", RecommendTables.Pct(words, options.Model.IntervalLevel, 0)), ("percent", RecommendTables.Pct(words, coverage, 1)),
                    ("count", words.Numbers.Integer(report.TestLives)))));
            }

            console.MarkupLine(Markup.Escape(words["cli.evaluate.note"]));
            return ExitCodes.Ok;
        });
        return command;
    }
}
