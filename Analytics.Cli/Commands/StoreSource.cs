using System.CommandLine;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Scale;

namespace LivePeak.Cli.Commands;

/// <summary>
/// A ClickHouse store opened for an analysing command (<c>--engine clickhouse</c>): the connection,
/// the command's cube options under the store's rules, and the store's name for the output.
/// </summary>
public sealed class StoreSource : IDisposable
{
    private StoreSource(ClickHouseStore client, CubeOptions options, string name)
    {
        Client = client;
        Options = options;
        Name = name;
    }

    public ClickHouseStore Client { get; }

    public CubeOptions Options { get; }

    /// <summary>Which store (server version, server and database), as the commands print it.</summary>
    public string Name { get; }

    /// <summary>
    /// Connects to the store the options name. Input files and the options that only read files are
    /// refused; the store's zone, grace and default shop apply unless the user asks for others, which
    /// the stored attribution cannot honour: that is an error, not a silent change of rules.
    /// </summary>
    public static StoreSource Open(CliContext context, ParseResult result, ImportArguments inputs, StoreArguments store, int slotMinutes)
    {
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

        var cubeOptions = inputs.ToCubeOptions(result, inputs.ToOptions(result), slotMinutes);
        var connection = store.ToOptions(result);
        var client = ClickHouseStore.Connect(connection);
        try
        {
            var settings = client.RequireSettings();
            var wanted = settings with
            {
                TimeZoneId = ImportArguments.IsGiven(result, inputs.TimeZone) ? cubeOptions.TimeZoneId : settings.TimeZoneId,
                Grace = ImportArguments.IsGiven(result, inputs.Grace) ? cubeOptions.Grace : settings.Grace,
                DefaultShop = ImportArguments.IsGiven(result, inputs.ShopName) ? cubeOptions.DefaultShop : settings.DefaultShop,
            };
            settings.Require(wanted, $"the store in database {connection.Database} at {connection.Display}");
            var name = context.WordsOf(result).Format("cli.store.name",
                ("version", client.ServerVersion), ("server", connection.Display), ("database", connection.Database));
            return new StoreSource(client, settings.Apply(cubeOptions), name);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public void Dispose() => Client.Dispose();
}
