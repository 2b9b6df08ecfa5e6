using System.Globalization;
using LivePeak.Analytics.Models.Evaluation;
using Spectre.Console;

namespace LivePeak.Analytics.Render.Terminal;

/// <summary>The tables of <c>livepeak evaluate</c>.</summary>
public static class BacktestTables
{
    public static Table Methods(BacktestReport report)
    {
        var k = report.Options.TopK.ToString(CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Simple).Title("How each method would have done on the weeks after it was fitted");
        table.AddColumn("Method");
        table.AddColumn(new TableColumn($"NDCG@{k}").RightAligned());
        table.AddColumn(new TableColumn("Spearman").RightAligned());
        table.AddColumn(new TableColumn($"GMV / live hour, top {k}").RightAligned());
        table.AddColumn(new TableColumn("vs average window").RightAligned());
        table.AddColumn(new TableColumn("range coverage").RightAligned());
        foreach (var m in report.Methods)
        {
            table.AddRow(
                Markup.Escape(m.Method), Number(m.Ndcg, "0.000"), Number(m.Spearman, "0.000"),
                double.IsFinite(m.TopGmvPerHour) ? RecommendTables.Money(m.TopGmvPerHour) : "–",
                double.IsFinite(m.TopVsAverage) ? (m.TopVsAverage >= 0 ? "+" : string.Empty) + RecommendTables.Pct(m.TopVsAverage, "0.0") : "–",
                m.Coverage is { } c ? RecommendTables.Pct(c, "0.0") : "–");
        }

        return table;
    }

    public static Table Folds(BacktestReport report)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Folds");
        table.AddColumn("Fitted on");
        table.AddColumn("Scored on");
        table.AddColumn(new TableColumn("LIVEs fitted").RightAligned());
        table.AddColumn(new TableColumn("LIVEs scored").RightAligned());
        table.AddColumn(new TableColumn("Shops ranked").RightAligned());
        foreach (var f in report.Folds)
        {
            table.AddRow(
                $"{f.TrainFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {f.TestFrom.PlusDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                $"{f.TestFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {f.TestTo.PlusDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                f.TrainLives.ToString(CultureInfo.InvariantCulture), f.TestLives.ToString(CultureInfo.InvariantCulture), f.ShopsScored.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static string Number(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
