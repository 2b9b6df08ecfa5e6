using LivePeak.Analytics.Models.Windows;
using System.CommandLine;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.ShopCharts;
using LivePeak.Analytics.Render.Svg;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak chart KIND</c>: one chart, as an SVG file or in the terminal.</summary>
public static class ChartCommand
{
    private static readonly (ChartKind Kind, string Name, string Description)[] Kinds =
    [
        (ChartKind.Heatmap, "heatmap", "Day of week x hour of a metric"),
        (ChartKind.Hours, "hours", "An average day hour by hour with intervals, the best windows shaded"),
        (ChartKind.Windows, "windows", "The best windows to go LIVE, with intervals and evidence"),
        (ChartKind.Products, "products", "Which products sell in the best windows"),
        (ChartKind.Sessions, "sessions", "A LIVE minute by minute (detail export), or every LIVE in turn"),
    ];

    public static Command Create(CliContext context)
    {
        var command = new Command("chart", "Draw a chart as SVG (--out F.svg) or in the terminal");
        foreach (var (kind, name, description) in Kinds)
        {
            command.Add(Kind(context, kind, name, description));
        }

        return command;
    }

    private static Command Kind(CliContext context, ChartKind kind, string name, string description)
    {
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
        var presentation = new PresentationArguments(context);
        var output = new Option<string?>("--out") { Description = "Write the chart to this SVG file (default: draw it in the terminal)" };
        var metric = new Option<SlotMetric>("--metric")
        {
            Description = kind == ChartKind.Hours ? "gmv or orders" : "orders, gmv, items, livehours or gmvperlivehour",
            DefaultValueFactory = _ => SlotMetric.Gmv,
        };
        var command = new Command(name, description);
        inputs.AddTo(command);
        store.AddTo(command);
        presentation.AddTo(command);
        command.Add(output);
        if (kind is ChartKind.Heatmap or ChartKind.Hours)
        {
            command.Add(metric);
        }

        command.SetAction(result =>
        {
            var chosen = kind is ChartKind.Heatmap or ChartKind.Hours ? result.GetValue(metric) : SlotMetric.Gmv;
            if (kind == ChartKind.Hours && chosen is not (SlotMetric.Gmv or SlotMetric.Orders))
            {
                throw new UserInputException(new LocalText("error.option.charthours"), ExitCodes.BadOption);
            }

            var words = presentation.WordsOf(result);
            var ranking = presentation.RankingOf(result);
            var (_, evidence, _) = EvidenceRunner.Run(context, inputs, result, store);
            var charts = new ShopChartSet(evidence.All, words, new ShopChartOptions { Ranking = ranking, ShopLabel = ShopLabel(evidence, words) }, new SlotModelWindowRanker());
            var plot = charts.Build(kind, chosen)
                ?? throw new UserInputException(new LocalText(kind == ChartKind.Products ? "cli.no.products" : "cli.no.lives"), ExitCodes.NoData);
            if (result.GetValue(output) is { } path)
            {
                SvgRenderer.Save(plot, path);
                context.Output.WriteLine(path);
            }
            else
            {
                var color = context.Console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
                context.Console.Write(TerminalChart.Render(plot, new TerminalChartOptions(context.Console.Profile.Width, color)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The one shop's name when the inputs hold one, "All shops" for several, nothing for exports that name none.</summary>
    internal static string ShopLabel(Analytics.Engine.Evidence.EvidenceBuilder evidence, Words words)
    {
        var named = evidence.Shops.Where(s => s.Shop != evidence.Options.DefaultShop).ToList();
        return named.Count switch { 0 => string.Empty, 1 => named[0].Shop!, _ => words["shop.all"] };
    }
}
