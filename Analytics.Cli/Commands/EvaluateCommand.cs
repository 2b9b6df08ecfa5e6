using System.CommandLine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Evaluation;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak evaluate</c>: would the advice have held? A rolling backtest on the inputs' own LIVEs.</summary>
public static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments();
        var trainWeeks = new Option<int>("--train-weeks") { Description = "Weeks to fit on before each test", DefaultValueFactory = _ => 6 };
        var testWeeks = new Option<int>("--test-weeks") { Description = "Weeks to score after each fit (folds move on by this much)", DefaultValueFactory = _ => 2 };
        var window = new Option<int>("--window") { Description = "Length of the windows ranked, in whole hours of minutes (60 to 720)", DefaultValueFactory = _ => 120 };
        var json = new Option<bool>("--json") { Description = "Print the backtest as JSON" };

        var command = new Command("evaluate", "Backtest: fit on earlier weeks, score the weeks after; the model against the per-slot mean, the 10-12 / 20-22 rule and the shop's habits");
        inputs.AddTo(command);
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
                throw new UserInputException("--train-weeks and --test-weeks must be 1 or more", ExitCodes.BadOption);
            }

            if (options.WindowMinutes % 60 != 0 || options.WindowMinutes is < 60 or > 720)
            {
                throw new UserInputException($"--window must be whole hours from 60 to 720 minutes, not {options.WindowMinutes}", ExitCodes.BadOption);
            }

            var asJson = result.GetValue(json);
            var data = ModelInputs.Import(context, inputs, result, asJson);
            if (data.Outcomes.Count == 0)
            {
                throw new UserInputException("no LIVE with a known length and known sales in the inputs; evaluate needs LIVE reports", ExitCodes.NoData);
            }

            var weeks = BacktestEvaluator.WeeksSpanned(data.Outcomes);
            if (weeks < options.TrainWeeks + options.TestWeeks)
            {
                throw new UserInputException(
                    $"the LIVEs span {weeks} week(s); {options.TrainWeeks} train and {options.TestWeeks} test weeks need {options.TrainWeeks + options.TestWeeks} (use fewer --train-weeks or --test-weeks)",
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
            console.Write(ImportSummaryTable.Build(data.Summary, context.WordsOf(result)));
            console.Write(BacktestTables.Folds(report));
            console.Write(BacktestTables.Methods(report));
            if (report.ModelVsSlotMean is { } lift)
            {
                console.MarkupLine(Markup.Escape(
                    $"The model's top windows earned {RecommendTables.Pct(Math.Abs(lift), "0.0")} {(lift >= 0 ? "more" : "less")} per live hour than the per-slot mean's."));
            }

            if (report.Coverage is { } coverage)
            {
                console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                    $"Its {RecommendTables.Pct(options.Model.IntervalLevel, "0")} ranges held {RecommendTables.Pct(coverage, "0.0")} of {report.TestLives} later LIVEs.")));
            }

            console.MarkupLine(Markup.Escape(
                "Each method ranks the windows the shop really went LIVE in during the scored weeks; NDCG and Spearman say how well that order matches what they earned (1 is perfect)."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
