using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LivePeak.Analytics.Render.Localization;

/// <summary>
/// Every user-facing text of charts and reports in one language, read from that language's table
/// (<c>Strings.en.json</c>, <c>Strings.vi.json</c>, embedded in the library). Placeholders are
/// named, <c>{count}</c>, and filled with text already formatted by <see cref="NumberText"/>.
/// </summary>
public sealed partial class TextTable
{
    private static readonly Lazy<TextTable> EnglishTable = new(() => Load(Language.English));
    private static readonly Lazy<TextTable> VietnameseTable = new(() => Load(Language.Vietnamese));

    private readonly FrozenDictionary<string, string> _texts;

    private TextTable(Language language, FrozenDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
    }

    public Language Language { get; }

    public IEnumerable<string> Keys => _texts.Keys.Order(StringComparer.Ordinal);

    public static TextTable For(Language language) =>
        language == Language.Vietnamese ? VietnameseTable.Value : EnglishTable.Value;

    /// <summary>The text for a key. A missing key is a bug (the tables are checked against each other by tests).</summary>
    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"no '{key}' text in the {Language.Code()} table");

    /// <summary>
    /// The text with each <c>{name}</c> replaced by its value, in one pass: a value that itself
    /// holds braces (a header or a file name from the user's data) is never read as a placeholder.
    /// </summary>
    public string Format(string key, params (string Name, string Value)[] values) =>
        Placeholder().Replace(this[key], m =>
        {
            foreach (var (name, value) in values)
            {
                if (name == m.Groups[1].Value)
                {
                    return value;
                }
            }

            return m.Value;
        });

    private static TextTable Load(Language language)
    {
        var name = $"LivePeak.Analytics.Render.Localization.Strings.{language.Code()}.json";
        using var stream = typeof(TextTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"{name} is not a JSON object of texts");
        return new TextTable(language, texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
