using LivePeak.Analytics.Models.Evaluation;
using LivePeak.Analytics.Render.Localization;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>The tables of <c>livepeak evaluate</c>.</summary>
public static class BacktestTables
{
    /// <summary>The built-in methods' names (as JSON writes them) and their texts; any other method is shown by its own name.</summary>
    private static readonly Dictionary<string, string> MethodKeys = new(StringComparer.Ordinal)
    {
        ["model"] = "terminal.methods.name.model",
        ["per-slot mean"] = "terminal.methods.name.slotmean",
        ["10-12 / 20-22 rule"] = "terminal.methods.name.rule",
        ["habitual slots"] = "terminal.methods.name.habit",
    };

    public static Table Methods(BacktestReport report, Words words)
    {
        var numbers = words.Numbers;
        var k = numbers.Integer(report.Options.TopK);
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(words["terminal.methods.title"]));
        table.AddColumn(Markup.Escape(words["terminal.methods.method"]));
        table.AddColumn(new TableColumn(Markup.Escape(words.Format("terminal.methods.ndcg", ("k", k)))).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(words["terminal.methods.spearman"])).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(words.Format("terminal.methods.top", ("k", k)))).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(words["terminal.methods.vsaverage"])).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(words["terminal.methods.coverage"])).RightAligned());
        foreach (var m in report.Methods)
        {
            table.AddRow(
                Markup.Escape(MethodName(m.Method, words)), Number(m.Ndcg, numbers), Number(m.Spearman, numbers),
                double.IsFinite(m.TopGmvPerHour) ? RecommendTables.Money(words, m.TopGmvPerHour) : "–",
                double.IsFinite(m.TopVsAverage) ? RecommendTables.Signed(words, m.TopVsAverage, 1) : "–",
                m.Coverage is { } c ? RecommendTables.Pct(words, c, 1) : "–");
        }

        return table;
    }

    public static Table Folds(BacktestReport report, Words words)
    {
        var numbers = words.Numbers;
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(words["terminal.folds.title"]));
        table.AddColumn(Markup.Escape(words["terminal.folds.fitted"]));
        table.AddColumn(Markup.Escape(words["terminal.folds.scored"]));
        foreach (var key in new[] { "livesfitted", "livesscored", "shops" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(words["terminal.folds." + key])).RightAligned());
        }

        foreach (var f in report.Folds)
        {
            table.AddRow(
                Markup.Escape(words.Format("terminal.folds.range", ("first", numbers.Date(f.TrainFrom)), ("last", numbers.Date(f.TestFrom.PlusDays(-1))))),
                Markup.Escape(words.Format("terminal.folds.range", ("first", numbers.Date(f.TestFrom)), ("last", numbers.Date(f.TestTo.PlusDays(-1))))),
                numbers.Integer(f.TrainLives), numbers.Integer(f.TestLives), numbers.Integer(f.ShopsScored));
        }

        return table;
    }

    private static string MethodName(string method, Words words) => MethodKeys.TryGetValue(method, out var key) ? words[key] : method;

    private static string Number(double? value, NumberText numbers) =>
        value is { } v && double.IsFinite(v) ? numbers.Decimal((decimal)v, 3) : "–";
}
