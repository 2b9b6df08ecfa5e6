using System.Globalization;

namespace LivePeak.Analytics.Render.Localization;

/// <summary>
/// A text kept as its key in the string tables and its arguments, so that whoever shows it picks
/// the language: an error thrown deep in the import stage is written in the language the user
/// chose on the command line. Arguments are text shown as given (paths, headers, option values),
/// whole numbers (shown as the user types them in options: 1000, never 1.000 or 1,000), other
/// local texts, or a <see cref="TextList"/> of any of these.
/// </summary>
public sealed class LocalText
{
    public LocalText(string key, params (string Name, object Value)[] arguments)
    {
        Key = key;
        Arguments = arguments;
    }

    public string Key { get; }

    public IReadOnlyList<(string Name, object Value)> Arguments { get; }

    public string In(TextTable table) =>
        table.Format(Key, [.. Arguments.Select(a => (a.Name, Render(a.Value, table)))]);

    public string In(Language language) => In(TextTable.For(language));

    /// <summary>The English text: what <see cref="Exception.Message"/> and logs carry.</summary>
    public override string ToString() => In(Language.English);

    private static string Render(object value, TextTable table) => value switch
    {
        string text => text,
        LocalText nested => nested.In(table),
        TextList list => string.Join(list.Separator, list.Items.Select(i => Render(i, table))),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
