using System.CommandLine;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;

namespace LivePeak.Cli.Commands;

/// <summary>
/// What an analysing command works on, wherever it was computed: the slot cube, the per-LIVE
/// ledger and the options they were made with. From input files the embedded engine makes both in
/// one pass; from a ClickHouse store each is one set of SQL queries, run when first asked for.
/// </summary>
public sealed class Analysis : IDisposable
{
    private readonly Lazy<SlotCube> _cube;
    private readonly Lazy<(SessionLedger Ledger, long Orphans)> _sessions;
    private readonly IDisposable? _connection;

    internal Analysis(ImportSummary summary, CubeOptions options, string? store, Func<SlotCube> cube, Func<(SessionLedger, long)> sessions, IDisposable? connection = null)
    {
        _connection = connection;
        Summary = summary;
        Options = options;
        Store = store;
        _cube = new Lazy<SlotCube>(cube);
        _sessions = new Lazy<(SessionLedger, long)>(sessions);
    }

    /// <summary>The files read; none when the data came from a store.</summary>
    public ImportSummary Summary { get; }

    public CubeOptions Options { get; }

    /// <summary>Which store the data came from (server and database), or null for input files.</summary>
    public string? Store { get; }

    public SlotCube Cube => _cube.Value;

    public SessionLedger Ledger => _sessions.Value.Ledger;

    /// <summary>Lines whose channel says LIVE but that fall in no known LIVE.</summary>
    public long LiveChannelLinesWithoutLive => _sessions.Value.Orphans;

    /// <summary>Order lines the cube holds: accepted rows for files, stored lines for a store.</summary>
    public long Lines => Store is null ? Summary.RowsAccepted : Cube.Lines;

    public void Dispose() => _connection?.Dispose();
}

/// <summary>Reads an <see cref="Analysis"/> from input files (embedded engine) or a ClickHouse store (<see cref="StoreSource"/>).</summary>
public static class AnalysisInput
{
    public static Analysis Read(CliContext context, ParseResult result, ImportArguments inputs, StoreArguments store, int slotMinutes, bool quiet)
    {
        var words = context.WordsOf(result);
        var options = inputs.ToOptions(result);
        var cubeOptions = inputs.ToCubeOptions(result, options, slotMinutes);
        if (!store.UsesStore(result))
        {
            var run = ImportRunner.RunCube(context, words, inputs.RequireInputs(result), options, cubeOptions, inputs.ToRunOptions(result), result.GetValue(inputs.Rejects), quiet);
            var builder = run.Builder;
            return new Analysis(run.Summary, cubeOptions, null, () => builder.Cube, () => (builder.Ledger, builder.LiveChannelLinesWithoutLive));
        }

        var source = StoreSource.Open(context, result, inputs, store, slotMinutes);
        return new Analysis(new ImportSummary([]), source.Options, source.Name,
            () => source.Client.Cube(source.Options),
            () =>
            {
                var sessions = source.Client.Sessions(source.Options);
                return (sessions.Ledger, sessions.LiveChannelLinesWithoutLive);
            },
            source);
    }
}
