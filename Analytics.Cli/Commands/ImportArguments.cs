using System.CommandLine;
using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Cli.Commands;

/// <summary>The inputs and reading options every analysing command shares.</summary>
public sealed class ImportArguments
{
    public ImportArguments(LanguageOption language)
    {
        // An option the command does not have (a typo, another tool's name for it) would otherwise
        // be taken for an input path, with its value, and reported as a missing file.
        Inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-' && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                result.AddError(new LocalText("error.option.unknown", ("option", token.Value)).In(language.ForErrors(result)));
            }
        });
    }

    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Export files (CSV, XLSX) or folders to search for them",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> TimeZone { get; } = new("--tz")
    {
        Description = "The shop's IANA time zone; slots are in its wall-clock time",
        DefaultValueFactory = _ => ImportOptions.DefaultTimeZoneId,
    };

    public Option<string?> Map { get; } = new("--map")
    {
        Description = "Column map for logs of no known layout, e.g. \"timestamp=InvoiceDate;order=InvoiceNo;product=StockCode;quantity=Quantity;unit_price=UnitPrice\", or a file holding one",
    };

    public Option<string?> TimeFormat { get; } = new("--time-format")
    {
        Description = "Date/time pattern of generic logs, e.g. \"dd/MM/yyyy HH:mm\" (overrides detection)",
    };

    public Option<string?> Culture { get; } = new("--culture")
    {
        Description = "Culture generic logs are written in, e.g. vi-VN (1.234.567,5) or en-US (1,234,567.5)",
    };

    public Option<string> ShopName { get; } = new("--shop-name")
    {
        Description = "Shop name for files that carry none (platform exports are per shop)",
        DefaultValueFactory = _ => "default",
    };

    public Option<bool> ShopFromFolder { get; } = new("--shop-from-folder")
    {
        Description = "Name the shop of a file that carries none after its folder (shops/ba-tu/orders.csv is shop ba-tu)",
    };

    public Option<string?> Rejects { get; } = new("--rejects")
    {
        Description = "Write rejected rows with file, line, column and reason to this CSV file",
    };

    public Option<int> Grace { get; } = new("--grace")
    {
        Description = "Minutes after a LIVE ends during which its orders still count for it",
        DefaultValueFactory = _ => 30,
    };

    public Option<string[]> Platforms { get; } = new("--platform")
    {
        Description = "Only these platforms: tiktok, shopee, facebook, other (repeatable)",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Shops { get; } = new("--shop")
    {
        Description = "Only these shops (repeatable)",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Threads for reading large CSV logs (default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> NoFastPath { get; } = new("--no-fast-path")
    {
        Description = "Read every file on the general path (slower; for checking)",
    };

    public CubeRunOptions ToRunOptions(ParseResult result)
    {
        var threads = result.GetValue(Threads);
        if (threads < 1)
        {
            throw new UserInputException(new LocalText("error.option.threads"), ExitCodes.BadOption);
        }

        return new CubeRunOptions { Threads = threads, FastPath = !result.GetValue(NoFastPath) };
    }

    /// <summary>Adds everything: reading options, grace, and the platform and shop filters.</summary>
    public void AddTo(Command command)
    {
        command.Add(Threads);
        command.Add(NoFastPath);
        command.Add(Platforms);
        command.Add(Shops);
        AddReadingTo(command);
    }

    /// <summary>Adds the inputs, how to read them and the grace, without filters (for loading).</summary>
    public void AddReadingTo(Command command)
    {
        command.Add(Grace);
        command.Add(Inputs);
        command.Add(TimeZone);
        command.Add(Map);
        command.Add(TimeFormat);
        command.Add(Culture);
        command.Add(ShopName);
        command.Add(ShopFromFolder);
        command.Add(Rejects);
    }

    /// <summary>The input paths; an error when none are given (the argument is optional only so that
    /// a command can read a store instead).</summary>
    public IReadOnlyList<string> RequireInputs(ParseResult result) =>
        result.GetValue(Inputs) is { Length: > 0 } inputs
            ? inputs
            : throw new UserInputException(new LocalText("error.input.none.given"), ExitCodes.BadOption);

    /// <summary>True when the user typed the option, rather than taking its default.</summary>
    public static bool IsGiven(ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };

    public NodaTime.Duration GraceOf(ParseResult result)
    {
        var grace = result.GetValue(Grace);
        if (grace < 0)
        {
            throw new UserInputException(new LocalText("error.option.grace"), ExitCodes.BadOption);
        }

        return NodaTime.Duration.FromMinutes(grace);
    }

    /// <summary>The engine options these arguments describe, for a given slot length.</summary>
    public CubeOptions ToCubeOptions(ParseResult result, ImportOptions import, int slotMinutes)
    {
        var grace = GraceOf(result);
        var platforms = new HashSet<Platform>();
        foreach (var name in result.GetValue(Platforms) ?? [])
        {
            if (!PlatformNames.TryParse(name, out var platform))
            {
                throw new UserInputException(new LocalText("error.option.platform", ("platform", name)), ExitCodes.BadOption);
            }

            platforms.Add(platform);
        }

        return new CubeOptions
        {
            SlotLength = new SlotLength(slotMinutes),
            TimeZoneId = import.Zone.Id,
            Grace = grace,
            DefaultShop = import.DefaultShop,
            Platforms = platforms,
            Shops = new HashSet<string>(result.GetValue(Shops) ?? [], StringComparer.OrdinalIgnoreCase),
        };
    }

    public ImportOptions ToOptions(ParseResult result)
    {
        CultureInfo? culture = null;
        if (result.GetValue(Culture) is { } cultureName)
        {
            try
            {
                culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                throw new UserInputException(new LocalText("error.option.culture", ("culture", cultureName)), ExitCodes.BadOption);
            }
        }

        ColumnMap? map = null;
        if (result.GetValue(Map) is { } mapText)
        {
            var text = File.Exists(mapText) ? File.ReadAllText(mapText) : mapText;
            map = ColumnMap.Parse(text.Trim());
        }

        return new ImportOptions
        {
            Zone = ImportOptions.ParseZone(result.GetValue(TimeZone)!),
            Map = map,
            TimeFormat = result.GetValue(TimeFormat),
            Culture = culture,
            DefaultShop = result.GetValue(ShopName)!,
            ShopFromFolder = result.GetValue(ShopFromFolder),
        };
    }
}
