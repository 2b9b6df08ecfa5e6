using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Cli.Commands;

/// <summary>Imports the inputs of a drawing command into hourly evidence, per shop and for all shops.</summary>
public static class EvidenceRunner
{
    public static (ImportSummary Summary, EvidenceBuilder Evidence) Run(CliContext context, ImportArguments inputs, ParseResult result)
    {
        var options = inputs.ToOptions(result);
        var evidence = new EvidenceBuilder(inputs.ToCubeOptions(result, options, SlotLength.Hour.Minutes));
        var summary = ImportRunner.Run(
            context, context.WordsOf(result), result.GetValue(inputs.Inputs)!, options, result.GetValue(inputs.Rejects), quiet: false,
            evidence.AddLine, evidence.AddSession, evidence.AddDetail);
        if (summary.RowsAccepted == 0)
        {
            throw new UserInputException(new LocalText("error.data.norows"), ExitCodes.NoData);
        }

        return (summary, evidence);
    }
}
