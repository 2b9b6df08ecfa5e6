using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Localization;
using NodaTime;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak sessions</c>: every LIVE with what its report says and what the orders say.</summary>
public static class SessionsCommand
{
    private static readonly string[] SortKeys = ["start", "gmv", "gmv-per-hour", "viewers", "orders", "duration"];

    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
        var json = new Option<bool>("--json") { Description = "Print the sessions as JSON" };
        var sort = new Option<string>("--sort")
        {
            Description = "Sort by start, gmv, gmv-per-hour, viewers, orders or duration (largest first, except start)",
            DefaultValueFactory = _ => "start",
        };
        sort.AcceptOnly(context.Language, SortKeys);
        var command = new Command("sessions", "A table of LIVEs: start, duration, platform, GMV (reported and from orders), viewers, GMV per hour");
        inputs.AddTo(command);
        store.AddTo(command);
        command.Add(json);
        command.Add(sort);
        command.SetAction(result =>
        {
            var words = context.WordsOf(result);
            var asJson = result.GetValue(json);
            using var analysis = AnalysisInput.Read(context, result, inputs, store, 60, asJson);
            var sessions = Sort(analysis.Ledger.Results(), result.GetValue(sort)!);
            if (asJson)
            {
                WriteJson(context.Output, analysis.Summary, sessions);
            }
            else
            {
                Render(context.Console, analysis, sessions, words);
            }

            return sessions.Count == 0 ? ExitCodes.NoData : ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<SessionResult> Sort(IReadOnlyList<SessionResult> sessions, string key) => key switch
    {
        "gmv" => sessions.OrderByDescending(s => (s.Session.Metrics.Gmv ?? s.AttributedGmv).TenThousandths).ToList(),
        "gmv-per-hour" => sessions.OrderByDescending(s => s.GmvPerHour ?? -1).ToList(),
        "viewers" => sessions.OrderByDescending(s => s.Session.Metrics.Viewers ?? -1).ToList(),
        "orders" => sessions.OrderByDescending(s => s.Session.Metrics.Orders ?? s.AttributedOrders).ToList(),
        "duration" => sessions.OrderByDescending(s => s.Session.Length).ToList(),
        _ => sessions,
    };

    private static readonly string[] Columns =
        ["start", "length", "platform", "shop", "host", "gmv.report", "gmv.orders", "gap", "orders.report", "orders.log", "viewers", "gmvperhour"];

    private static void Render(IAnsiConsole console, Analysis analysis, IReadOnlyList<SessionResult> sessions, Words words)
    {
        var numbers = words.Numbers;
        SlotsCommand.WriteSource(console, analysis, words);
        if (sessions.Count == 0)
        {
            console.WriteLine(words[analysis.Store is null ? "cli.sessions.none" : "cli.sessions.none.store"]);
            return;
        }

        // The dates once in the title, so each row's start stays short: Sun 28 Jun 10:05.
        var range = numbers.DateRange(sessions.Min(s => s.Session.StartLocal.Date), sessions.Max(s => s.Session.StartLocal.Date));
        var title = words.Format("cli.sessions.title", ("count", numbers.Integer(sessions.Count)), ("range", range));
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        foreach (var key in Columns)
        {
            var column = new TableColumn(Markup.Escape(words["cli.sessions." + key])).NoWrap();
            table.AddColumn(key is "start" or "platform" or "shop" or "host" ? column : column.RightAligned());
        }

        string Maybe(decimal? value) => value is { } v ? numbers.Number(v) : "–";
        foreach (var s in sessions)
        {
            var m = s.Session.Metrics;
            var start = s.Session.StartLocal;
            table.AddRow(
                Markup.Escape(numbers.DayShort(start.DayOfWeek) + " " + numbers.DayMonth(start.Date) + " " + numbers.Time(start.TimeOfDay)),
                s.Session.HasDuration ? Markup.Escape(FormatLength(s.Session.Length, words)) : "?",
                s.Session.Platform.ToSlug(),
                Markup.Escape(Shorten(s.Session.Shop, 18)),
                Markup.Escape(Shorten(s.Session.Host ?? s.Session.Title ?? s.Session.RoomId ?? string.Empty, 24)),
                Maybe(m.Gmv?.ToDecimal()),
                numbers.Number(s.AttributedGmv.ToDecimal()),
                Maybe(s.GmvGap?.ToDecimal()),
                Maybe(m.Orders),
                numbers.Number(s.AttributedOrders),
                Maybe(m.Viewers),
                s.GmvPerHour is { } r ? numbers.Integer(r) : "–");
        }

        console.Write(table);
        console.WriteLine(words.Format("cli.sessions.note.grace", ("minutes", numbers.Integer((decimal)analysis.Options.Grace.TotalMinutes))));
        if (analysis.LiveChannelLinesWithoutLive > 0)
        {
            console.WriteLine(words.Format("cli.sessions.note.orphans", ("count", numbers.Integer(analysis.LiveChannelLinesWithoutLive))));
        }
    }

    /// <summary>1h05m / 1h05.</summary>
    private static string FormatLength(Duration length, Words words) => words.Format("cli.sessions.duration",
        ("hours", ((int)length.TotalHours).ToString(CultureInfo.InvariantCulture)), ("minutes", length.Minutes.ToString("00", CultureInfo.InvariantCulture)));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static void WriteJson(TextWriter output, ImportSummary summary, IReadOnlyList<SessionResult> sessions)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            InputsJson.Write(w, summary);
            w.WriteStartArray("sessions");
            foreach (var s in sessions)
            {
                var m = s.Session.Metrics;
                w.WriteStartObject();
                w.WriteString("platform", s.Session.Platform.ToSlug());
                w.WriteString("shop", s.Session.Shop);
                w.WriteString("host", s.Session.Host);
                w.WriteString("roomId", s.Session.RoomId);
                w.WriteString("title", s.Session.Title);
                w.WriteString("source", s.Session.SourceKind);
                w.WriteString("start", s.Session.StartLocal.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                w.WriteString("end", s.Session.EndLocal.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                w.WriteNumber("minutes", decimal.Round((decimal)s.Session.Length.TotalMinutes, 2));
                w.WriteStartObject("reported");
                WriteMaybe(w, "gmv", m.Gmv?.ToDecimal());
                WriteMaybe(w, "orders", m.Orders);
                WriteMaybe(w, "items", m.Items);
                WriteMaybe(w, "viewers", m.Viewers);
                WriteMaybe(w, "views", m.Views);
                WriteMaybe(w, "peakViewers", m.PeakConcurrentViewers);
                WriteMaybe(w, "averageViewers", m.AverageConcurrentViewers);
                WriteMaybe(w, "averageViewingSeconds", m.AverageViewingDuration is { } d ? (decimal)d.TotalSeconds : null);
                WriteMaybe(w, "productImpressions", m.ProductImpressions);
                WriteMaybe(w, "productClicks", m.ProductClicks);
                WriteMaybe(w, "ctr", m.Ctr);
                WriteMaybe(w, "ctor", m.Ctor);
                WriteMaybe(w, "comments", m.Comments);
                WriteMaybe(w, "likes", m.Likes);
                WriteMaybe(w, "shares", m.Shares);
                WriteMaybe(w, "newFollowers", m.NewFollowers);
                w.WriteEndObject();
                w.WriteStartObject("attributed");
                w.WriteNumber("orders", s.AttributedOrders);
                w.WriteNumber("gmv", s.AttributedGmv.ToDecimal());
                w.WriteNumber("lines", s.AttributedLines);
                w.WriteEndObject();
                WriteMaybe(w, "gmvGap", s.GmvGap?.ToDecimal());
                WriteMaybe(w, "gmvPerHour", s.GmvPerHour is { } r ? decimal.Round(r, 2) : null);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteMaybe(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteMaybe(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
