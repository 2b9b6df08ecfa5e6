using System.CommandLine;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Scale;

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

/// <summary>Reads an <see cref="Analysis"/> from input files (embedded engine) or a ClickHouse store.</summary>
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

        if (result.GetValue(inputs.Inputs) is { Length: > 0 })
        {
            throw new UserInputException(new LocalText("error.store.engine.files"), ExitCodes.BadOption);
        }

        foreach (var option in new Option[] { inputs.Map, inputs.TimeFormat, inputs.Culture, inputs.Rejects })
        {
            if (ImportArguments.IsGiven(result, option))
            {
                throw new UserInputException(new LocalText("error.store.engine.option", ("option", option.Name)), ExitCodes.BadOption);
            }
        }

        var connection = store.ToOptions(result);
        var client = ClickHouseStore.Connect(connection);
        try
        {
            return FromStore(result, inputs, connection, client, cubeOptions, words);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static Analysis FromStore(ParseResult result, ImportArguments inputs, ClickHouseOptions connection, ClickHouseStore client, CubeOptions cubeOptions, Words words)
    {
        var settings = client.RequireSettings();

        // The store's zone, grace and default shop apply unless the user asks for others, which
        // the stored attribution cannot honour: that is an error, not a silent change of rules.
        var wanted = settings with
        {
            TimeZoneId = ImportArguments.IsGiven(result, inputs.TimeZone) ? cubeOptions.TimeZoneId : settings.TimeZoneId,
            Grace = ImportArguments.IsGiven(result, inputs.Grace) ? cubeOptions.Grace : settings.Grace,
            DefaultShop = ImportArguments.IsGiven(result, inputs.ShopName) ? cubeOptions.DefaultShop : settings.DefaultShop,
        };
        var where = $"the store in database {connection.Database} at {connection.Display}";
        settings.Require(wanted, where);
        var storeOptions = settings.Apply(cubeOptions);
        var name = words.Format("cli.store.name", ("version", client.ServerVersion.ToString()), ("server", connection.Display), ("database", connection.Database));
        return new Analysis(new ImportSummary([]), storeOptions, name,
            () => client.Cube(storeOptions),
            () =>
            {
                var sessions = client.Sessions(storeOptions);
                return (sessions.Ledger, sessions.LiveChannelLinesWithoutLive);
            },
            client);
    }
}
