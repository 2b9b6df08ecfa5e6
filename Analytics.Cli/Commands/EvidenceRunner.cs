using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Cli.Commands;

/// <summary>Imports the inputs of a drawing command into hourly evidence, per shop and for all shops,
/// or has a ClickHouse store compute the same evidence by SQL.</summary>
public static class EvidenceRunner
{
    public static (ImportSummary Summary, EvidenceBuilder Evidence) Run(CliContext context, ImportArguments inputs, ParseResult result, StoreArguments? store = null)
    {
        if (store is not null && store.UsesStore(result))
        {
            using var source = StoreSource.Open(context, result, inputs, store, SlotLength.Hour.Minutes);
            var stored = source.Client.Evidence(source.Options);
            if (stored.All.Lines == 0 && stored.All.Sessions.Count == 0)
            {
                throw new UserInputException(new LocalText("error.data.norows"), ExitCodes.NoData);
            }

            return (new ImportSummary([]), stored);
        }

        var options = inputs.ToOptions(result);
        var evidence = new EvidenceBuilder(inputs.ToCubeOptions(result, options, SlotLength.Hour.Minutes));
        var summary = ImportRunner.Run(
            context, context.WordsOf(result), inputs.RequireInputs(result), options, result.GetValue(inputs.Rejects), quiet: false,
            evidence.AddLine, evidence.AddSession, evidence.AddDetail);
        if (summary.RowsAccepted == 0)
        {
            throw new UserInputException(new LocalText("error.data.norows"), ExitCodes.NoData);
        }

        return (summary, evidence);
    }
}
