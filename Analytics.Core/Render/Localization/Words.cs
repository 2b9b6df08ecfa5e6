namespace LivePeak.Analytics.Render.Localization;

/// <summary>The texts and the number formats of one language, handed together to what writes for people.</summary>
public sealed record Words(TextTable Text, NumberText Numbers)
{
    public Language Language => Text.Language;

    public static Words For(Language language, string currency = "VND") =>
        new(TextTable.For(language), new NumberText(language, currency));

    public string this[string key] => Text[key];

    public string Format(string key, params (string Name, string Value)[] values) => Text.Format(key, values);
}
