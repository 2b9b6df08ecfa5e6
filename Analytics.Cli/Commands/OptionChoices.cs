using System.CommandLine;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Cli.Commands;

/// <summary>
/// Options that take one of a few values. Like System.CommandLine's <c>AcceptOnlyFromAmong</c>
/// (same completions, same help), but a value outside them is refused in the user's language.
/// </summary>
public static class OptionChoices
{
    public static void AcceptOnly(this Option option, LanguageOption language, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !values.Contains(t.Value, StringComparer.Ordinal)))
            {
                var text = new LocalText("error.option.choice", ("option", option.Name), ("value", token.Value), ("choices", string.Join(", ", values)));
                result.AddError(text.In(language.ForErrors(result)));
            }
        });
    }
}
