using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Report;
using LivePeak.Analytics.Scale;

namespace LivePeak.Cli.Commands;

/// <summary>Imports the inputs of a drawing command into hourly evidence, per shop and for all shops,
/// or has a ClickHouse store compute the same evidence by SQL (and says which store, for the report).</summary>
public static class EvidenceRunner
{
    public static (ImportSummary Summary, EvidenceBuilder Evidence, ReportStore? Store) Run(CliContext context, ImportArguments inputs, ParseResult result, StoreArguments? store = null)
    {
        if (store is not null && store.UsesStore(result))
        {
            using var source = StoreSource.Open(context, result, inputs, store, SlotLength.Hour.Minutes);
            var stored = source.Client.Evidence(source.Options);
            if (stored.All.Lines == 0 && stored.All.Sessions.Count == 0)
            {
                throw new UserInputException(new LocalText("error.data.norows"), ExitCodes.NoData);
            }

            var (lines, sessions) = source.Client.Counts();
            var connection = source.Client.Options;
            var described = new ReportStore(
                $"ClickHouse {source.Client.ServerVersion}", connection.Display, connection.Database,
                [new ReportStoreTable(StoreSchema.Lines, lines), new ReportStoreTable(StoreSchema.Sessions, sessions)]);
            return (new ImportSummary([]), stored, described);
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

        return (summary, evidence, null);
    }
}
