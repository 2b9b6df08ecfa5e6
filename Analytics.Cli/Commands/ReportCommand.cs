using LivePeak.Analytics.Models.Windows;
using System.CommandLine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Report;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak report</c>: the evidence report, one self-contained HTML file to show a class or print.</summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
        var presentation = new PresentationArguments(context);
        var output = new Option<string>("--out") { Description = "The HTML file to write", Required = true };
        var title = new Option<string?>("--title") { Description = "Title of the report (default: \"When to go LIVE, and what to sell\" with the shop's name)" };
        var anonymize = new Option<bool>("--anonymize") { Description = "Replace shop names by Shop A, Shop B… (largest first) and file names by numbers; leave out hosts" };
        var command = new Command("report", "Write the evidence report: one HTML file with the answer first, the charts, the evidence, the data and the method");
        inputs.AddTo(command);
        store.AddTo(command);
        presentation.AddTo(command);
        command.Add(output);
        command.Add(title);
        command.Add(anonymize);
        command.SetAction(result =>
        {
            var words = presentation.WordsOf(result);
            var ranking = presentation.RankingOf(result);
            var (summary, evidence, source) = EvidenceRunner.Run(context, inputs, result, store);
            var html = HtmlReport.Write(summary, evidence, words, new ReportOptions
            {
                Title = result.GetValue(title),
                Anonymize = result.GetValue(anonymize),
                Ranking = ranking,
                Store = source,
            }, new SlotModelWindowRanker());
            var path = result.GetValue(output)!;
            try
            {
                File.WriteAllText(path, html, new System.Text.UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException(new LocalText("error.input.write", ("path", path), ("reason", e.Message)), ExitCodes.InputNotFound);
            }

            context.Output.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }
}
