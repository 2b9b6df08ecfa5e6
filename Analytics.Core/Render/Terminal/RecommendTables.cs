using LivePeak.Analytics.Render.Localization;
using System.Globalization;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>The tables of <c>livepeak recommend</c>. Product names are the seller's text: escaped.</summary>
public static class RecommendTables
{
    public static Table Windows(Recommendation recommendation, ProductMix? mix, double intervalLevel)
    {
        var table = new Table().Border(TableBorder.Simple)
            .Title($"Best windows to go LIVE: {Markup.Escape(recommendation.Shop)} on {recommendation.Platform.ToString()}");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Window");
        table.AddColumn(new TableColumn("GMV / live hour").RightAligned());
        table.AddColumn(new TableColumn($"{Pct(intervalLevel, "0")} range").RightAligned());
        table.AddColumn(new TableColumn("LIVEs").RightAligned());
        table.AddColumn("Evidence");
        table.AddColumn(new TableColumn("vs your average").RightAligned());
        table.AddColumn("Lead with");
        var rank = 0;
        foreach (var window in recommendation.Windows)
        {
            rank++;
            var p = window.Prediction;
            var lead = mix is null ? string.Empty : string.Join(", ", mix.Top(window.Window, 2).Select(x => Shorten(x.Name, 32)));
            table.AddRow(
                rank.ToString(CultureInfo.InvariantCulture), window.Window.ToString(), Money(p.Expected), Range(p),
                p.Sessions.ToString(CultureInfo.InvariantCulture), EvidenceText(p.Evidence), Percent(p.Uplift), Markup.Escape(lead));
        }

        return table;
    }

    public static Table Experiments(Recommendation recommendation)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Experiments: windows tried too seldom to know, that could beat your best");
        table.AddColumn("Window");
        table.AddColumn(new TableColumn("GMV / live hour").RightAligned());
        table.AddColumn(new TableColumn("could reach").RightAligned());
        table.AddColumn(new TableColumn("LIVEs").RightAligned());
        table.AddColumn(new TableColumn("chance it is best").RightAligned());
        foreach (var experiment in recommendation.Experiments)
        {
            var p = experiment.Prediction;
            table.AddRow(
                "[italic]experiment[/] " + experiment.Window, Money(p.Expected), Money(p.ExpectedUpper),
                p.Sessions.ToString(CultureInfo.InvariantCulture), Pct(experiment.ChanceBest, "0"));
        }

        return table;
    }

    public static Table Bundles(ProductMix mix, int count)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Bought together");
        table.AddColumn("If a buyer takes");
        table.AddColumn("they also take");
        table.AddColumn(new TableColumn("baskets").RightAligned());
        table.AddColumn(new TableColumn("confidence").RightAligned());
        table.AddColumn(new TableColumn("lift").RightAligned());
        foreach (var rule in mix.Bundles.Take(count))
        {
            table.AddRow(
                Markup.Escape(string.Join(" + ", rule.If.Select(id => mix.Names[id]))), Markup.Escape(string.Join(" + ", rule.Then.Select(id => mix.Names[id]))),
                rule.Count.ToString(CultureInfo.InvariantCulture), Pct(rule.Confidence, "0"),
                rule.Lift.ToString("0.0", CultureInfo.InvariantCulture));
        }

        return table;
    }

    public static Table Products(IReadOnlyList<ProductShare> products, string title)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn("Product");
        table.AddColumn(new TableColumn("GMV").RightAligned());
        table.AddColumn(new TableColumn("Orders").RightAligned());
        table.AddColumn(new TableColumn("Share").RightAligned());
        table.AddColumn(new TableColumn("Usual share").RightAligned());
        table.AddColumn(new TableColumn("Lift").RightAligned());
        foreach (var p in products)
        {
            table.AddRow(
                Markup.Escape(Shorten(p.Name, 48)), English.Integer((decimal)Math.Round(p.Gmv)), English.Integer(p.Orders),
                Pct(p.Share, "0.0"), Pct(p.OverallShare, "0.0"),
                p.Lift.ToString("0.00", CultureInfo.InvariantCulture));
        }

        return table;
    }

    public static string Money(double value) => English.Compact((decimal)Math.Round(value));

    // The model commands' tables are not translated yet: they keep English numbers with English words.
    private static readonly NumberText English = new(Language.English);

    private static string Range(SlotPrediction p) => $"{Money(p.Low)}-{Money(p.High)}";

    private static string Percent(double uplift) => (uplift >= 0 ? "+" : string.Empty) + Pct(uplift, "0");

    /// <summary>31% rather than the invariant culture's "31 %".</summary>
    public static string Pct(double fraction, string format) => (fraction * 100).ToString(format, CultureInfo.InvariantCulture) + "%";

    private static string EvidenceText(Evidence evidence) => evidence switch
    {
        Evidence.Strong => "[green]strong[/]",
        Evidence.Moderate => "[yellow]moderate[/]",
        Evidence.Thin => "thin",
        _ => "none",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
