using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Cli;

/// <summary>
/// The global <c>--lang vi|en</c>: the language of everything LivePeak writes for people (tables,
/// charts, the report, error messages). JSON is a contract and never changes with it. Without the
/// option the UI culture picks the language (Vietnamese for vi*, English otherwise); the culture
/// never formats a number.
/// </summary>
public sealed class LanguageOption
{
    public Option<string?> Option { get; } = new("--lang")
    {
        Description = "Language of tables, charts, the report and messages: vi or en (default: from your system's UI language)",
        Recursive = true,
    };

    /// <summary>The chosen language; an unknown one is the user's bad option.</summary>
    public Language Of(ParseResult result)
    {
        var text = result.GetValue(Option);
        return TryResolve(text, out var language)
            ? language
            : throw new UserInputException(new LocalText("error.option.lang", ("lang", text!)), ExitCodes.BadOption);
    }

    /// <summary>The language to report an error in: the chosen one where it is valid, else the default.</summary>
    public Language ForErrors(ParseResult result) => TryResolve(result.GetValue(Option), out var language) ? language : Default;

    /// <summary>The same, while the command line is still being checked (in a validator).</summary>
    public Language ForErrors(SymbolResult result) => TryResolve(result.GetValue(Option), out var language) ? language : Default;

    private static Language Default => Languages.FromCulture(CultureInfo.CurrentUICulture);

    private static bool TryResolve(string? text, out Language language)
    {
        if (text is null)
        {
            language = Default;
            return true;
        }

        return Languages.TryParse(text, out language);
    }
}
