using System.CommandLine;
using System.Text.Json;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Terminal;
using LivePeak.Analytics.Scale;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary>
/// <c>livepeak load clickhouse</c>: reads exports like every command and streams the order lines and
/// LIVE sessions into a ClickHouse store, where <c>--engine clickhouse</c> aggregates them by SQL.
/// </summary>
public static class LoadCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("load", "Load exports into a database that computes the cube at scale");
        command.Add(CreateClickHouse(context));
        return command;
    }

    private static Command CreateClickHouse(CliContext context)
    {
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
        var cluster = new Option<string?>("--cluster")
        {
            Description = "A cluster of the server's remote_servers: local and Distributed tables on every server of it, so any of them answers queries",
        };
        var shardUrls = new Option<string[]>("--shard-url")
        {
            Description = "HTTP address of each server of --cluster, when they do not all listen on --url's port at the hosts the cluster names (repeatable)",
            AllowMultipleArgumentsPerToken = true,
        };
        var batchRows = new Option<int>("--batch-rows")
        {
            Description = "Order lines per INSERT request",
            DefaultValueFactory = _ => 50_000,
        };
        var json = new Option<bool>("--json") { Description = "Print what was read, sent and stored as JSON" };
        var command = new Command(
            "clickhouse",
            "Load order lines and LIVE sessions into ClickHouse over HTTP; tables are created if missing, and loading the same export again adds nothing");
        inputs.AddReadingTo(command);
        store.AddConnectionTo(command);
        command.Add(cluster);
        command.Add(shardUrls);
        command.Add(batchRows);
        command.Add(json);
        command.SetAction(result =>
        {
            var words = context.WordsOf(result);
            var options = inputs.ToOptions(result);
            var files = inputs.RequireInputs(result);
            var settings = new StoreSettings(options.Zone.Id, inputs.GraceOf(result), options.DefaultShop);
            var shards = new List<Uri>();
            foreach (var text in result.GetValue(shardUrls) ?? [])
            {
                shards.Add(Uri.TryCreate(text, UriKind.Absolute, out var uri)
                    ? uri
                    : throw new UserInputException(new LocalText("error.store.shardurl.bad", ("url", text)), ExitCodes.BadOption));
            }

            if (shards.Count > 0 && result.GetValue(cluster) is null)
            {
                throw new UserInputException(new LocalText("error.store.shardurl.cluster"), ExitCodes.BadOption);
            }

            var connection = store.ToOptions(result) with
            {
                Cluster = result.GetValue(cluster),
                ShardUrls = shards,
                BatchRows = result.GetValue(batchRows),
            };
            var asJson = result.GetValue(json);
            using var clickHouse = ClickHouseStore.Connect(connection);
            var load = clickHouse.BeginLoad(settings);
            var summary = ImportRunner.Run(context, words, files, options, result.GetValue(inputs.Rejects), asJson, load.AddLine, load.AddSession);
            var report = load.Complete();
            if (asJson)
            {
                WriteJson(context.Output, summary, report, clickHouse);
            }
            else
            {
                context.Console.Write(ImportSummaryTable.Build(summary, words));
                WriteLoaded(context.Console, words, connection, clickHouse, report);
            }

            return summary.RowsAccepted == 0 && report.SessionsSent == 0 ? ExitCodes.NoData : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteLoaded(IAnsiConsole console, Words words, ClickHouseOptions connection, ClickHouseStore clickHouse, LoadReport report)
    {
        string Count(long value) => words.Numbers.Integer(value);
        console.WriteLine(words.Format("cli.load.sent",
            ("version", clickHouse.ServerVersion.ToString()), ("server", connection.Display), ("database", connection.Database),
            ("cluster", connection.Cluster is null ? string.Empty : words.Format("cli.load.cluster", ("cluster", connection.Cluster))),
            ("lines", Count(report.LinesSent)), ("lives", Count(report.SessionsSent)),
            ("moved", report.LinesReattributed > 0 ? words.Format("cli.load.moved", ("count", Count(report.LinesReattributed))) : string.Empty)));
        console.WriteLine(words.Format("cli.load.stored", ("lines", Count(report.LinesStored)), ("lives", Count(report.SessionsStored))));
    }

    private static void WriteJson(TextWriter output, ImportSummary summary, LoadReport report, ClickHouseStore store)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            InputsJson.Write(w, summary);
            w.WriteStartObject("store");
            w.WriteString("server", store.Options.Display);
            w.WriteString("version", store.ServerVersion.ToString());
            w.WriteString("database", store.Options.Database);
            w.WriteString("cluster", store.Options.Cluster);
            w.WriteEndObject();
            w.WriteStartObject("sent");
            w.WriteNumber("lines", report.LinesSent);
            w.WriteNumber("sessions", report.SessionsSent);
            w.WriteNumber("linesReattributed", report.LinesReattributed);
            w.WriteEndObject();
            w.WriteStartObject("stored");
            w.WriteNumber("lines", report.LinesStored);
            w.WriteNumber("sessions", report.SessionsStored);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
