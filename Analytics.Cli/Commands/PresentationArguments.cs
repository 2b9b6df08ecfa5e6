using System.CommandLine;
using System.Globalization;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Cli.Commands;

/// <summary>The options of commands that draw for people: language, currency, windows, seed.</summary>
public sealed class PresentationArguments
{
    public Option<string?> Lang { get; } = new("--lang")
    {
        Description = "Language of charts and report: vi or en (default: from your system's UI language)",
    };

    public Option<string> Currency { get; } = new("--currency")
    {
        Description = "ISO code of the shop's currency, for money labels",
        DefaultValueFactory = _ => "VND",
    };

    public Option<int> WindowHours { get; } = new("--window-hours")
    {
        Description = "Length of the recommended LIVE windows in hours (1-12)",
        DefaultValueFactory = _ => 2,
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Seed of the bootstrap intervals: the same seed draws the same charts",
        DefaultValueFactory = _ => 42,
    };

    public void AddTo(Command command)
    {
        command.Add(Lang);
        command.Add(Currency);
        command.Add(WindowHours);
        command.Add(Seed);
    }

    /// <summary>The chosen language; the UI culture only picks the language, never a number format.</summary>
    public Language LanguageOf(ParseResult result)
    {
        if (result.GetValue(Lang) is not { } text)
        {
            return Languages.FromCulture(CultureInfo.CurrentUICulture);
        }

        return Languages.TryParse(text, out var language)
            ? language
            : throw new UserInputException($"--lang '{text}' is not a language LivePeak writes (vi or en)", ExitCodes.BadOption);
    }

    public Words WordsOf(ParseResult result)
    {
        var currency = result.GetValue(Currency)!.Trim();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            throw new UserInputException($"--currency '{currency}' is not a three-letter currency code like VND", ExitCodes.BadOption);
        }

        return Words.For(LanguageOf(result), currency);
    }

    public WindowRankingOptions RankingOf(ParseResult result)
    {
        var hours = result.GetValue(WindowHours);
        if (hours is < 1 or > 12)
        {
            throw new UserInputException("--window-hours must be from 1 to 12", ExitCodes.BadOption);
        }

        return new WindowRankingOptions { WindowMinutes = hours * 60, Seed = result.GetValue(Seed) };
    }
}
