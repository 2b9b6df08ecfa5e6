using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Terminal;
using NodaTime;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak sessions</c>: every LIVE with what its report says and what the orders say.</summary>
public static class SessionsCommand
{
    private static readonly string[] SortKeys = ["start", "gmv", "gmv-per-hour", "viewers", "orders", "duration"];

    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments();
        var store = new StoreArguments();
        var json = new Option<bool>("--json") { Description = "Print the sessions as JSON" };
        var sort = new Option<string>("--sort")
        {
            Description = "Sort by start, gmv, gmv-per-hour, viewers, orders or duration (largest first, except start)",
            DefaultValueFactory = _ => "start",
        };
        sort.AcceptOnlyFromAmong(SortKeys);
        var command = new Command("sessions", "A table of LIVEs: start, duration, platform, GMV (reported and from orders), viewers, GMV per hour");
        inputs.AddTo(command);
        store.AddTo(command);
        command.Add(json);
        command.Add(sort);
        command.SetAction(result =>
        {
            var asJson = result.GetValue(json);
            using var analysis = AnalysisInput.Read(context, result, inputs, store, 60, asJson);
            var sessions = Sort(analysis.Ledger.Results(), result.GetValue(sort)!);
            if (asJson)
            {
                WriteJson(context.Output, analysis.Summary, sessions);
            }
            else
            {
                Render(context.Console, analysis, sessions);
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

    private static void Render(IAnsiConsole console, Analysis analysis, IReadOnlyList<SessionResult> sessions)
    {
        SlotsCommand.WriteSource(console, analysis);
        if (sessions.Count == 0)
        {
            console.MarkupLine(analysis.Store is null
                ? "No LIVE sessions in the inputs. Add a LIVE export (TikTok LIVE list, Shopee Live, Meta content export)."
                : "No LIVE sessions in the store. Load a LIVE export (TikTok LIVE list, Shopee Live, Meta content export) with 'livepeak load clickhouse'.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"{sessions.Count} LIVE sessions");
        foreach (var name in new[] { "Start", "Length", "Platform", "Shop", "Host / title", "GMV (report)", "GMV (orders)", "Gap", "Orders (report)", "Orders (log)", "Viewers", "GMV / hour" })
        {
            var column = new TableColumn(name).NoWrap();
            table.AddColumn(name is "Start" or "Platform" or "Shop" or "Host / title" ? column : column.RightAligned());
        }

        foreach (var s in sessions)
        {
            var m = s.Session.Metrics;
            table.AddRow(
                s.Session.StartLocal.ToString("yyyy-MM-dd ddd HH:mm", CultureInfo.InvariantCulture),
                s.Session.HasDuration ? FormatLength(s.Session.Length) : "?",
                s.Session.Platform.ToSlug(),
                Markup.Escape(Shorten(s.Session.Shop, 18)),
                Markup.Escape(Shorten(s.Session.Host ?? s.Session.Title ?? s.Session.RoomId ?? string.Empty, 24)),
                m.Gmv is { } g ? NumberFormat.Amount(g) : "–",
                NumberFormat.Amount(s.AttributedGmv),
                s.GmvGap is { } gap ? NumberFormat.Amount(gap) : "–",
                m.Orders is { } o ? NumberFormat.Count(o) : "–",
                NumberFormat.Count(s.AttributedOrders),
                m.Viewers is { } v ? NumberFormat.Count(v) : "–",
                s.GmvPerHour is { } r ? r.ToString("#,0", CultureInfo.InvariantCulture) : "–");
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"Orders count for a LIVE from its start to {analysis.Options.Grace.TotalMinutes:0} minutes after its end; GMV / hour uses the report's GMV where it has one."));
        if (analysis.LiveChannelLinesWithoutLive > 0)
        {
            console.MarkupLine(Markup.Escape($"{analysis.LiveChannelLinesWithoutLive} order lines say channel LIVE but fall in no imported LIVE: add the LIVE export for those dates."));
        }
    }

    internal static string FormatLength(Duration length) =>
        $"{(int)length.TotalHours}h{length.Minutes:00}m";

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
