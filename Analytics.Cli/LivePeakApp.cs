using System.CommandLine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Cli.Commands;
using Spectre.Console;

namespace LivePeak.Cli;

/// <summary>
/// The <c>livepeak</c> command. It only wires the Core stages together; every user error ends as
/// one line on stderr and a distinct exit code (see <see cref="ExitCodes"/>), never a stack trace.
/// </summary>
public static class LivePeakApp
{
    /// <param name="interactive">True when output goes to a terminal: colour and progress bars.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Tables for files and pipes are laid out wide (160 columns), not 80, so they do not wrap.
            console.Profile.Width = 160;
        }

        var language = new LanguageOption();
        var context = new CliContext(console, output, error, language);
        var root = new RootCommand("LivePeak: when to go live and what to sell, from your TikTok Shop, Shopee and Facebook exports.")
        {
            InspectCommand.Create(context),
            SlotsCommand.Create(context),
            SessionsCommand.Create(context),
            GenerateCommand.Create(context),
            BenchCommand.Create(context),
            ChartCommand.Create(context),
            ReportCommand.Create(context),
            LoadCommand.Create(context),
            RecommendCommand.Create(context),
            ProductsCommand.Create(context),
            EvaluateCommand.Create(context),
        };
        root.Add(language.Option);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine's own messages are in English (or its few translations); the
            // pointer to help is ours.
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"livepeak: {parseError.Message}");
            }

            error.WriteLine(TextTable.For(language.ForErrors(parsed))["cli.usage"]);
            return ExitCodes.BadOption;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UserInputException e)
        {
            error.WriteLine($"livepeak: {e.MessageIn(language.ForErrors(parsed))}");
            return e.ExitCode;
        }
        catch (FormatException e)
        {
            error.WriteLine($"livepeak: {e.Message}");
            return ExitCodes.BadOption;
        }
    }
}

/// <summary>Where a command writes: the console for people, the raw writers for JSON; and in which language.</summary>
public sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error, LanguageOption Language)
{
    /// <summary>The texts and number formats of the chosen <c>--lang</c>.</summary>
    public Words WordsOf(ParseResult result, string currency = "VND") => Words.For(Language.Of(result), currency);

    /// <summary>Writes <c>livepeak: MESSAGE</c> to stderr, the message from the string tables.</summary>
    public void Note(Words words, string key, params (string Name, string Value)[] values) =>
        Error.WriteLine("livepeak: " + words.Format(key, values));
}
