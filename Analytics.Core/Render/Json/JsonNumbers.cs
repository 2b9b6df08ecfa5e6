using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Render.Json;

/// <summary>Numbers in JSON exactly as the engine holds them: no float rounding, no trailing zeros.</summary>
internal static class JsonNumbers
{
    public static void WriteMoney(this Utf8JsonWriter writer, string name, Money value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(value.ToString(), skipInputValidation: true);
    }

    public static void WriteExact(this Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(value.ToString("0.############", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    /// <summary>A rate rounded to two decimals, or null when it cannot be computed.</summary>
    public static void WriteNullableRate(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteExact(name, decimal.Round(v, 2, MidpointRounding.AwayFromZero));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
