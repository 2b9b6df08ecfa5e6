using System.CommandLine;
using LivePeak.Analytics.Engine.Evidence;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Cli.Commands;

/// <summary>
/// The options of commands that draw for people: currency, windows, seed; with the global
/// <c>--lang</c> (see <see cref="LanguageOption"/>) they make the words charts and reports are written in.
/// </summary>
public sealed class PresentationArguments(CliContext context)
{
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
        command.Add(Currency);
        command.Add(WindowHours);
        command.Add(Seed);
    }

    public Words WordsOf(ParseResult result)
    {
        var currency = result.GetValue(Currency)!.Trim();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            throw new UserInputException(new LocalText("error.option.currency", ("currency", currency)), ExitCodes.BadOption);
        }

        return context.WordsOf(result, currency);
    }

    public WindowRankingOptions RankingOf(ParseResult result)
    {
        var hours = result.GetValue(WindowHours);
        if (hours is < 1 or > 12)
        {
            throw new UserInputException(new LocalText("error.option.windowhours"), ExitCodes.BadOption);
        }

        return new WindowRankingOptions { WindowMinutes = hours * 60, Seed = result.GetValue(Seed) };
    }
}
