using System.CommandLine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Scale;

namespace LivePeak.Cli.Commands;

/// <summary>
/// Where a ClickHouse store is and how to log in: <c>--url</c>, <c>--database</c>, <c>--user</c>,
/// <c>--password</c> (or <see cref="ClickHouseOptions.UserVariable"/> and
/// <see cref="ClickHouseOptions.PasswordVariable"/>, which keep the password out of the process
/// list), and on analysing commands <c>--engine embedded|clickhouse</c>. Any analysing command takes
/// a store by adding these with <see cref="AddTo"/> and reading its cube through
/// <see cref="AnalysisInput.Read"/>.
/// </summary>
public sealed class StoreArguments(LanguageOption language)
{
    public const string Embedded = "embedded";
    public const string ClickHouse = "clickhouse";

    public Option<string> Engine { get; } = CreateEngine(language);

    public Option<string?> Url { get; } = new("--url")
    {
        Description = "ClickHouse's HTTP interface, e.g. http://localhost:8123",
    };

    public Option<string> Database { get; } = new("--database")
    {
        Description = "The ClickHouse database of the store",
        DefaultValueFactory = _ => ClickHouseOptions.DefaultDatabase,
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = $"ClickHouse user (default: ${ClickHouseOptions.UserVariable}, else the server's default user)",
    };

    public Option<string?> Password { get; } = new("--password")
    {
        Description = $"ClickHouse password (better: ${ClickHouseOptions.PasswordVariable}, which stays out of the process list)",
    };

    /// <summary>Adds <c>--engine</c> and the connection options, for analysing commands.</summary>
    public void AddTo(Command command)
    {
        command.Add(Engine);
        AddConnectionTo(command);
    }

    /// <summary>Adds the connection options only, for commands that always use the store.</summary>
    public void AddConnectionTo(Command command)
    {
        command.Add(Url);
        command.Add(Database);
        command.Add(User);
        command.Add(Password);
    }

    public bool UsesStore(ParseResult result) => result.GetValue(Engine) == ClickHouse;

    /// <summary>The connection the options describe; credentials from the environment where not given.</summary>
    public ClickHouseOptions ToOptions(ParseResult result)
    {
        var url = result.GetValue(Url)
                  ?? throw new UserInputException(new LocalText("error.store.url.required"), ExitCodes.BadOption);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new UserInputException(new LocalText("error.store.url.bad"), ExitCodes.BadOption);
        }

        return new ClickHouseOptions
        {
            Url = uri,
            Database = result.GetValue(Database)!,
            User = result.GetValue(User),
            Password = result.GetValue(Password),
        }.WithEnvironmentCredentials();
    }

    private static Option<string> CreateEngine(LanguageOption language)
    {
        var engine = new Option<string>("--engine")
        {
            Description = "Where the cube is computed: embedded (from the input files) or clickhouse (by SQL over a store filled with 'livepeak load clickhouse')",
            DefaultValueFactory = _ => Embedded,
        };
        engine.AcceptOnly(language, Embedded, ClickHouse);
        return engine;
    }
}
