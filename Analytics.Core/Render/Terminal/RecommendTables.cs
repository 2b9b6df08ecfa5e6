using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;
using LivePeak.Analytics.Render.Localization;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>The tables of <c>livepeak recommend</c> and <c>products</c>. Product names are the seller's text: escaped.</summary>
public static class RecommendTables
{
    public static Table Windows(Recommendation recommendation, ProductMix? mix, double intervalLevel, Words words)
    {
        var numbers = words.Numbers;
        var title = words.Format("terminal.recommend.title", ("shop", recommendation.Shop), ("platform", recommendation.Platform.ToString()));
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(Header(words, "terminal.recommend.window"));
        table.AddColumn(new TableColumn(Header(words, "terminal.recommend.gmvperhour")).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(words.Format("terminal.recommend.range", ("percent", Pct(words, intervalLevel, 0))))).RightAligned());
        table.AddColumn(new TableColumn(Header(words, "terminal.recommend.lives")).RightAligned());
        table.AddColumn(Header(words, "terminal.recommend.evidence"));
        table.AddColumn(new TableColumn(Header(words, "terminal.recommend.uplift")).RightAligned());
        table.AddColumn(Header(words, "terminal.recommend.lead"));
        var rank = 0;
        foreach (var window in recommendation.Windows)
        {
            rank++;
            var p = window.Prediction;
            var lead = mix is null ? string.Empty : string.Join(", ", mix.Top(window.Window, 2).Select(x => Shorten(x.Name, 32)));
            table.AddRow(
                numbers.Integer(rank), numbers.Window(window.Window), Money(words, p.Expected), Money(words, p.Low) + "-" + Money(words, p.High),
                numbers.Integer(p.Sessions), EvidenceText(words, p.Evidence), Signed(words, p.Uplift, 0), Markup.Escape(lead));
        }

        return table;
    }

    public static Table Experiments(Recommendation recommendation, Words words)
    {
        var numbers = words.Numbers;
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(words["terminal.experiments.title"]));
        table.AddColumn(Header(words, "terminal.recommend.window"));
        table.AddColumn(new TableColumn(Header(words, "terminal.recommend.gmvperhour")).RightAligned());
        table.AddColumn(new TableColumn(Header(words, "terminal.experiments.reach")).RightAligned());
        table.AddColumn(new TableColumn(Header(words, "terminal.recommend.lives")).RightAligned());
        table.AddColumn(new TableColumn(Header(words, "terminal.experiments.chance")).RightAligned());
        foreach (var experiment in recommendation.Experiments)
        {
            var p = experiment.Prediction;
            table.AddRow(
                "[italic]" + Markup.Escape(words["terminal.experiments.experiment"]) + "[/] " + numbers.Window(experiment.Window),
                Money(words, p.Expected), Money(words, p.ExpectedUpper), numbers.Integer(p.Sessions), Pct(words, experiment.ChanceBest, 0));
        }

        return table;
    }

    public static Table Bundles(ProductMix mix, int count, Words words)
    {
        var numbers = words.Numbers;
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(words["terminal.bundles.title"]));
        table.AddColumn(Header(words, "terminal.bundles.if"));
        table.AddColumn(Header(words, "terminal.bundles.then"));
        foreach (var key in new[] { "baskets", "confidence", "lift" })
        {
            table.AddColumn(new TableColumn(Header(words, "terminal.bundles." + key)).RightAligned());
        }

        foreach (var rule in mix.Bundles.Take(count))
        {
            table.AddRow(
                Markup.Escape(string.Join(" + ", rule.If.Select(id => mix.Names[id]))), Markup.Escape(string.Join(" + ", rule.Then.Select(id => mix.Names[id]))),
                numbers.Integer(rule.Count), Pct(words, rule.Confidence, 0), numbers.Decimal((decimal)rule.Lift, 1));
        }

        return table;
    }

    public static Table Products(IReadOnlyList<ProductShare> products, string title, Words words)
    {
        var numbers = words.Numbers;
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn(Header(words, "terminal.products.product"));
        foreach (var key in new[] { "gmv", "orders", "share", "usual", "lift" })
        {
            table.AddColumn(new TableColumn(Header(words, "terminal.products." + key)).RightAligned());
        }

        foreach (var p in products)
        {
            table.AddRow(
                Markup.Escape(Shorten(p.Name, 48)), numbers.Integer((decimal)Math.Round(p.Gmv)), numbers.Integer(p.Orders),
                Pct(words, p.Share, 1), Pct(words, p.OverallShare, 1), numbers.Decimal((decimal)p.Lift, 2));
        }

        return table;
    }

    /// <summary>Money in short form, 311k / 311k, 1.25M / 1,25 tr: a table of windows compares sizes, not đồng.</summary>
    public static string Money(Words words, double value) => words.Numbers.Compact((decimal)Math.Round(value));

    /// <summary>A fraction as a percentage in the language: 12.5% / 12,5%.</summary>
    public static string Pct(Words words, double fraction, int decimals) => words.Numbers.Percent((decimal)fraction, decimals);

    /// <summary>+7% or -4.4%: a change, signed either way.</summary>
    public static string Signed(Words words, double fraction, int decimals) => (fraction >= 0 ? "+" : string.Empty) + Pct(words, fraction, decimals);

    private static string Header(Words words, string key) => Markup.Escape(words[key]);

    private static string EvidenceText(Words words, Evidence evidence) => evidence switch
    {
        Evidence.Strong => "[green]" + Markup.Escape(words["terminal.recommend.evidence.strong"]) + "[/]",
        Evidence.Moderate => "[yellow]" + Markup.Escape(words["terminal.recommend.evidence.moderate"]) + "[/]",
        Evidence.Thin => Markup.Escape(words["terminal.recommend.evidence.thin"]),
        _ => Markup.Escape(words["terminal.recommend.evidence.none"]),
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
