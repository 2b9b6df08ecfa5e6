using System.Text.Json;

namespace LivePeak.Tests.Scale;

/// <summary>Parts of the commands' JSON output, for comparing a store's answer with the files'.</summary>
internal static class Json
{
    /// <summary>One top-level property of a JSON document, re-serialised for comparison.</summary>
    public static string Section(string json, string name)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty(name).GetRawText();
    }
}
