using System.Text.Json;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Models.Windows;

namespace LivePeak.Analytics.Render.Json;

/// <summary>
/// The <c>recommend --json</c> document. Fields are only ever added.
/// <code>{"shop","platform","lives","averageGmvPerHour","typicalGmvPerHour","intervalLevel","windowMinutes","available",
///  "windows":[{"day","start","end","expectedGmvPerHour","low","high","sessions","evidence","uplift","probabilityBetter"}],
///  "explore":[{...the same..., "expectedUpper","chanceBest","experiment":true}],
///  "products":[{"day","start","end","top":[{"id","name","gmv","orders","share","overallShare","lift"}]}],
///  "productsFrom":"live"|"all","bundles":[{"if","then","support","confidence","lift","count","ifIds","thenIds"}]}</code>
/// <c>low</c>-<c>high</c> is the range the next LIVE's GMV per hour falls in with the interval level;
/// <c>uplift</c> is against the shop's typical live hour; <c>products</c> follow <c>windows</c>, one each.
/// </summary>
public static class RecommendJson
{
    public static void Write(
        Stream output, Recommendation recommendation, double intervalLevel, int windowMinutes, string available,
        ProductMix? mix, bool productsFromLive, int productsPerWindow, int bundles)
    {
        using var w = new Utf8JsonWriter(output, ModelJson.Options);
        w.WriteStartObject();
        w.WriteString("shop", recommendation.Shop);
        w.WriteString("platform", Domain.PlatformNames.ToSlug(recommendation.Platform));
        w.WriteNumber("lives", recommendation.Lives);
        w.WriteNumber("averageGmvPerHour", Math.Round(recommendation.AveragePerHour));
        w.WriteNumber("typicalGmvPerHour", Math.Round(recommendation.TypicalPerHour));
        w.WriteNumber("intervalLevel", intervalLevel);
        w.WriteNumber("windowMinutes", windowMinutes);
        w.WriteString("available", available);
        w.WriteStartArray("windows");
        foreach (var window in recommendation.Windows)
        {
            w.WriteStartObject();
            w.WriteWindow(window.Window);
            w.WritePrediction(window.Prediction);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("explore");
        foreach (var experiment in recommendation.Experiments)
        {
            w.WriteStartObject();
            w.WriteWindow(experiment.Window);
            w.WritePrediction(experiment.Prediction);
            w.WriteNumber("expectedUpper", Math.Round(experiment.Prediction.ExpectedUpper));
            w.WriteNumber("chanceBest", Math.Round(experiment.ChanceBest, 4));
            w.WriteBoolean("experiment", true);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("products");
        foreach (var window in recommendation.Windows)
        {
            w.WriteStartObject();
            w.WriteWindow(window.Window);
            w.WriteStartArray("top");
            foreach (var product in mix?.Top(window.Window, productsPerWindow) ?? [])
            {
                w.WriteProduct(product);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("productsFrom", productsFromLive ? "live" : "all");
        w.WriteStartArray("bundles");
        foreach (var rule in mix?.Bundles.Take(bundles) ?? [])
        {
            w.WriteBundle(rule, mix!.Names);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }
}
