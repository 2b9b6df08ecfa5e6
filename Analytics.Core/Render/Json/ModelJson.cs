using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Analytics.Render.Json;

/// <summary>Pieces the model documents share: windows, predictions, products and bundles.</summary>
internal static class ModelJson
{
    /// <summary>Vietnamese stays readable; quotes, angle brackets, ampersands and control characters are escaped.</summary>
    public static JsonWriterOptions Options => new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void WriteWindow(this Utf8JsonWriter writer, Window window)
    {
        var (start, end) = WindowText.Times(window);
        writer.WriteString("day", DayNames.Short(window.First.Day));
        writer.WriteString("start", start);
        writer.WriteString("end", end);
    }

    /// <summary>The window fields, in its order, then the uplift and how sure it is.</summary>
    public static void WritePrediction(this Utf8JsonWriter writer, SlotPrediction p)
    {
        writer.WriteNumber("expectedGmvPerHour", Math.Round(p.Expected));
        writer.WriteNumber("low", Math.Round(p.Low));
        writer.WriteNumber("high", Math.Round(p.High));
        writer.WriteNumber("sessions", p.Sessions);
        writer.WriteString("evidence", p.Evidence.ToSlug());
        writer.WriteNumber("uplift", Math.Round(p.Uplift, 4));
        writer.WriteNumber("probabilityBetter", Math.Round(p.ProbabilityBetter, 4));
    }

    public static void WriteProduct(this Utf8JsonWriter writer, ProductShare p)
    {
        writer.WriteStartObject();
        writer.WriteString("id", p.ProductId);
        writer.WriteString("name", p.Name);
        writer.WriteNumber("gmv", Math.Round(p.Gmv, 2));
        writer.WriteNumber("orders", p.Orders);
        writer.WriteNumber("share", Math.Round(p.Share, 4));
        writer.WriteNumber("overallShare", Math.Round(p.OverallShare, 4));
        writer.WriteNumber("lift", Math.Round(p.Lift, 4));
        writer.WriteEndObject();
    }

    /// <summary><c>{"if":[names],"then":[names],"support","confidence","lift","count","ifIds","thenIds"}</c>.</summary>
    public static void WriteBundle(this Utf8JsonWriter writer, BundleRule rule, IReadOnlyDictionary<string, string> names)
    {
        writer.WriteStartObject();
        WriteStrings(writer, "if", rule.If.Select(id => names.GetValueOrDefault(id, id)));
        WriteStrings(writer, "then", rule.Then.Select(id => names.GetValueOrDefault(id, id)));
        writer.WriteNumber("support", Math.Round(rule.Support, 4));
        writer.WriteNumber("confidence", Math.Round(rule.Confidence, 4));
        writer.WriteNumber("lift", Math.Round(rule.Lift, 4));
        writer.WriteNumber("count", rule.Count);
        WriteStrings(writer, "ifIds", rule.If);
        WriteStrings(writer, "thenIds", rule.Then);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
