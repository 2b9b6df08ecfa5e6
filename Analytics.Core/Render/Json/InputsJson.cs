using System.Text.Json;
using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Render.Json;

/// <summary>The <c>"inputs"</c> array every JSON document starts with: one object per file read.</summary>
public static class InputsJson
{
    public static void Write(Utf8JsonWriter writer, ImportSummary summary)
    {
        writer.WriteStartArray("inputs");
        foreach (var file in summary.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("kind", file.Kind);
            writer.WriteNumber("rowsRead", file.RowsRead);
            writer.WriteNumber("rowsAccepted", file.RowsAccepted);
            writer.WriteNumber("rowsRejected", file.RowsRejected);
            writer.WriteNumber("rowsDuplicate", file.RowsDuplicate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
