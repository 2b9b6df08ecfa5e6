using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Models.Evaluation;

namespace LivePeak.Analytics.Render.Json;

/// <summary>
/// The <c>evaluate --json</c> document. Fields are only ever added.
/// <code>{"trainWeeks","testWeeks","windowMinutes","topK","testLives","coverage","modelVsSlotMean",
///  "folds":[{"trainFrom","testFrom","testTo","trainLives","testLives","shops"}],
///  "methods":[{"method","ndcg","spearman","spearmanShopFolds","topGmvPerHour","topVsAverage","coverage","shopFolds"}]}</code>
/// Values that cannot be computed are null.
/// </summary>
public static class BacktestJson
{
    public static void Write(Stream output, BacktestReport report)
    {
        using var w = new Utf8JsonWriter(output, ModelJson.Options);
        w.WriteStartObject();
        w.WriteNumber("trainWeeks", report.Options.TrainWeeks);
        w.WriteNumber("testWeeks", report.Options.TestWeeks);
        w.WriteNumber("windowMinutes", report.Options.WindowMinutes);
        w.WriteNumber("topK", report.Options.TopK);
        w.WriteNumber("testLives", report.TestLives);
        Maybe(w, "coverage", report.Coverage);
        Maybe(w, "modelVsSlotMean", report.ModelVsSlotMean);
        w.WriteStartArray("folds");
        foreach (var fold in report.Folds)
        {
            w.WriteStartObject();
            w.WriteString("trainFrom", fold.TrainFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("testFrom", fold.TestFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("testTo", fold.TestTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("trainLives", fold.TrainLives);
            w.WriteNumber("testLives", fold.TestLives);
            w.WriteNumber("shops", fold.ShopsScored);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("methods");
        foreach (var m in report.Methods)
        {
            w.WriteStartObject();
            w.WriteString("method", m.Method);
            Maybe(w, "ndcg", m.Ndcg);
            Maybe(w, "spearman", m.Spearman);
            w.WriteNumber("spearmanShopFolds", m.SpearmanCount);
            Maybe(w, "topGmvPerHour", m.TopGmvPerHour, 0);
            Maybe(w, "topVsAverage", m.TopVsAverage);
            Maybe(w, "coverage", m.Coverage);
            w.WriteNumber("shopFolds", m.ShopFolds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void Maybe(Utf8JsonWriter w, string name, double? value, int decimals = 4)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, Math.Round(v, decimals));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
